package org.vigil.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a store from what the user typed after {@code --db}: a DuckDB file path (created when
 * missing), {@code :memory:} for a throwaway DuckDB, or a {@code jdbc:postgresql://} URL.
 */
public final class EventStores {
  public static final String DEFAULT_DB = "./vigil.duckdb";

  private EventStores() {
  }

  public static JdbcEventStore open(String db) {
    return open(db, LinkingRules.DEFAULT, false);
  }

  /**
   * @param readOnly open without writing (a DuckDB file is then shared with other read-only
   *                 processes, never with a writer; the schema must already be current)
   */
  public static JdbcEventStore open(String db, LinkingRules rules, boolean readOnly) {
    if (db == null || db.isBlank()) {
      db = DEFAULT_DB;
    }
    String shown = redact(db);
    if (db.startsWith("jdbc:postgresql:")) {
      return openPostgres(db, shown, rules, readOnly);
    }
    if (db.startsWith("jdbc:") && !db.startsWith("jdbc:duckdb:")) {
      throw new StoreException(shown + ": unsupported database (use a DuckDB file path or jdbc:postgresql://...)");
    }
    String path = db.startsWith("jdbc:duckdb:") ? db.substring("jdbc:duckdb:".length()) : db;
    return openDuckDb(path, shown, rules, readOnly);
  }

  private static JdbcEventStore openDuckDb(String path, String shown, LinkingRules rules, boolean readOnly) {
    boolean memory = path.isEmpty() || path.equals(":memory:");
    if (!memory) {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw new StoreException(shown + ": is a directory, not a database file");
      }
      Path parent = p.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException(shown + ": no such directory " + parent);
      }
      if (readOnly && !Files.exists(p)) {
        throw new StoreException(shown + ": no such database");
      }
    }
    Properties props = new Properties();
    if (readOnly) {
      props.setProperty("duckdb.read_only", "true");
    }
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + (memory ? "" : path), props);
    } catch (SQLException e) {
      throw new StoreException(shown + ": " + duckDbReason(e), e);
    }
    return JdbcEventStore.start(c, Dialect.DUCKDB, shown, rules, readOnly, null);
  }

  private static String duckDbReason(SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Conflicting lock") || m.contains("Could not set lock")) {
      int pid = m.indexOf("PID ");
      String who = pid >= 0 ? " (" + m.substring(pid).replaceAll("[)].*", "").strip() + ")" : "";
      return "locked by another process" + who + "; DuckDB allows one writer: wait for it or stop it";
    }
    if (m.contains("not a valid DuckDB database") || m.contains("Invalid Input Error") || m.contains("magic")) {
      return "not a Vigil database (not a DuckDB file)";
    }
    return "cannot open: " + firstLine(m);
  }

  private static JdbcEventStore openPostgres(String url, String shown, LinkingRules rules, boolean readOnly) {
    Connection c;
    try {
      DriverManager.setLoginTimeout(10);
      c = DriverManager.getConnection(url);
    } catch (SQLException e) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      String why = state.startsWith("08") ? "cannot connect to PostgreSQL: " : "PostgreSQL refused: ";
      throw new StoreException(shown + ": " + why + firstLine(String.valueOf(e.getMessage())), e);
    }
    return JdbcEventStore.start(c, Dialect.POSTGRES, shown, rules, readOnly, url);
  }

  static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The database as shown in messages: never a password. */
  public static String redact(String db) {
    return db.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^:/@]+):[^@/]*@", "//$1:***@");
  }
}
