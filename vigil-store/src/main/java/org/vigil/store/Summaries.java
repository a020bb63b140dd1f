package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summary tables ({@code V4__summaries}): event counts at the grain of the dashboard's aggregates,
 * kept by every writer, so that a count, timeline, dyad or place ranking reads thousands of rows
 * instead of scanning every event.
 *
 * <p>Each table is a ledger of signed counts: a write appends the counts of the events it adds,
 * a replaced article the negated counts of the events it removes, and readers sum per group (they
 * group coarser than the table's grain anyway), dropping groups that sum to zero. This needs no
 * unique key (DuckDB's ART index broke WAL replay here; NULL keys need no special join), and
 * concurrent PostgreSQL writers only append. {@link #compact} re-aggregates a table to one row per
 * key: after each bulk load, and on ingest once duplicates pass a quarter of the keys.
 *
 * <p>A query is answered from a summary only when every filter it has is on the table's columns
 * ({@link #forCounts}, {@link #forDyads}, {@link #forPlaces}); otherwise from the events table.
 */
final class Summaries {
  /** A summary table: its name, its key columns, and the delta SELECT over an events-shaped table. */
  enum Table {
    DAYS("summary_days", "event_date, quad_class, cameo", "", "event_date, quad_class, cameo"),
    COUNTRIES("summary_countries", "event_date, quad_class, country", "", "country, event_date, quad_class"),
    DYADS("summary_dyads", "source_code, target_code, quad_class", ", goldstein_sum",
        "source_code, target_code, quad_class"),
    PLACES("summary_places", "loc_name, loc_country, lat, lon, geonames_id, quad_class, cameo", "", "cameo, lat, lon");

    /** The key columns' positions in an events row ({@link Columns#EVENTS}); -1: the country. */
    final int[] keyColumns;

    final String name;
    final String keys;
    /** Summed columns besides {@code n}. */
    final String sums;
    /** The order a compaction writes rows in: DuckDB's zone maps then skip other countries and codes. */
    final String order;

    Table(String name, String keys, String sums, String order) {
      this.name = name;
      this.keys = keys;
      this.sums = sums;
      this.order = order;
      this.keyColumns = java.util.Arrays.stream(keys.split(", ")).mapToInt(k -> k.equals("country") ? -1
          : Columns.EVENTS.stream().map(Columns.Column::name).toList().indexOf(k)).toArray();
    }

    /**
     * The counts of the rows of {@code source} that meet {@code where}, per key, times
     * {@code sign}. The countries table counts an event once under each distinct country of its
     * place, source and target, which is exactly what the country filter matches.
     */
    String delta(String source, String where, int sign) {
      String n = sign < 0 ? "-COUNT(*)" : "COUNT(*)";
      return switch (this) {
        case DAYS -> "SELECT " + keys + ", " + n + " FROM " + source + " WHERE " + where + " GROUP BY " + keys;
        case COUNTRIES -> "SELECT " + keys + ", " + n + " FROM ("
            + "SELECT event_date, quad_class, loc_country AS country FROM " + source + " WHERE " + where
            + " AND loc_country IS NOT NULL UNION ALL "
            + "SELECT event_date, quad_class, source_country FROM " + source + " WHERE " + where
            + " AND source_country IS NOT NULL AND (loc_country IS NULL OR source_country <> loc_country) UNION ALL "
            + "SELECT event_date, quad_class, target_country FROM " + source + " WHERE " + where
            + " AND target_country IS NOT NULL AND (loc_country IS NULL OR target_country <> loc_country)"
            + " AND (source_country IS NULL OR target_country <> source_country)) x GROUP BY " + keys;
        case DYADS -> "SELECT " + keys + ", " + n + ", " + (sign < 0 ? "-" : "") + "SUM(goldstein) FROM " + source
            + " WHERE " + where + " AND source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY " + keys;
        case PLACES -> "SELECT " + keys + ", " + n + " FROM " + source + " WHERE " + where
            + " AND lat IS NOT NULL GROUP BY " + keys;
      };
    }
  }

  private Summaries() {
  }

  /**
   * Adds to every summary the events of {@code source} (events, or the bulk loader's staging
   * table) that meet {@code where}, counted with {@code sign} (-1 for events about to be deleted).
   */
  static void add(Connection c, String source, String where, int sign, Object... params) throws SQLException {
    for (Table t : Table.values()) {
      String sql = "INSERT INTO " + t.name + " (" + t.keys + ", n" + t.sums + ") " + t.delta(source, where, sign);
      try (PreparedStatement p = c.prepareStatement(sql)) {
        // The delta names the condition once per branch (countries: three times).
        int per = params.length;
        int times = t == Table.COUNTRIES ? 3 : 1;
        for (int k = 0; k < times; k++) {
          for (int i = 0; i < per; i++) {
            p.setObject(k * per + i + 1, params[i]);
          }
        }
        p.executeUpdate();
      }
    }
  }

  /**
   * Adds to every summary the events of an ingested article, from the rows the store inserts
   * ({@link Columns#row}): the same counts as {@link #add(Connection, String, String, int, Object...)}
   * without a statement that reads the events back (four scans and plans per article, measured to
   * cost a third of the per-article ingest).
   */
  static void add(Connection c, Dialect d, List<Object[]> rows) throws SQLException {
    List<String> inserts = new ArrayList<>();
    List<Object[]> values = new ArrayList<>();
    List<Columns.Kind> kinds = new ArrayList<>();
    for (Table t : Table.values()) {
      Map<List<Object>, double[]> sums = new LinkedHashMap<>();
      for (Object[] r : rows) {
        for (List<Object> key : keys(t, r)) {
          double[] v = sums.computeIfAbsent(key, k -> new double[2]);
          v[0]++;
          v[1] += (Double) r[GOLDSTEIN];
        }
      }
      if (sums.isEmpty()) {
        continue;
      }
      int width = t.keyColumns.length + (t.sums.isEmpty() ? 1 : 2);
      String one = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
      inserts.add("INSERT INTO " + t.name + " (" + t.keys + ", n" + t.sums + ") VALUES "
          + String.join(", ", Collections.nCopies(sums.size(), one)));
      for (Map.Entry<List<Object>, double[]> e : sums.entrySet()) {
        for (int k = 0; k < t.keyColumns.length; k++) {
          values.add(new Object[] {e.getKey().get(k)});
          kinds.add(t.keyColumns[k] < 0 ? Columns.Kind.STRING : Columns.EVENTS.get(t.keyColumns[k]).kind());
        }
        values.add(new Object[] {(long) e.getValue()[0]});
        kinds.add(Columns.Kind.LONG);
        if (!t.sums.isEmpty()) {
          values.add(new Object[] {e.getValue()[1]});
          kinds.add(Columns.Kind.DOUBLE);
        }
      }
      if (d == Dialect.DUCKDB) {
        execute(c, inserts, values, kinds);
      }
    }
    if (d == Dialect.POSTGRES && !inserts.isEmpty()) {
      // One round trip for all: the driver sends the statements of one string together (DuckDB
      // prepares one statement at a time).
      execute(c, new ArrayList<>(List.of(String.join(";\n", inserts))), values, kinds);
    }
  }

  /** Runs the statements (DuckDB: one at a time) with their parameters, and clears them. */
  private static void execute(Connection c, List<String> sql, List<Object[]> values, List<Columns.Kind> kinds)
      throws SQLException {
    if (sql.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement(String.join(";\n", sql))) {
      for (int i = 0; i < values.size(); i++) {
        Columns.bindValue(p, i + 1, kinds.get(i), values.get(i)[0]);
      }
      p.executeUpdate();
    }
    sql.clear();
    values.clear();
    kinds.clear();
  }

  private static final int GOLDSTEIN = 10;
  private static final int SOURCE_CODE = 11;
  private static final int SOURCE_COUNTRY = 13;
  private static final int TARGET_CODE = 14;
  private static final int TARGET_COUNTRY = 16;
  private static final int LAT = 21;
  private static final int LOC_COUNTRY = 18;

  /** The keys one events row counts under in a table, as the delta SELECT makes them. */
  private static List<List<Object>> keys(Table t, Object[] r) {
    switch (t) {
      case COUNTRIES -> {
        Object loc = r[LOC_COUNTRY];
        Object src = r[SOURCE_COUNTRY];
        Object tgt = r[TARGET_COUNTRY];
        List<List<Object>> out = new ArrayList<>(3);
        for (Object country : new Object[] {loc, src == null || src.equals(loc) ? null : src,
            tgt == null || tgt.equals(loc) || tgt.equals(src) ? null : tgt}) {
          if (country != null) {
            out.add(Arrays.asList(r[t.keyColumns[0]], r[t.keyColumns[1]], country));
          }
        }
        return out;
      }
      case DYADS -> {
        if (r[SOURCE_CODE] == null || r[TARGET_CODE] == null) {
          return List.of();
        }
      }
      case PLACES -> {
        if (r[LAT] == null) {
          return List.of();
        }
      }
      default -> {
      }
    }
    Object[] key = new Object[t.keyColumns.length];
    for (int k = 0; k < key.length; k++) {
      key[k] = r[t.keyColumns[k]];
    }
    return List.of(Arrays.asList(key));
  }

  /**
   * Re-aggregates every summary to one row per key, dropping keys whose events are all gone
   * (same transaction as the caller's). PostgreSQL: one statement per table that deletes the rows
   * it sees and inserts their sums, so that rows other writers append meanwhile stay, counted
   * once, and no table lock is needed (table locks taken after appending deadlocked two
   * compacting writers). DuckDB has one writing process; its rows go back sorted.
   */
  static void compact(Connection c, Dialect d) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (Table t : Table.values()) {
        String sums = t.sums.isEmpty() ? "" : ", SUM(goldstein_sum)";
        String columns = " (" + t.keys + ", n" + t.sums + ") ";
        String sum = "SELECT " + t.keys + ", SUM(n) AS n" + sums + " FROM %s GROUP BY " + t.keys
            + " HAVING SUM(n) <> 0";
        if (d == Dialect.POSTGRES) {
          // Written in key order: a country's rows then share heap pages (a weekly timeline of one
          // country read 1,300 scattered pages of summary_countries at 200,000 events).
          s.execute("WITH old AS (DELETE FROM " + t.name + " RETURNING *) INSERT INTO " + t.name + columns
              + String.format(sum, "old") + " ORDER BY " + t.order);
          continue;
        }
        s.execute("CREATE TEMP TABLE summary_compact AS " + String.format(sum, t.name) + " ORDER BY " + t.order);
        s.execute("DELETE FROM " + t.name);
        s.execute("INSERT INTO " + t.name + columns + "SELECT * FROM summary_compact");
        s.execute("DROP TABLE summary_compact");
      }
    }
  }

  /**
   * Compacts when the ledger of days (the smallest summary, which every write touches like the
   * others) holds more than a quarter more rows than keys: one grouping of a few thousand rows to
   * check, a compaction every few thousand articles.
   */
  static void compactIfDue(Connection c, Dialect d) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM summary_days), "
        + "(SELECT COUNT(*) FROM (SELECT 1 FROM summary_days GROUP BY " + Table.DAYS.keys + ") k)")) {
      rs.next();
      if (rs.getLong(1) > rs.getLong(2) * 5 / 4 + 1000) {
        compact(c, d);
      }
    }
  }

  // ---------------------------------------------------------------- which table answers a query

  private static boolean has(String s) {
    return s != null && !s.isBlank();
  }

  private static boolean near(EventQuery q) {
    return q.lat() != null && q.lon() != null && q.nearKm() != null;
  }

  private static boolean dates(EventQuery q) {
    return q.from() != null || q.to() != null;
  }

  /**
   * The summary for a count or timeline: days (filters on dates, CAMEO code and QuadClass), or
   * countries (a country with dates and QuadClass); null when another filter needs the events.
   */
  static Table forCounts(EventQuery q) {
    if (has(q.actor()) || near(q) || has(q.text())) {
      return null;
    }
    if (has(q.country())) {
      return has(q.codePrefix()) ? null : Table.COUNTRIES;
    }
    return Table.DAYS;
  }

  /** Whether the dyads summary answers this query: filters on actor and QuadClass only. */
  static boolean forDyads(EventQuery q) {
    return !dates(q) && !has(q.country()) && !has(q.codePrefix()) && !near(q) && !has(q.text());
  }

  /** Whether the places summary answers this query: filters on CAMEO code, distance and QuadClass. */
  static boolean forPlaces(EventQuery q) {
    return !dates(q) && !has(q.actor()) && !has(q.country()) && !has(q.text());
  }

  /**
   * The query's filters as conditions on a summary table's columns, which carry the events
   * table's names; the country filter, on the countries table, becomes its one column.
   */
  static Where where(Connection c, EventQuery q, Table t) throws SQLException {
    if (t != Table.COUNTRIES) {
      return Where.of(c, q);
    }
    EventQuery rest = new EventQuery(q.from(), q.to(), q.actor(), null, q.codePrefix(), q.lat(), q.lon(), q.nearKm(),
        q.text(), q.quadClass(), q.limit(), q.offset());
    return Where.of(c, rest).and("country = ?", q.country().strip().toUpperCase(Locale.ROOT));
  }
}
