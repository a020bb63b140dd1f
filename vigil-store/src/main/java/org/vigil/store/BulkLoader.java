package org.vigil.store;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Loads many articles fast, without linking (their story ids come from the caller): on DuckDB the
 * Appender fills in-memory TEMP staging tables, moved into the store with one
 * {@code INSERT ... SELECT} about every {@value #DUCK_BATCH} events, in whole row groups, and
 * summarised ({@link Summaries}) from the staging table (appending straight into a file-backed
 * table ran at a third of the speed); the word index is grouped by word in Java as events arrive
 * ({@link WordPostings}); DuckDB runs all of it on one thread ({@link #oneThread}). PostgreSQL
 * gets COPY. Rows become visible at each {@link #commit()}, one transaction for the whole load
 * unless the caller commits more often. For the generator and the benchmark; user input goes
 * through {@link EventStore#ingest}.
 */
public final class BulkLoader implements AutoCloseable {
  private static final int PG_BATCH = 20_000;
  static final int DUCK_BATCH = 250_000;
  /**
   * DuckDB's rows per row group. Events are moved in whole row groups (the rest stays staged for
   * the next move): the blocks an {@code INSERT} writes are then kept at commit, while a table whose
   * last row group was partly filled by an earlier move has that row group (1 KB of JSON a row)
   * rewritten at the commit: 5.5 s against 0.3 s for 250,000 events.
   */
  static final int ROW_GROUP = 122_880;
  private static final int SENTENCE = Columns.EVENTS.stream().map(Columns.Column::name).toList().indexOf("sentence");
  private final Connection c;
  private final Dialect dialect;
  private final String db;
  private long seq;
  private long events;
  private DuckDBAppender articleAppender;
  private DuckDBAppender eventAppender;
  /** DuckDB: the staged events' words, grouped by word in Java ({@link WordPostings}). */
  private final WordPostings postings = new WordPostings();
  private DuckDBAppender postingAppender;
  /** DuckDB: the seqs of staged sentences that the database tokenises itself. */
  private DuckDBAppender sqlWordsAppender;
  private long sqlWords;
  private final StringBuilder pgArticles = new StringBuilder();
  private final StringBuilder pgEvents = new StringBuilder();
  private int pgRows;
  private long staged;
  /** Rows of the events table (DuckDB), for moving whole row groups. */
  private long tableRows;
  private int batch = DUCK_BATCH;
  private int rowGroup = ROW_GROUP;
  /** Events from this seq on are stored but not yet in the word index and the summaries. */
  private long indexed;
  /** PostgreSQL: the indexes dropped for a load into an empty store (name, definition), built at commit. */
  private final List<String[]> dropped = new java.util.ArrayList<>();
  /** Whether summary rows were appended since the last compaction. */
  private boolean summarised;
  private boolean closed;
  private final Runnable onClose;
  /** DuckDB: the database's {@code threads} setting before the load, given back when it ends. */
  private long threads;

  BulkLoader(Connection c, Dialect dialect, long firstSeq, String db, Runnable onClose) throws SQLException {
    this.onClose = onClose;
    this.c = c;
    this.dialect = dialect;
    this.seq = firstSeq;
    this.indexed = firstSeq;
    this.db = db;
    // One transaction per commit(): DuckDB otherwise commits (and writes its WAL) every chunk.
    c.setAutoCommit(false);
    if (dialect == Dialect.DUCKDB) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE OR REPLACE TEMP TABLE stage_articles AS SELECT * FROM articles LIMIT 0");
        s.execute("CREATE OR REPLACE TEMP TABLE stage_events AS SELECT * FROM events LIMIT 0");
        s.execute("CREATE OR REPLACE TEMP TABLE stage_postings (word VARCHAR NOT NULL, seqs BIGINT[] NOT NULL)");
        s.execute("CREATE OR REPLACE TEMP TABLE stage_sql_words (seq BIGINT NOT NULL)");
      }
      try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM events")) {
        rs.next();
        tableRows = rs.getLong(1);
      }
      oneThread();
      DuckDBConnection d = c.unwrap(DuckDBConnection.class);
      articleAppender = d.createAppender("temp", "main", "stage_articles");
      eventAppender = d.createAppender("temp", "main", "stage_events");
      postingAppender = d.createAppender("temp", "main", "stage_postings");
      sqlWordsAppender = d.createAppender("temp", "main", "stage_sql_words");
    } else if (firstSeq == 1) {
      dropIndexes();
    }
  }

  /**
   * DuckDB runs the load's statements on one thread. The loader appends on one thread anyway, and
   * the callers make records and JSON on the other cores; DuckDB's parallel {@code INSERT ...
   * SELECT} competed with them, spent its time in its scheduler's locks and wrote each thread's
   * partial row groups apart. Measured on two shared cores (docs/store.md): 500,000 generated
   * events 33 against 45 to 47 CPU-seconds for the whole process and a 534 against a 660 MB file;
   * 1M events 56, 60 and 51 against 59, 71 and 67 (the loader alone, with no JSON threads beside
   * it, costs the same either way). The setting is the database's, so readers of the same process
   * share the one thread until {@link #close()} or {@link #abort()} gives the old value back.
   */
  private void oneThread() throws SQLException {
    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT current_setting('threads')")) {
      rs.next();
      threads = rs.getLong(1);
      s.execute("SET threads = 1");
    }
  }

  private void restoreThreads() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /**
   * PostgreSQL, an empty store: the B-tree indexes of the tables a load fills are dropped and built
   * again at the first commit, in the same transaction (a failed load rolls back to the empty,
   * indexed store; readers wait for the commit). Keeping 16 indexes up to date row by row was most
   * of PostgreSQL's time in a load; building each once sorts its column once.
   */
  private void dropIndexes() throws SQLException {
    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes "
        + "WHERE schemaname = current_schema() AND tablename IN ('articles', 'events', 'event_words', 'words')")) {
      while (rs.next()) {
        dropped.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    try (Statement s = c.createStatement()) {
      for (String[] ix : dropped) {
        s.execute("DROP INDEX \"" + ix[0].replace("\"", "\"\"") + "\"");
      }
    }
  }

  /** Smaller moves than a real load's, so that tests go through them (DuckDB). */
  BulkLoader batches(int events, int rowGroupSize) {
    this.batch = events;
    this.rowGroup = rowGroupSize;
    return this;
  }

  /** The next event's sequence number, which {@code "s" + seq} story ids are made from. */
  public long nextSeq() {
    return seq;
  }

  public long events() {
    return events;
  }

  /** Adds an article and its events; {@code storyIds} pairs with {@code events}. */
  public void add(Article a, List<Event> evs, List<String> storyIds) {
    add(a, evs, storyIds, null);
  }

  /**
   * The same with the events' {@code vigil.event/1} JSON already made ({@link EventJson#toJson}),
   * so that callers can serialise on other threads; null makes it here.
   */
  public void add(Article a, List<Event> evs, List<String> storyIds, List<String> json) {
    try {
      String hash = JdbcEventStore.contentHash(a);
      if (dialect == Dialect.DUCKDB) {
        articleAppender.beginRow().append(a.id());
        appendDate(articleAppender, a.date());
        appendString(articleAppender, a.title());
        appendString(articleAppender, a.source());
        articleAppender.append(a.text()).append(hash).append(LocalDateTime.now()).endRow();
      } else {
        csv(pgArticles, new Object[] {a.id(), a.date(), a.title(), a.source(), a.text(), hash, LocalDateTime.now()});
      }
      for (int i = 0; i < evs.size(); i++) {
        Object[] row = Columns.row(evs.get(i), storyIds.get(i), seq++, a.source(),
            json == null ? EventJson.toJson(evs.get(i)) : json.get(i));
        if (dialect == Dialect.DUCKDB) {
          append(row);
          if (!postings.add((Long) row[0], (String) row[SENTENCE])) {
            sqlWordsAppender.beginRow().append((long) (Long) row[0]).endRow();
            sqlWords++;
          }
        } else {
          csv(pgEvents, row);
          pgRows++;
        }
        events++;
      }
      if (pgRows >= PG_BATCH) {
        copyPg();
      }
      if (dialect == Dialect.DUCKDB && (staged += evs.size()) >= batch) {
        moveStaged(false);
      }
    } catch (SQLException e) {
      throw new StoreException(db + ": bulk load failed: " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private void append(Object[] row) throws SQLException {
    eventAppender.beginRow();
    for (int i = 0; i < row.length; i++) {
      Object v = row[i];
      if (v == null) {
        eventAppender.appendNull();
        continue;
      }
      switch (Columns.EVENTS.get(i).kind()) {
        case LONG -> eventAppender.append(((Number) v).longValue());
        case INT -> eventAppender.append((int) (Integer) v);
        case DOUBLE -> eventAppender.append((double) (Double) v);
        case BOOLEAN -> eventAppender.append((boolean) (Boolean) v);
        case DATE -> eventAppender.append((LocalDate) v);
        case STRING -> eventAppender.append((String) v);
      }
    }
    eventAppender.endRow();
  }

  private static void appendString(DuckDBAppender a, String s) throws SQLException {
    if (s == null) {
      a.appendNull();
    } else {
      a.append(s);
    }
  }

  private static void appendDate(DuckDBAppender a, LocalDate d) throws SQLException {
    if (d == null) {
      a.appendNull();
    } else {
      a.append(d);
    }
  }

  /** CSV for COPY: an unquoted empty field is NULL, a quoted one an empty string. */
  private static void csv(StringBuilder sb, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object v = row[i];
      if (v == null) {
        continue;
      }
      if (v instanceof String s) {
        sb.append('"').append(s.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append('\n');
  }

  private void copyPg() throws SQLException {
    CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
    try {
      if (pgArticles.length() > 0) {
        copy.copyIn("COPY articles (id, published, title, source, body, content_hash, ingested_at) FROM STDIN "
            + "WITH (FORMAT csv)", new StringReader(pgArticles.toString()));
      }
      if (pgEvents.length() > 0) {
        copy.copyIn("COPY events (" + Columns.NAMES + ") FROM STDIN WITH (FORMAT csv)",
            new StringReader(pgEvents.toString()));
      }
    } catch (java.io.IOException e) {
      throw new SQLException("COPY failed: " + e.getMessage(), e);
    }
    pgArticles.setLength(0);
    pgEvents.setLength(0);
    pgRows = 0;
  }

  /**
   * Moves staged rows into the store's tables (same transaction; visible at commit) and indexes
   * their words from the in-memory staging table, one set-based statement per table: all of them,
   * or ({@code all} false) the oldest events that fill whole row groups of the events table.
   */
  private void moveStaged(boolean all) throws SQLException {
    articleAppender.flush();
    eventAppender.flush();
    long rows = seq - indexed;
    if (!all) {
      rows = (tableRows + rows) / rowGroup * rowGroup - tableRows;
    }
    long end = indexed + rows;
    try (Statement s = c.createStatement()) {
      indexWords(s);
      s.execute("INSERT INTO articles SELECT * FROM temp.main.stage_articles");
      s.execute("DELETE FROM temp.main.stage_articles");
      if (rows > 0) {
        s.execute("INSERT INTO events SELECT * FROM temp.main.stage_events WHERE seq < " + end);
        Summaries.add(c, "temp.main.stage_events", "seq >= " + indexed + " AND seq < " + end, 1);
        summarised = true;
        s.execute("DELETE FROM temp.main.stage_events WHERE seq < " + end);
      }
    }
    tableRows += rows;
    indexed = end;
    staged = seq - end;
  }

  /**
   * Writes the word index of every staged event (moved now or later: all are stored by the
   * commit): the Java postings unnested in word order, so that zone maps skip other words, with no
   * sort; the few sentences {@link WordPostings} refuses are tokenised by the database.
   */
  private void indexWords(Statement s) throws SQLException {
    for (var p : postings.take().entrySet()) {
      postingAppender.beginRow().append(p.getKey()).append(p.getValue()).endRow();
    }
    postingAppender.flush();
    sqlWordsAppender.flush();
    String odd = "seq IN (SELECT seq FROM temp.main.stage_sql_words)";
    s.execute("INSERT INTO event_words (seq, word) SELECT unnest(seqs), word FROM temp.main.stage_postings");
    s.execute("INSERT INTO words (word) SELECT word FROM temp.main.stage_postings "
        + "WHERE word NOT IN (SELECT word FROM words)");
    if (sqlWords > 0) {
      s.execute("INSERT INTO event_words (seq, word) " + Words.tokens(dialect, "temp.main.stage_events", odd)
          + " ORDER BY word, seq");
      s.execute("INSERT INTO words (word) SELECT DISTINCT word FROM event_words WHERE " + odd
          + " AND word NOT IN (SELECT word FROM words)");
    }
    s.execute("DELETE FROM temp.main.stage_postings");
    s.execute("DELETE FROM temp.main.stage_sql_words");
    sqlWords = 0;
  }

  /** Makes everything added so far durable and visible. */
  public void commit() {
    try {
      if (dialect == Dialect.DUCKDB) {
        moveStaged(true);
      } else {
        copyPg();
        Words.index(c, dialect, indexed, seq - 1);
        if (seq > indexed) {
          Summaries.add(c, "events", "seq BETWEEN " + indexed + " AND " + (seq - 1), 1);
          summarised = true;
        }
        indexed = seq;
        try (Statement s = c.createStatement()) {
          for (String[] ix : dropped) {
            s.execute(ix[1]);
          }
        }
        dropped.clear();
      }
      if (summarised) {
        // One row per key again: the ledger rows this load appended are summed into the others.
        Summaries.compact(c, dialect);
        summarised = false;
      }
      if (dialect == Dialect.POSTGRES) {
        // Planner statistics now rather than at autovacuum's next pass: right after a 200,000-event
        // load the events of a CAMEO prefix took 322 ms (p50) without them, 21 ms with them.
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE articles, events, event_words, words, " + java.util.Arrays.stream(Summaries.Table.values())
              .map(t -> t.name).collect(java.util.stream.Collectors.joining(", ")));
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new StoreException(db + ": bulk load failed: " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** Ends the load storing nothing since the last {@link #commit()} (bad input). */
  public void abort() {
    if (closed) {
      return;
    }
    closed = true;
    onClose.run();
    try {
      c.rollback();
      if (dialect == Dialect.DUCKDB) {
        for (DuckDBAppender a : new DuckDBAppender[] {articleAppender, eventAppender, postingAppender,
            sqlWordsAppender}) {
          try {
            a.close();
          } catch (SQLException | RuntimeException ignored) {
            // Its staging table may be gone with the rollback; it is dropped below anyway.
          }
        }
        dropStaging();
        restoreThreads();
      }
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException(db + ": bulk load failed: " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  private void dropStaging() throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS temp.main.stage_articles");
      s.execute("DROP TABLE IF EXISTS temp.main.stage_events");
      s.execute("DROP TABLE IF EXISTS temp.main.stage_postings");
      s.execute("DROP TABLE IF EXISTS temp.main.stage_sql_words");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    onClose.run();
    commit();
    try {
      if (dialect == Dialect.DUCKDB) {
        articleAppender.close();
        eventAppender.close();
        postingAppender.close();
        sqlWordsAppender.close();
        dropStaging();
        restoreThreads();
      }
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw new StoreException(db + ": bulk load failed: " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
    }
  }
}
