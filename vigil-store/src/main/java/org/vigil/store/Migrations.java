package org.vigil.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and upgrades the schema with numbered SQL files under {@code org/vigil/store/migrations/}:
 * {@code V<n>__<name>.sql}, or a per-engine file of the same version in {@code duckdb/} or
 * {@code postgres/}. Applied versions are rows of {@code schema_version}; each version commits with
 * its row, so an interrupted upgrade resumes where it stopped.
 */
final class Migrations {
  /** Every version in order; a new migration is added here and as a file. */
  static final List<String> VERSIONS = List.of("V1__init", "V2__indexes", "V3__words", "V4__summaries",
      "V5__records", "V6__dyad_dates");

  private Migrations() {
  }

  static int latest() {
    return VERSIONS.size();
  }

  /** The applied version, 0 for an empty database; refuses a database that holds other tables. */
  static int current(Connection c, String db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")) {
      while (rs.next()) {
        tables.add(rs.getString(1).toLowerCase());
      }
    }
    if (!tables.contains("schema_version")) {
      if (!tables.isEmpty()) {
        throw new StoreException(db + ": not a Vigil database (it has tables but no schema_version)");
      }
      return 0;
    }
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Applies every missing version; refuses a schema newer than this Vigil knows. */
  static void upgrade(Connection c, Dialect dialect, String db) throws SQLException {
    int have = current(c, db);
    if (have > latest()) {
      throw new StoreException(db + ": made by a newer Vigil (schema " + have + ", this one knows " + latest() + ")");
    }
    if (have == latest()) {
      return;
    }
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      if (have == 0) {
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR NOT NULL, "
              + "applied_at TIMESTAMP NOT NULL)");
        }
      }
      for (int v = have + 1; v <= latest(); v++) {
        String name = VERSIONS.get(v - 1);
        for (String sql : statements(load(dialect, name))) {
          try (Statement s = c.createStatement()) {
            s.execute(sql);
          }
        }
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, CURRENT_TIMESTAMP)")) {
          p.setInt(1, v);
          p.setString(2, name);
          p.executeUpdate();
        }
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String load(Dialect dialect, String name) {
    String base = "/org/vigil/store/migrations/";
    InputStream in = Migrations.class.getResourceAsStream(base + dialect.folder() + "/" + name + ".sql");
    if (in == null) {
      in = Migrations.class.getResourceAsStream(base + name + ".sql");
    }
    if (in == null) {
      throw new IllegalStateException("migration " + name + " is missing from the jar");
    }
    try (InputStream r = in) {
      return new String(r.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + name, e);
    }
  }

  /** Splits a file on semicolons at line ends, dropping comment lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : sql.split("\n")) {
      String t = line.strip();
      if (t.startsWith("--") || t.isEmpty()) {
        continue;
      }
      cur.append(line).append('\n');
      if (t.endsWith(";")) {
        String stmt = cur.toString().strip();
        out.add(stmt.substring(0, stmt.length() - 1));
        cur.setLength(0);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().strip());
    }
    return out;
  }
}
