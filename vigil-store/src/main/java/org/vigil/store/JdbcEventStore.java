package org.vigil.store;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import org.duckdb.DuckDBConnection;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * The store on JDBC: one writer connection whose transactions hold one article each, and a pool
 * of reader connections so that queries run beside an ingest in the same process (DuckDB and
 * PostgreSQL both give readers a consistent snapshot).
 */
public final class JdbcEventStore implements EventStore {
  private final Connection writer;
  private final Dialect dialect;
  private final String db;
  private final Linker linker;
  private final boolean readOnly;
  private final ConcurrentLinkedDeque<Connection> readers = new ConcurrentLinkedDeque<>();
  private final String pgUrl;
  private volatile boolean closed;
  /** DuckDB only: the next seq, known after an ingest; 0 when it must be looked up. */
  private long cachedSeq;
  /** Articles ingested by this process: the summaries' compaction is checked every 500th, and first. */
  private long ingests;
  /** Whether aggregates may be answered from the summary tables (tests compare both ways). */
  private volatile boolean summaries = true;

  private JdbcEventStore(Connection writer, Dialect dialect, String db, LinkingRules rules, boolean readOnly,
                         String pgUrl) {
    this.writer = writer;
    this.dialect = dialect;
    this.db = db;
    this.linker = new Linker(rules);
    this.readOnly = readOnly;
    this.pgUrl = pgUrl;
  }

  static JdbcEventStore start(Connection c, Dialect dialect, String db, LinkingRules rules, boolean readOnly,
                              String url) {
    try {
      if (readOnly) {
        int v = Migrations.current(c, db);
        if (v != Migrations.latest()) {
          throw new StoreException(db + ": schema " + v + " is not the current " + Migrations.latest()
              + "; open it once for writing (vigil ingest) to upgrade it");
        }
      } else {
        Migrations.upgrade(c, dialect, db);
      }
      return new JdbcEventStore(c, dialect, db, rules, readOnly, url);
    } catch (SQLException | RuntimeException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Already failing: the first error is the one to report.
      }
      if (e instanceof StoreException s) {
        throw s;
      }
      throw new StoreException(db + ": " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  public String name() {
    return db;
  }

  public boolean isDuckDb() {
    return dialect == Dialect.DUCKDB;
  }

  public LinkingRules rules() {
    return linker.rules();
  }

  // ---------------------------------------------------------------- writing

  @Override
  public synchronized Outcome ingest(Article article, List<Event> events) {
    requireWritable();
    String hash = contentHash(article);
    try {
      writer.setAutoCommit(false);
      try {
        String old = storedHash(writer, article.id());
        if (hash.equals(old)) {
          writer.rollback();
          return Outcome.UNCHANGED;
        }
        if (old != null) {
          Summaries.add(writer, "events", "article_id = ?", -1, article.id());
          Words.unindexArticle(writer, article.id());
          delete(writer, "DELETE FROM events WHERE article_id = ?", article.id());
          delete(writer, "DELETE FROM articles WHERE id = ?", article.id());
        }
        insertArticle(writer, article, hash);
        insertLinked(article, events);
        if (ingests++ % 500 == 0) {
          Summaries.compactIfDue(writer, dialect);
        }
        writer.commit();
        return old == null ? Outcome.NEW : Outcome.REPLACED;
      } catch (SQLException | RuntimeException e) {
        cachedSeq = 0;
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail("cannot store article " + article.id(), e);
    }
  }

  private void insertLinked(Article article, List<Event> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    long seq = nextSeq();
    List<Linker.Key> candidates = candidates(events);
    List<Object[]> rows = new ArrayList<>();
    for (Event e : events) {
      Linker.Key mine = Linker.Key.of(e, null, seq);
      String story = linker.bestMatch(mine, candidates).map(Linker.Key::storyId).orElse("s" + seq);
      // Later mentions of the same article may link to this one (a story told over sentences).
      candidates.add(mine.withStory(story));
      rows.add(Columns.row(e, story, seq, article.source()));
      seq++;
    }
    // One statement with a VALUES row per event: DuckDB's executeBatch runs each row on its own.
    try (PreparedStatement p = writer.prepareStatement(Columns.insert(rows.size()))) {
      for (int i = 0; i < rows.size(); i++) {
        Columns.bind(p, rows.get(i), i * Columns.EVENTS.size());
      }
      p.executeUpdate();
    }
    Words.index(writer, dialect, seq - rows.size(), seq - 1);
    Summaries.add(writer, dialect, rows);
    cachedSeq = seq;
  }

  /**
   * The next sequence number. DuckDB: one process writes a file, so after the first look-up it is
   * kept here (MAX(seq) scans the column); PostgreSQL may have other writers and has an index.
   */
  private long nextSeq() throws SQLException {
    if (cachedSeq > 0) {
      return cachedSeq;
    }
    try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(seq) FROM events")) {
      rs.next();
      long next = rs.getLong(1) + 1;
      if (dialect == Dialect.DUCKDB && !writer.getAutoCommit()) {
        cachedSeq = next;
      }
      return next;
    }
  }

  /**
   * Stored mentions that could be the same event as one of {@code events}, in one query per
   * article: dates within the window of any of the events (merged ranges: an article may report
   * events years apart), the events' CAMEO roots, and a three-letter part of an actor code in
   * common (a cheap superset of actor agreement; the Linker decides). One query per distinct date,
   * as before, cost a scan each; the per-article ingest was dominated by them.
   */
  private List<Linker.Key> candidates(List<Event> events) throws SQLException {
    int w = linker.rules().windowDays();
    java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
    Set<String> roots = new LinkedHashSet<>();
    Set<String> parts = new LinkedHashSet<>();
    for (Event e : events) {
      LocalDate d = startDate(e);
      if (d == null || (e.source() == null && e.target() == null)) {
        continue;
      }
      dates.add(d);
      roots.add(e.cameo().root());
      for (var a : new org.vigil.model.Actor[] {e.source(), e.target()}) {
        if (a != null && a.code() != null) {
          for (int i = 0; i + 3 <= a.code().length(); i += 3) {
            parts.add(a.code().substring(i, i + 3));
          }
        }
      }
    }
    List<Linker.Key> out = new ArrayList<>();
    if (parts.isEmpty() || dates.isEmpty()) {
      return out;
    }
    List<LocalDate[]> ranges = new ArrayList<>();
    for (LocalDate d : dates) {
      LocalDate lo = d.minusDays(w);
      LocalDate hi = d.plusDays(w);
      LocalDate[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
      if (last != null && !lo.isAfter(last[1].plusDays(1))) {
        last[1] = hi;
      } else {
        ranges.add(new LocalDate[] {lo, hi});
      }
    }
    String sql = "SELECT event_id, article_id, story_id, seq, event_date, cameo_root, source_code, target_code, "
        + "loc_country, loc_precision, lat, lon, negated, source_country, target_country FROM events WHERE ("
        + String.join(" OR ", ranges.stream().map(r -> "event_date BETWEEN ? AND ?").toList())
        + ") AND cameo_root IN (" + String.join(", ", roots.stream().map(r -> "?").toList()) + ") AND ("
        + String.join(" OR ", parts.stream().map(x -> "source_code LIKE ? OR target_code LIKE ?").toList()) + ")";
    try (PreparedStatement p = writer.prepareStatement(sql)) {
      int i = 1;
      for (LocalDate[] r : ranges) {
        p.setDate(i++, java.sql.Date.valueOf(r[0]));
        p.setDate(i++, java.sql.Date.valueOf(r[1]));
      }
      for (String r : roots) {
        p.setString(i++, r);
      }
      for (String x : parts) {
        p.setString(i++, "%" + x + "%");
        p.setString(i++, "%" + x + "%");
      }
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Double lat = rs.getObject(11, Double.class);
          boolean vague = lat == null && rs.getString(9) == null && rs.getString(14) == null && rs.getString(15) == null;
          out.add(new Linker.Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
              isoDay(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
              rs.getString(10), lat, rs.getObject(12, Double.class), rs.getBoolean(13), vague));
        }
      }
    }
    return out;
  }

  private static String storedHash(Connection c, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static void delete(Connection c, String sql, String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, id);
      p.executeUpdate();
    }
  }

  private static void insertArticle(Connection c, Article a, String hash) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "INSERT INTO articles (id, published, title, source, body, content_hash, ingested_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
      p.setString(1, a.id());
      if (a.date() == null) {
        p.setNull(2, java.sql.Types.DATE);
      } else {
        p.setDate(2, java.sql.Date.valueOf(a.date()));
      }
      p.setString(3, a.title());
      p.setString(4, a.source());
      p.setString(5, a.text());
      p.setString(6, hash);
      p.executeUpdate();
    }
  }

  @Override
  public boolean isStored(Article article) {
    try {
      return withReader(c -> contentHash(article).equals(storedHash(c, article.id())));
    } catch (SQLException e) {
      throw fail("cannot look up article " + article.id(), e);
    }
  }

  /** SHA-256 of everything stored about an article: a changed title, date or text is a new version. */
  public static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : new String[] {a.id(), String.valueOf(a.date()), String.valueOf(a.title()),
          String.valueOf(a.source()), a.text()}) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  /** The first day an event's date covers (a month's first day, a year's 1 January), or null. */
  public static LocalDate startDate(Event e) {
    if (e.date() == null || e.date().value() == null) {
      return null;
    }
    String v = e.date().value();
    try {
      return switch (v.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(v), 1, 1);
        case 7 -> LocalDate.parse(v + "-01");
        default -> isoDay(v);
      };
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /** yyyy-MM-dd at the start of {@code v}, without a formatter (a hot path of every insert). */
  private static LocalDate isoDay(String v) {
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      return LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
    }
    return LocalDate.parse(v.substring(0, 10));
  }

  /** Re-aggregates the summary tables now (tests; writers do it when due). */
  synchronized void compactSummaries() {
    requireWritable();
    try {
      writer.setAutoCommit(false);
      try {
        Summaries.compact(writer, dialect);
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        writer.rollback();
        throw e;
      } finally {
        writer.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail("cannot compact the summaries", e);
    }
  }

  /** Bulk loading for the generator and benchmark: no linking, story ids given by the caller. */
  public BulkLoader bulkLoader() {
    requireWritable();
    try {
      cachedSeq = 0;
      return new BulkLoader(writer, dialect, nextSeq(), db, () -> cachedSeq = 0);
    } catch (SQLException e) {
      throw fail("cannot start a bulk load", e);
    }
  }

  // ---------------------------------------------------------------- reading

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs work on a pooled reader connection: readers never wait for the writer's transaction. */
  <T> T withReader(SqlWork<T> work) throws SQLException {
    if (closed) {
      throw new StoreException(db + ": store is closed");
    }
    Connection c = readers.poll();
    if (c == null) {
      c = dialect == Dialect.DUCKDB ? ((DuckDBConnection) writer.unwrap(DuckDBConnection.class)).duplicate()
          : java.sql.DriverManager.getConnection(pgUrl);
    }
    boolean ok = false;
    try {
      T t = work.run(c);
      ok = true;
      return t;
    } finally {
      if (ok && !closed) {
        readers.push(c);
      } else {
        c.close();
      }
    }
  }

  @FunctionalInterface
  interface Rows {
    void row(ResultSet rs) throws SQLException;
  }

  /**
   * Runs, on a reader, the statement {@code sql} makes of the filters of {@code query} and the
   * {@code extra} conditions, and hands each row to {@code rows}. The filters are made on the
   * reader because a text filter first looks its words up in the vocabulary.
   */
  <T> T select(EventQuery query, Function<Where, String> sql, T result, Rows rows, String... extra) throws SQLException {
    return withReader(c -> {
      rows(c, query, sql, rows, extra);
      return result;
    });
  }

  private static void rows(Connection c, EventQuery query, Function<Where, String> sql, Rows rows, String... extra)
      throws SQLException {
    Where w = Where.of(c, query);
    if (w.matchesNothing()) {
      return;
    }
    for (String x : extra) {
      w.and(x);
    }
    try (PreparedStatement p = w.prepare(c, sql.apply(w)); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        rows.row(rs);
      }
    }
  }

  static final String STORED = "record, article_id, story_id, publisher, seq";

  static StoredEvent stored(ResultSet rs) throws SQLException {
    return new StoredEvent(EventJson.fromJson(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4));
  }

  static final String NEWEST = " ORDER BY event_date DESC NULLS LAST, seq DESC";

  /**
   * One statement: the page's sequence numbers from the narrow columns (sorting with the 1 KB JSON
   * attached made DuckDB carry it for every match), then the records of just those rows by a
   * semi-join on seq, which DuckDB answers from the few row groups holding them (a literal
   * {@code seq IN (..)} list made it read the records of whole row groups). Without a limit there
   * is nothing to narrow: one scan.
   *
   * <p>DuckDB scans every row group for a top-N, so a page is first looked for among the newest
   * events (a month before the newest date the query can match): when that window holds a full
   * page, that is the page, as everything outside it is older or undated (NULLS LAST), and the zone
   * maps of {@code event_date} skip the rest (events are stored roughly in date order). A window
   * with too few matches is widened by the density it showed (fourfold without any), up to three
   * windows; then the whole table. PostgreSQL walks its {@code events_newest} index instead.
   */
  @Override
  public List<StoredEvent> events(EventQuery query) {
    try {
      return withReader(c -> {
        Where w = Where.of(c, query);
        List<StoredEvent> out = new ArrayList<>();
        if (w.matchesNothing()) {
          return out;
        }
        int want = query.limit() + query.offset();
        LocalDate newest = query.limit() > 0 && isDuckDb() ? newest(c, query) : null;
        long days = 31;
        for (int k = 0; newest != null && k < 3 && days < 40 * 365; k++) {
          page(c, w, query, "event_date >= DATE '" + newest.minusDays(days) + "'", out);
          if (out.size() == query.limit()) {
            return out;
          }
          // Matches in the window (exact when the page came out short of its limit): widen it by
          // the density seen, or fourfold when it had none (a rare filter such as a small circle).
          int seen = out.isEmpty() ? 0 : query.offset() + out.size();
          out.clear();
          days = seen == 0 ? days * 4 : Math.max(days * 2, days * 2 * want / seen);
        }
        page(c, w, query, null, out);
        return out;
      });
    } catch (SQLException e) {
      throw fail("query failed", e);
    }
  }

  private static void page(Connection c, Where w, EventQuery query, String window, List<StoredEvent> out)
      throws SQLException {
    String where = w.sql(window);
    String sql = query.limit() > 0
        ? "SELECT " + STORED + " FROM events WHERE seq IN (SELECT seq FROM events" + where + NEWEST + paging(query)
            + ")" + NEWEST
        : "SELECT " + STORED + " FROM events" + where + NEWEST + paging(query);
    try (PreparedStatement p = w.prepare(c, sql); ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(stored(rs));
      }
    }
  }

  /**
   * The newest date a query can match: the store's newest, or its {@code to} if earlier. Read from
   * the days summary (thousands of rows instead of the whole date column of the events: 1 against
   * 5 ms warm, 20 against 120 ms cold at 1M events): a date whose events were all replaced may
   * linger there until a compaction, which only makes the first window start a little later.
   */
  private static LocalDate newest(Connection c, EventQuery q) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT MAX(event_date) FROM " + Summaries.Table.DAYS.name)) {
      String d = rs.next() ? rs.getString(1) : null;
      LocalDate max = d == null ? null : LocalDate.parse(d);
      return max != null && q.to() != null && q.to().isBefore(max) ? q.to() : max;
    }
  }

  private static String paging(EventQuery q) {
    return (q.limit() > 0 ? " LIMIT " + q.limit() : "") + (q.offset() > 0 ? " OFFSET " + q.offset() : "");
  }

  /** Answer aggregates from the summary tables when the filters permit (default), or always from the events. */
  void useSummaries(boolean use) {
    this.summaries = use;
  }

  private Summaries.Table countsTable(EventQuery q) {
    return summaries ? Summaries.forCounts(q) : null;
  }

  /**
   * Like {@link #select}, on the summary table {@code t} (its columns carry the events table's
   * names, so the same filters apply), or on the events table when {@code t} is null.
   */
  private <T> T aggregate(Summaries.Table t, EventQuery query, Function<Where, String> sql, T result, Rows rows,
                          String... extra) throws SQLException {
    if (t == null) {
      return select(query, sql, result, rows, extra);
    }
    return withReader(c -> {
      Where w = Summaries.where(c, query, t);
      for (String x : extra) {
        w.and(x);
      }
      try (PreparedStatement p = w.prepare(c, sql.apply(w)); ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          rows.row(rs);
        }
      }
      return result;
    });
  }

  @Override
  public long count(EventQuery query) {
    long[] n = new long[1];
    try {
      Summaries.Table t = countsTable(query);
      if (t != null) {
        return aggregate(t, query, w -> "SELECT COALESCE(SUM(n), 0) FROM " + t.name + w.sql(), n,
            rs -> n[0] = rs.getLong(1))[0];
      }
      return select(query, w -> "SELECT COUNT(*) FROM events" + w.sql(), n, rs -> n[0] = rs.getLong(1))[0];
    } catch (SQLException e) {
      throw fail("count failed", e);
    }
  }

  @Override
  public Optional<Story> story(String eventId) {
    try {
      return withReader(c -> {
        String storyId;
        try (PreparedStatement p = c.prepareStatement("SELECT story_id FROM events WHERE event_id = ?")) {
          p.setString(1, eventId);
          try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            storyId = rs.getString(1);
          }
        }
        List<StoredEvent> mentions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
            "SELECT " + STORED + " FROM events WHERE story_id = ? ORDER BY seq")) {
          p.setString(1, storyId);
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              mentions.add(stored(rs));
            }
          }
        }
        StoredEvent self = mentions.stream().filter(m -> m.event().id().equals(eventId)).findFirst()
            .orElse(mentions.get(0));
        Set<String> articles = new HashSet<>();
        Set<String> sources = new HashSet<>();
        for (StoredEvent m : mentions) {
          articles.add(m.articleId());
          sources.add(sourceOf(m.publisher(), m.articleId()));
        }
        return Optional.of(new Story(storyId, self, mentions, mentions.size(), articles.size(), sources.size()));
      });
    } catch (SQLException e) {
      throw fail("story lookup failed", e);
    }
  }

  /** A mention without a publisher counts as its own source: unknown sources are not merged. */
  static String sourceOf(String publisher, String articleId) {
    return publisher != null ? "p:" + publisher : "a:" + articleId;
  }

  @Override
  public Optional<StoredArticle> article(String articleId) {
    try {
      return withReader(c -> {
        try (PreparedStatement p = c.prepareStatement(
            "SELECT id, published, title, source, body, content_hash FROM articles WHERE id = ?")) {
          p.setString(1, articleId);
          try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            String d = rs.getString(2);
            return Optional.of(new StoredArticle(rs.getString(1), d == null ? null : LocalDate.parse(d),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
          }
        }
      });
    } catch (SQLException e) {
      throw fail("article lookup failed", e);
    }
  }

  /** The ids of the stored articles (a bulk load of records skips them). */
  public Set<String> articleIds() {
    try {
      return withReader(c -> {
        Set<String> ids = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
        return ids;
      });
    } catch (SQLException e) {
      throw fail("cannot list the stored articles", e);
    }
  }

  /** How many articles are stored. */
  public long articleCount() {
    try {
      return withReader(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM articles")) {
          rs.next();
          return rs.getLong(1);
        }
      });
    } catch (SQLException e) {
      throw fail("count failed", e);
    }
  }

  @Override
  public List<TimelineBucket> timeline(EventQuery query, Granularity granularity) {
    String unit = granularity.name().toLowerCase();
    // DuckDB truncates a DATE to a DATE (half the time of going through TIMESTAMP); PostgreSQL would
    // take the DATE as a timestamp with time zone, so it gets a plain TIMESTAMP.
    String period = isDuckDb() ? "date_trunc('" + unit + "', event_date)"
        : "CAST(date_trunc('" + unit + "', CAST(event_date AS TIMESTAMP)) AS DATE)";
    List<TimelineBucket> out = new ArrayList<>();
    Summaries.Table t = countsTable(query);
    String from = t == null ? "COUNT(*) FROM events" : "SUM(n) FROM " + t.name;
    String having = t == null ? "" : " HAVING SUM(n) <> 0";
    try {
      return aggregate(t, query, w -> "SELECT " + period + " AS period, "
          + "quad_class, " + from + w.sql() + " GROUP BY 1, 2" + having + " ORDER BY 1, 2", out,
          rs -> out.add(new TimelineBucket(period(LocalDate.parse(rs.getString(1)), granularity), rs.getInt(2),
              rs.getLong(3))), "event_date IS NOT NULL");
    } catch (SQLException e) {
      throw fail("timeline failed", e);
    }
  }

  static String period(LocalDate d, Granularity g) {
    return switch (g) {
      case DAY -> d.toString();
      case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> d.toString().substring(0, 7);
    };
  }

  @Override
  public List<Dyad> dyads(EventQuery query, int limit) {
    List<Dyad> out = new ArrayList<>();
    Summaries.Table t = summaries && Summaries.forDyads(query) ? Summaries.Table.DYADS : null;
    // The summary holds counts per QuadClass and the sum of Goldstein weights of each dyad.
    String what = t == null
        ? "COUNT(*) AS total, SUM(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN quad_class <= 2 THEN 1 ELSE 0 END), AVG(goldstein) FROM events"
        : "SUM(n) AS total, SUM(CASE WHEN quad_class >= 3 THEN n ELSE 0 END), "
            + "SUM(CASE WHEN quad_class <= 2 THEN n ELSE 0 END), SUM(goldstein_sum) / SUM(n) FROM " + t.name;
    String having = t == null ? "" : " HAVING SUM(n) <> 0";
    try {
      return aggregate(t, query, w -> "SELECT source_code, target_code, " + what + w.sql()
          + " GROUP BY source_code, target_code" + having
          + " ORDER BY total DESC, source_code, target_code LIMIT " + Math.max(1, limit), out,
          rs -> out.add(new Dyad(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
              rs.getDouble(6))), "source_code IS NOT NULL", "target_code IS NOT NULL");
    } catch (SQLException e) {
      throw fail("dyads failed", e);
    }
  }

  @Override
  public List<PlaceCount> places(EventQuery query, int limit) {
    List<PlaceCount> out = new ArrayList<>();
    Summaries.Table t = summaries && Summaries.forPlaces(query) ? Summaries.Table.PLACES : null;
    String what = t == null ? "COUNT(*) AS total FROM events" : "SUM(n) AS total FROM " + t.name;
    String having = t == null ? "" : " HAVING SUM(n) <> 0";
    try {
      // Ties are ordered by every key, so that both ways give the same list.
      return aggregate(t, query, w -> "SELECT loc_name, loc_country, lat, lon, geonames_id, " + what
          + w.sql() + " GROUP BY loc_name, loc_country, lat, lon, geonames_id" + having
          + " ORDER BY total DESC, loc_name, loc_country, lat, lon, geonames_id LIMIT "
          + Math.max(1, limit), out, rs -> {
            long g = rs.getLong(5);
            out.add(new PlaceCount(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                rs.wasNull() ? null : g, rs.getLong(6)));
          }, "lat IS NOT NULL");
    } catch (SQLException e) {
      throw fail("places failed", e);
    }
  }

  /** Mentions, sources and articles per story, for the stories of the matching events. */
  Map<String, int[]> storyCounts(EventQuery query) throws SQLException {
    Map<String, int[]> out = new HashMap<>();
    return select(query, w -> "SELECT story_id, COUNT(*), COUNT(DISTINCT article_id), "
        + "COUNT(DISTINCT CASE WHEN publisher IS NULL THEN 'a:' || article_id ELSE 'p:' || publisher END) "
        + "FROM events WHERE story_id IN (SELECT story_id FROM events" + w.sql() + ") GROUP BY story_id", out,
        rs -> out.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)}));
  }

  /** Streams the matching mentions in the order they were stored (exports). */
  void scan(EventQuery query, SqlConsumer each) throws SQLException {
    withReader(c -> {
      Where w = Where.of(c, query);
      if (w.matchesNothing()) {
        return null;
      }
      boolean auto = c.getAutoCommit();
      // PostgreSQL streams with a cursor only inside a transaction.
      c.setAutoCommit(false);
      try (PreparedStatement p = w.prepare(c, "SELECT " + STORED + " FROM events" + w.sql() + " ORDER BY seq"
          + paging(query))) {
        p.setFetchSize(2000);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            each.accept(stored(rs), rs.getLong(5));
          }
        }
      } finally {
        c.commit();
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  @FunctionalInterface
  interface SqlConsumer {
    void accept(StoredEvent e, long seq) throws SQLException;
  }

  @Override
  public void export(ExportFormat format, EventQuery query, OutputStream out) {
    try {
      new Exports(this).write(format, query, out);
    } catch (SQLException e) {
      throw fail("export failed", e);
    }
  }

  // ---------------------------------------------------------------- plumbing

  private void requireWritable() {
    if (readOnly) {
      throw new StoreException(db + ": opened read-only");
    }
  }

  StoreException fail(String what, SQLException e) {
    return new StoreException(db + ": " + what + ": " + EventStores.firstLine(String.valueOf(e.getMessage())), e);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Connection r;
    while ((r = readers.poll()) != null) {
      try {
        r.close();
      } catch (SQLException ignored) {
        // Closing anyway.
      }
    }
    try {
      writer.close();
    } catch (SQLException e) {
      throw fail("close failed", e);
    }
  }
}
