package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded DuckDB file, plus what only a file can get wrong. */
class DuckDbEventStoreTest extends EventStoreContract {
  @TempDir
  Path dir;

  @Override
  protected JdbcEventStore openEmpty() {
    return EventStores.open(dir.resolve("vigil.duckdb").toString());
  }

  @Override
  protected JdbcEventStore reopen() {
    return EventStores.open(dir.resolve("vigil.duckdb").toString());
  }

  @Test
  void aFileThatIsNotADatabaseIsRefusedByNameAndLeftAlone() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "shopping list: bread, milk\n");
    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(notes.toString()));
    assertTrue(e.getMessage().startsWith(notes + ": not a Vigil database"), e.getMessage());
    assertEquals("shopping list: bread, milk\n", Files.readString(notes));
  }

  @Test
  void aDuckDbFileOfSomeOtherApplicationIsNotAVigilDatabase() throws Exception {
    Path other = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE invoices (id INTEGER)");
    }
    StoreException e = assertThrows(StoreException.class, () -> EventStores.open(other.toString()));
    assertEquals(other + ": not a Vigil database (it has tables but no schema_version)", e.getMessage());
  }

  @Test
  void aPathInAMissingDirectoryOrAnUnknownUrlIsAClearError() {
    String missing = dir.resolve("no/such/dir/v.duckdb").toString();
    assertTrue(assertThrows(StoreException.class, () -> EventStores.open(missing)).getMessage().contains("no such directory"));
    assertTrue(assertThrows(StoreException.class, () -> EventStores.open("jdbc:mysql://localhost/x"))
        .getMessage().contains("unsupported database"));
  }

  @Test
  void theSchemaVersionIsRecorded() throws Exception {
    store.close();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("vigil.duckdb"));
         Statement s = c.createStatement();
         var rs = s.executeQuery("SELECT MAX(version), COUNT(*) FROM schema_version")) {
      rs.next();
      assertEquals(Migrations.latest(), rs.getInt(1));
      assertEquals(Migrations.latest(), rs.getInt(2));
    }
    store = reopen();
  }

  @Test
  void theJsonRecordsAreStoredUncompressedAndTheOtherColumnsCompressed() throws Exception {
    try (BulkLoader bulk = store.bulkLoader()) {
      SyntheticEvents gen = new SyntheticEvents(4);
      while (bulk.events() < 3000) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 3000);
        bulk.add(it.article(), it.events(), it.storyIds());
      }
    }
    store.withReader(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
      try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT column_name, "
          + "bool_and(compression = 'Uncompressed') FROM pragma_storage_info('events') WHERE segment_type = 'VARCHAR' "
          + "AND column_name IN ('cameo_root', 'record') GROUP BY ALL ORDER BY 1")) {
        // cameo_root (20 values) is compressed whatever DuckDB samples; free text such as the
        // sentence may or may not be, depending on the data and the row groups of the machine
        assertTrue(rs.next());
        assertEquals("cameo_root", rs.getString(1));
        assertTrue(!rs.getBoolean(2), "cameo_root compressed");
        assertTrue(rs.next());
        assertEquals("record", rs.getString(1));
        assertTrue(rs.getBoolean(2), "record uncompressed");
      }
      return null;
    });
  }

  @Test
  void aBulkLoadDeletesItsFilesWhenItEndsOrIsAborted() throws Exception {
    Path files;
    try (BulkLoader bulk = store.bulkLoader().batches(40, 16)) {
      files = bulk.files();
      SyntheticEvents gen = new SyntheticEvents(6);
      while (bulk.events() < 100) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 100);
        bulk.add(it.article(), it.events(), it.storyIds());
      }
      assertTrue(Files.isDirectory(files));
    }
    assertFalse(Files.exists(files));
    assertTrue(store.count(EventQuery.ALL) >= 100);
    BulkLoader aborted = store.bulkLoader().batches(40, 16);
    SyntheticEvents gen = new SyntheticEvents(8);
    while (aborted.events() < 100) {
      SyntheticEvents.Item it = gen.next(aborted.nextSeq(), 100);
      aborted.add(it.article(), it.events(), it.storyIds());
    }
    files = aborted.files();
    aborted.abort();
    assertFalse(Files.exists(files));
  }

  @Test
  void aBulkLoadRunsDuckDbOnOneThreadAndGivesTheThreadsBackWhenItEndsOrIsAborted() throws Exception {
    store.withReader(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("SET threads = 3");
      }
      return null;
    });
    long before = threads();
    assertEquals(3, before);
    try (BulkLoader bulk = store.bulkLoader()) {
      assertEquals(1, threads());
      SyntheticEvents.Item it = new SyntheticEvents(5).next(bulk.nextSeq(), 10);
      bulk.add(it.article(), it.events(), it.storyIds());
    }
    assertEquals(before, threads());
    BulkLoader aborted = store.bulkLoader();
    assertEquals(1, threads());
    aborted.abort();
    assertEquals(before, threads());
  }

  private long threads() throws Exception {
    return store.withReader(c -> {
      try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT current_setting('threads')")) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  @Test
  void aReadOnlyStoreAnswersQueriesButRefusesToIngest() {
    store.close();
    store = EventStores.open(dir.resolve("vigil.duckdb").toString(), LinkingRules.DEFAULT, true);
    assertEquals(0, store.count(EventQuery.ALL));
    assertThrows(StoreException.class, () -> store.ingest(Mentions.article("a", "2024-01-01", null, "t"), java.util.List.of()));
  }
}
