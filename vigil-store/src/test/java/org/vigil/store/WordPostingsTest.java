package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

class WordPostingsTest {
  @Test
  void groupsEachEventsDistinctLowerCasedRunsByWordInOrder() {
    WordPostings p = new WordPostings();
    assertTrue(p.add(3, "Rebels shelled the town; the TOWN's 2nd-largest market"));
    assertTrue(p.add(7, "Straße: the rebels, again"));
    assertEquals(13, p.pairs());
    SortedMap<String, long[]> got = p.take();
    assertEquals(new TreeSet<>(List.of("2nd", "again", "e", "largest", "market", "rebels", "s", "shelled", "stra",
        "the", "town")), got.keySet());
    assertEquals("[3, 7]", Arrays.toString(got.get("the")));
    assertEquals("[3]", Arrays.toString(got.get("town")));
    assertEquals(0, p.pairs());
    assertTrue(p.take().isEmpty());
  }

  @Test
  void refusesSentencesWhoseNonAsciiCharactersLowerToWordCharacters() {
    WordPostings p = new WordPostings();
    assertFalse(p.add(1, "talks in İstanbul"));
    assertFalse(p.add(2, "273 \u212A"));
    assertTrue(p.add(3, "Émile in Zürich"));
    assertEquals(Map.of("mile", "[3]", "in", "[3]", "z", "[3]", "rich", "[3]"),
        toStrings(p.take()));
  }

  /** Every character of the Basic Multilingual Plane, between letters: Java's words are DuckDB's. */
  @Test
  void agreesWithTheDatabaseOnEveryCharacterItAccepts() throws Exception {
    WordPostings p = new WordPostings();
    List<String> sentences = new ArrayList<>();
    int refused = 0;
    for (int c = 0; c <= 0xFFFF; c++) {
      String ch = String.valueOf((char) c);
      String s = "Ab" + ch + "Cd 9" + ch + "z" + ch;
      sentences.add(s);
      if (!p.add(c, s)) {
        refused++;
      }
    }
    assertTrue(refused > 0 && refused < 10, "refused " + refused);
    Map<Long, TreeSet<String>> java = new TreeMap<>();
    p.take().forEach((w, seqs) -> Arrays.stream(seqs).forEach(s -> java.computeIfAbsent(s, k -> new TreeSet<>()).add(w)));
    Map<Long, TreeSet<String>> duck = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (seq BIGINT, sentence VARCHAR)");
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "t")) {
        for (int i = 0; i < sentences.size(); i++) {
          a.beginRow().append((long) i).append(sentences.get(i)).endRow();
        }
      }
      try (ResultSet rs = st.executeQuery(Words.tokens(Dialect.DUCKDB, "t", "1 = 1"))) {
        while (rs.next()) {
          duck.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
        }
      }
    }
    int compared = 0;
    for (int i = 0; i < sentences.size(); i++) {
      if (java.containsKey((long) i)) {
        assertEquals(duck.get((long) i), java.get((long) i), "U+" + Integer.toHexString(i));
        compared++;
      }
    }
    assertEquals(sentences.size() - refused, compared);
  }

  private static Map<String, String> toStrings(SortedMap<String, long[]> m) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((w, s) -> out.put(w, Arrays.toString(s)));
    return out;
  }
}
