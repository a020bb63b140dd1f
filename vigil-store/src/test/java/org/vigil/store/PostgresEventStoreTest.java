package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
