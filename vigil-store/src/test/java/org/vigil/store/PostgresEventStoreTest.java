package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL server named by VIGIL_TEST_PG_URL (.ci/postgres.sh
 * starts one and prints the variable). Without it these tests are skipped, and say so.
 */
class PostgresEventStoreTest extends EventStoreContract {
  static final String URL = System.getenv("VIGIL_TEST_PG_URL");

  @BeforeAll
  static void needsAServer() {
    if (URL == null || URL.isBlank()) {
      System.out.println("PostgresEventStoreTest: SKIPPED: VIGIL_TEST_PG_URL is not set (eval \"$(bash .ci/postgres.sh)\")");
      System.err.println("PostgresEventStoreTest: SKIPPED: VIGIL_TEST_PG_URL is not set (eval \"$(bash .ci/postgres.sh)\")");
    }
    Assumptions.assumeTrue(URL != null && !URL.isBlank(), "VIGIL_TEST_PG_URL is not set: PostgreSQL tests skipped");
  }

  /** Empties the test database: every test starts from no schema at all, so migrations run too. */
  static void dropAll() {
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS events, articles, schema_version, invoices, event_words, words, "
          + "summary_days, summary_countries, summary_dyads, summary_places");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reset the PostgreSQL test database: " + e.getMessage(), e);
    }
  }

  @Override
  protected JdbcEventStore openEmpty() {
    dropAll();
    return EventStores.open(URL);
  }

  @Override
  protected JdbcEventStore reopen() {
    return EventStores.open(URL);
  }

  private List<String> indexes() throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement();
         var rs = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  @Test
  void aBulkLoadIntoAnEmptyStoreEndsWithEveryIndexAndAFailedOneLeavesThemToo() throws SQLException {
    List<String> before = indexes();
    assertTrue(before.size() > 15, before.toString());
    try (BulkLoader bulk = store.bulkLoader()) {
      bulk.add(Mentions.article("b-1", "2024-01-01", null, "t"), List.of(Mentions.event("b-1", 0, "2024-01-01", "SYRMIL",
          "SYRREB", Mentions.MEET, Mentions.ALEPPO, "Army met rebels.")), List.of("s1"));
      bulk.abort();
    }
    assertEquals(before, indexes());
    assertEquals(0, store.count(EventQuery.ALL));
    try (BulkLoader bulk = store.bulkLoader()) {
      SyntheticEvents gen = new SyntheticEvents(2);
      while (bulk.events() < 100) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 100);
        bulk.add(it.article(), it.events(), it.storyIds());
      }
    }
    assertEquals(before, indexes());
    assertTrue(store.count(EventQuery.ALL) >= 100);
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      for (String table : List.of("events", "summary_dyads", "summary_countries")) {
        try (var rs = s.executeQuery("SELECT COUNT(*) FROM pg_stats WHERE schemaname = current_schema() "
            + "AND tablename = '" + table + "'")) {
          rs.next();
          assertTrue(rs.getLong(1) > 0, "planner statistics of " + table + " after a bulk load");
        }
      }
      // The compaction at the end of the load writes each summary in its key order.
      List<String> physical = new ArrayList<>();
      try (var rs = s.executeQuery("SELECT country || ' ' || event_date || ' ' || quad_class FROM summary_countries "
          + "WHERE event_date IS NOT NULL ORDER BY ctid")) {
        while (rs.next()) {
          physical.add(rs.getString(1));
        }
      }
      List<String> sorted = new ArrayList<>(physical);
      sorted.sort(null);
      assertTrue(physical.size() > 50, physical.toString());
      assertEquals(sorted, physical);
    }
  }

  @Test
  void anUnreachableServerIsAOneLineErrorWithoutThePassword() {
    StoreException e = assertThrows(StoreException.class,
        () -> EventStores.open("jdbc:postgresql://127.0.0.1:1/vigil_test?user=vigil&password=secret&connectTimeout=2"));
    assertTrue(e.getMessage().contains("cannot connect to PostgreSQL"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret") && !e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aDatabaseOfSomeOtherApplicationIsNotAVigilDatabase() throws SQLException {
    store.close();
    dropAll();
    try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER)");
    }
    try {
      StoreException e = assertThrows(StoreException.class, () -> EventStores.open(URL));
      assertTrue(e.getMessage().contains("not a Vigil database"), e.getMessage());
    } finally {
      dropAll();
      store = EventStores.open(URL);
    }
  }
}
