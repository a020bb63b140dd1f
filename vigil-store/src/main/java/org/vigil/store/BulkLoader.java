package org.vigil.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Loads many articles fast, without linking (their story ids come from the caller). On DuckDB,
 * worker threads turn the added articles into lines for DuckDB's CSV reader ({@link CsvChunk}) and
 * group their words ({@link WordPostings}); the loading thread writes the lines into temporary
 * files, cut at the events table's row group boundaries, and about every {@value #DUCK_BATCH}
 * events one {@code INSERT ... SELECT * FROM read_csv(...)} per table moves the whole row groups
 * written so far into the store, summarised ({@link Summaries}) from the rows just moved; DuckDB
 * runs all of it on one thread ({@link #oneThread}). The Appender this replaced filled staging
 * tables value by value on the loading thread and copied them again; appending straight into a
 * file-backed table ran at a third of that speed. PostgreSQL gets COPY. Rows become visible at each
 * {@link #commit()}, one transaction for the whole load unless the caller commits more often. For
 * the generator, the benchmark and {@code vigil load}; user input goes through
 * {@link EventStore#ingest}.
 */
public final class BulkLoader implements AutoCloseable {
  private static final int PG_BATCH = 20_000;
  static final int DUCK_BATCH = 250_000;
  /**
   * DuckDB's rows per row group. Events are moved in whole row groups (the rest stays in its file
   * for the next move): the blocks an {@code INSERT} writes are then kept at commit, while a table whose
   * last row group was partly filled by an earlier move has that row group (1 KB of JSON a row)
   * rewritten at the commit: 5.5 s against 0.3 s for 250,000 events.
   */
  static final int ROW_GROUP = 122_880;
  private final Connection c;
  private final Dialect dialect;
  private final String db;
  private long seq;
  private long events;
  /** DuckDB: the staged events' words, grouped by word in Java ({@link WordPostings}). */
  private final WordPostings postings = new WordPostings();
  private DuckDBAppender postingAppender;
  /** DuckDB: the seqs of staged sentences that the database tokenises itself. */
  private DuckDBAppender sqlWordsAppender;
  /** DuckDB: seqs of sentences {@link WordPostings} refused, not yet tokenised by the database. */
  private final List<Long> odd = new ArrayList<>();
  /** DuckDB: added articles not yet handed to a worker, and their events. */
  private List<CsvChunk.Entry> pending = new ArrayList<>();
  private int pendingEvents;
  /** DuckDB: chunks being formatted by the workers, in the order they were added. */
  private final ArrayDeque<Future<CsvChunk>> formatting = new ArrayDeque<>();
  private ExecutorService workers;
  /** DuckDB: the directory of the CSV files; the part of the events being written and its limit. */
  private Path dir;
  private int files;
  private OutputStream part;
  private Path partFile;
  private long partRows;
  private long partLimit;
  /** DuckDB: full parts (whole row groups of the events table) waiting for a move, and their rows. */
  private final List<Path> parts = new ArrayList<>();
  private long partsRows;
  private OutputStream articleOut;
  private Path articleFile;
  private boolean articlesWritten;
  /** DuckDB: the longest CSV line written, for the reader's line limit. */
  private int longest;
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
        s.execute("CREATE OR REPLACE TEMP TABLE stage_postings (word VARCHAR NOT NULL, seqs BIGINT[] NOT NULL)");
        s.execute("CREATE OR REPLACE TEMP TABLE stage_sql_words (seq BIGINT NOT NULL)");
      }
      try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM events")) {
        rs.next();
        tableRows = rs.getLong(1);
      }
      oneThread();
      DuckDBConnection d = c.unwrap(DuckDBConnection.class);
      postingAppender = d.createAppender("temp", "main", "stage_postings");
      sqlWordsAppender = d.createAppender("temp", "main", "stage_sql_words");
      try {
        dir = Files.createTempDirectory("vigil-load-");
      } catch (IOException e) {
        throw new SQLException("cannot make a directory for the load's files: " + e.getMessage(), e);
      }
      partLimit = rowGroup - tableRows % rowGroup;
      int n = Runtime.getRuntime().availableProcessors();
      workers = Executors.newFixedThreadPool(n, r -> {
        Thread t = new Thread(r, "vigil-bulk-csv");
        t.setDaemon(true);
        return t;
      });
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
   * it, costs the same either way). With the CSV reader (2026-12-07) two threads were worse still:
   * the loader alone 52.8 against 32.5 CPU-seconds for 1M events and a 1.9 against 1.1 GB file.
   * The setting is the database's, so readers of the same process
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
    this.partLimit = rowGroupSize - tableRows % rowGroupSize;
    return this;
  }

  /** DuckDB: the directory of the load's CSV files (tests). */
  Path files() {
    return dir;
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
      if (dialect == Dialect.DUCKDB) {
        pending.add(new CsvChunk.Entry(a, evs, storyIds, json, seq));
        seq += evs.size();
        events += evs.size();
        if ((pendingEvents += evs.size()) >= CHUNK) {
          format();
        }
        return;
      }
      csv(pgArticles, new Object[] {a.id(), a.date(), a.title(), a.source(), a.text(), JdbcEventStore.contentHash(a),
          LocalDateTime.now()});
      for (int i = 0; i < evs.size(); i++) {
        Object[] row = Columns.row(evs.get(i), storyIds.get(i), seq++, a.source(),
            json == null ? EventJson.toJson(evs.get(i)) : json.get(i));
        csv(pgEvents, row);
        pgRows++;
        events++;
      }
      if (pgRows >= PG_BATCH) {
        copyPg();
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private StoreException failed(Exception e) {
    return new StoreException(db + ": bulk load failed: " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
  }

  /** Events per chunk a worker formats. */
  private static final int CHUNK = 2048;

  /**
   * DuckDB: hands the pending articles to a worker, and writes the chunks the workers have done,
   * in order (waiting when too many are ahead, so that memory stays bounded). The loading thread
   * then only copies bytes into files and runs the moves.
   */
  private void format() throws SQLException {
    if (!pending.isEmpty()) {
      List<CsvChunk.Entry> chunk = pending;
      pending = new ArrayList<>();
      pendingEvents = 0;
      formatting.add(workers.submit(() -> CsvChunk.of(chunk)));
    }
    int ahead = 4 * Runtime.getRuntime().availableProcessors();
    while (!formatting.isEmpty() && (formatting.size() > ahead || formatting.peek().isDone())) {
      write(formatting.poll());
    }
  }

  /** DuckDB: formats everything added and writes it. */
  private void formatAll() throws SQLException {
    format();
    while (!formatting.isEmpty()) {
      write(formatting.poll());
    }
  }

  /**
   * Writes a formatted chunk: its articles, and its events into parts that end at the row group
   * boundaries of the events table; moves the full parts once a batch is staged.
   */
  private void write(Future<CsvChunk> done) throws SQLException {
    CsvChunk ch;
    try {
      ch = done.get();
    } catch (ExecutionException e) {
      throw new SQLException(String.valueOf(e.getCause().getMessage()), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted", e);
    }
    try {
      if (articleOut == null) {
        articleFile = dir.resolve("articles-" + files++ + ".csv");
        articleOut = new BufferedOutputStream(Files.newOutputStream(articleFile), 1 << 16);
      }
      articleOut.write(ch.articles.buf, 0, ch.articles.size);
      articlesWritten |= ch.articles.size > 0;
      for (int i = 0; i < ch.rows; ) {
        if (part == null) {
          partFile = dir.resolve("events-" + files++ + ".csv");
          part = new BufferedOutputStream(Files.newOutputStream(partFile), 1 << 16);
        }
        int k = (int) Math.min(ch.rows - i, partLimit - partRows);
        int from = i == 0 ? 0 : ch.ends[i - 1];
        part.write(ch.events.buf, from, ch.ends[i + k - 1] - from);
        partRows += k;
        i += k;
        if (partRows == partLimit) {
          closePart();
          partLimit = rowGroup;
        }
      }
    } catch (IOException e) {
      throw new SQLException("cannot write the load's files: " + e.getMessage(), e);
    }
    postings.addAll(ch.postings);
    for (long o : ch.odd) {
      odd.add(o);
    }
    longest = Math.max(longest, ch.longest);
    if ((staged += ch.rows) >= batch && !parts.isEmpty()) {
      moveStaged(false);
    }
  }

  private void closePart() throws IOException {
    if (part != null) {
      part.close();
      part = null;
      parts.add(partFile);
      partsRows += partRows;
      partRows = 0;
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
   * Moves what is written into the store's tables (same transaction; visible at commit), each
   * table by one set-based statement: the articles, and the events of the full parts, or of all
   * parts ({@code all}); DuckDB's CSV reader takes the files. The word index of every written
   * event goes in too, and the summaries of the moved events.
   */
  private void moveStaged(boolean all) throws SQLException {
    try {
      if (all) {
        closePart();
        partLimit = rowGroup - (tableRows + partsRows) % rowGroup;
      }
      if (articleOut != null) {
        articleOut.close();
        articleOut = null;
      }
    } catch (IOException e) {
      throw new SQLException("cannot write the load's files: " + e.getMessage(), e);
    }
    long rows = partsRows;
    long end = indexed + rows;
    try (Statement s = c.createStatement()) {
      indexWords(s);
      if (articlesWritten) {
        s.execute("INSERT INTO articles SELECT *, TIMESTAMP '"
            + LocalDateTime.now().truncatedTo(ChronoUnit.MICROS).toString().replace('T', ' ') + "' FROM "
            + CsvChunk.read(List.of(articleFile), CsvChunk.ARTICLES, longest));
        articlesWritten = false;
      }
      delete(articleFile);
      if (rows > 0) {
        s.execute("INSERT INTO events SELECT * FROM " + CsvChunk.read(parts, Columns.EVENTS, longest));
        for (Path f : parts) {
          delete(f);
        }
        parts.clear();
        partsRows = 0;
        Summaries.add(c, "events", "seq >= " + indexed + " AND seq < " + end, 1);
        summarised = true;
        indexOdd(s, end);
      }
    }
    tableRows += rows;
    indexed = end;
    staged -= rows;
  }

  private static void delete(Path f) throws SQLException {
    try {
      if (f != null) {
        Files.deleteIfExists(f);
      }
    } catch (IOException e) {
      throw new SQLException("cannot delete " + f + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the word index of every written event (moved now or later: all are stored by the
   * commit): the Java postings unnested in word order, so that zone maps skip other words, with no
   * sort.
   */
  private void indexWords(Statement s) throws SQLException {
    for (var p : postings.take().entrySet()) {
      postingAppender.beginRow().append(p.getKey()).append(p.getValue()).endRow();
    }
    postingAppender.flush();
    s.execute("INSERT INTO event_words (seq, word) SELECT unnest(seqs), word FROM temp.main.stage_postings");
    s.execute("INSERT INTO words (word) SELECT word FROM temp.main.stage_postings "
        + "WHERE word NOT IN (SELECT word FROM words)");
    s.execute("DELETE FROM temp.main.stage_postings");
  }

  /** The few sentences {@link WordPostings} refuses, once their events are stored: the database tokenises them. */
  private void indexOdd(Statement s, long end) throws SQLException {
    int n = 0;
    for (var it = odd.iterator(); it.hasNext(); ) {
      long o = it.next();
      if (o < end) {
        sqlWordsAppender.beginRow().append(o).endRow();
        it.remove();
        n++;
      }
    }
    if (n == 0) {
      return;
    }
    sqlWordsAppender.flush();
    String these = "seq IN (SELECT seq FROM temp.main.stage_sql_words)";
    s.execute("INSERT INTO event_words (seq, word) " + Words.tokens(dialect, "events", these) + " ORDER BY word, seq");
    s.execute("INSERT INTO words (word) SELECT DISTINCT word FROM event_words WHERE " + these
        + " AND word NOT IN (SELECT word FROM words)");
    s.execute("DELETE FROM temp.main.stage_sql_words");
  }

  /** Makes everything added so far durable and visible. */
  public void commit() {
    try {
      if (dialect == Dialect.DUCKDB) {
        formatAll();
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
      throw failed(e);
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
        for (DuckDBAppender a : new DuckDBAppender[] {postingAppender, sqlWordsAppender}) {
          try {
            a.close();
          } catch (SQLException | RuntimeException ignored) {
            // Its staging table may be gone with the rollback; it is dropped below anyway.
          }
        }
        endDuckDb();
      }
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** DuckDB: drops the staging tables, stops the workers, deletes the files, gives the threads back. */
  private void endDuckDb() throws SQLException {
    workers.shutdownNow();
    for (OutputStream o : new OutputStream[] {part, articleOut}) {
      try {
        if (o != null) {
          o.close();
        }
      } catch (IOException ignored) {
        // The file is deleted below.
      }
    }
    try (var all = Files.list(dir)) {
      for (Path f : all.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException | UncheckedIOException e) {
      throw new SQLException("cannot delete the load's files in " + dir + ": " + e.getMessage(), e);
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS temp.main.stage_postings");
      s.execute("DROP TABLE IF EXISTS temp.main.stage_sql_words");
    }
    restoreThreads();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    onClose.run();
    try {
      commit();
    } catch (RuntimeException e) {
      try {
        if (dialect == Dialect.DUCKDB) {
          c.rollback();
          endDuckDb();
        }
      } catch (SQLException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    try {
      if (dialect == Dialect.DUCKDB) {
        postingAppender.close();
        sqlWordsAppender.close();
        endDuckDb();
      }
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw failed(e);
    }
  }
}
