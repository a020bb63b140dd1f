package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word index behind the text filter: {@code event_words (seq, word)} holds, once per event,
 * every maximal run of {@code [a-z0-9]} in {@code LOWER(sentence)}, and {@code words} the distinct
 * words. Both are made by the database itself (the same {@code LOWER} as the filter's), so a word
 * of letters and digits is a substring of the lowered sentence exactly when it is a substring of
 * one of the event's indexed words: the filter looks the query word up in the small vocabulary
 * ({@code LIKE '%w%'}), then semi-joins {@code event_words}. Query words with other characters
 * keep the sentence scan for themselves, after the index has narrowed the candidates.
 */
final class Words {
  private static final Pattern RUN = Pattern.compile("[a-z0-9]+");

  private Words() {
  }

  /**
   * The tokens of each event's sentence, one {@code (seq, word)} row per distinct word of an event,
   * from {@code table} (events, or the bulk loader's staging table). DuckDB de-duplicates each
   * event's list ({@code list_distinct}) instead of a DISTINCT over all rows: the same rows, no
   * hash table of every (seq, word) pair.
   */
  static String tokens(Dialect d, String table, String where) {
    return d == Dialect.DUCKDB
        ? "SELECT seq, unnest(list_distinct(regexp_extract_all(LOWER(sentence), '[a-z0-9]+'))) AS word FROM "
            + table + " WHERE sentence IS NOT NULL AND " + where
        : "SELECT DISTINCT seq, m[1] AS word FROM " + table + ", regexp_matches(LOWER(sentence), '[a-z0-9]+', 'g') AS m "
            + "WHERE sentence IS NOT NULL AND " + where;
  }

  /**
   * Indexes the stored events with {@code from <= seq <= to} (new ones: ingest and PostgreSQL bulk
   * loads); the new words of the vocabulary are read back from the rows just added (seq zone maps
   * skip the rest) rather than tokenised twice.
   */
  static void index(Connection c, Dialect d, long from, long to) throws SQLException {
    if (to < from) {
      return;
    }
    String range = "seq BETWEEN " + from + " AND " + to;
    try (Statement s = c.createStatement()) {
      // DuckDB: sorted by word, so that the zone maps of a bulk load's row groups skip the words
      // a query does not ask for (PostgreSQL has a B-tree on word).
      s.executeUpdate("INSERT INTO event_words (seq, word) " + tokens(d, "events", range)
          + (d == Dialect.DUCKDB ? " ORDER BY word, seq" : ""));
      s.executeUpdate("INSERT INTO words (word) SELECT DISTINCT word FROM event_words WHERE " + range
          + " AND word NOT IN (SELECT word FROM words)");
    }
  }

  /** Removes the index rows of an article's events (before the events are deleted). */
  static void unindexArticle(Connection c, String articleId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "DELETE FROM event_words WHERE seq IN (SELECT seq FROM events WHERE article_id = ?)")) {
      p.setString(1, articleId);
      p.executeUpdate();
    }
  }

  /** The runs of letters and digits of a lower-cased query word. */
  static List<String> runs(String lowerWord) {
    List<String> out = new ArrayList<>();
    Matcher m = RUN.matcher(lowerWord);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Above this many vocabulary words a run is matched by a sub-query rather than listed. */
  private static final int LISTED = 500;

  /**
   * Adds the condition on {@code events.seq} for one run: some indexed word of the event contains
   * it. The vocabulary is looked up first, so the planner sees a list of words (with an estimate,
   * and zone maps on {@code event_words.word}, which the bulk loader writes sorted by word); a run
   * no word contains matches nothing, without a statement.
   */
  static void contains(Connection c, Where w, String run) throws SQLException {
    String like = "%" + run + "%";
    List<String> vocabulary = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(
        "SELECT word FROM words WHERE word LIKE ? ESCAPE '!' LIMIT " + (LISTED + 1))) {
      p.setString(1, like);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          vocabulary.add(rs.getString(1));
        }
      }
    }
    if (vocabulary.size() > LISTED) {
      w.and("seq IN (SELECT seq FROM event_words WHERE word IN (SELECT word FROM words WHERE word LIKE ? ESCAPE '!'))",
          like);
    } else if (vocabulary.isEmpty()) {
      w.none();
    } else {
      w.and("seq IN (SELECT seq FROM event_words WHERE word IN ("
          + String.join(", ", java.util.Collections.nCopies(vocabulary.size(), "?")) + "))", vocabulary.toArray());
    }
  }
}
