package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store commands end to end on a DuckDB file; articles written for this test. */
class StoreCommandsTest {
  @TempDir
  Path dir;



  @Test
  void ingestStoresOnceThenQueriesCountsAndExportsReadTheStore() throws Exception {
    Path in = dir.resolve("news.jsonl");
    Files.writeString(in,
        "{\"id\":\"n1\",\"date\":\"2022-09-12\",\"source\":\"Harbor Daily\",\"text\":\"Greece condemned Turkey on Monday.\"}\n"
        + "{\"id\":\"n2\",\"date\":\"2022-09-12\",\"source\":\"Valley Times\",\"text\":\"Athens condemned Turkey on Monday over the flights.\"}\n");
    String db = dir.resolve("v.duckdb").toString();
    CliRun first = CliRun.run("ingest", "--threads", "1", "--db", db, in.toString());
    assertEquals(0, first.status(), first.err());
    assertTrue(first.err().contains("2 new, 0 unchanged, 0 replaced; 2 events"), first.err());

    CliRun again = CliRun.run("ingest", "--db", db, in.toString());
    assertEquals(0, again.status(), again.err());
    assertTrue(again.err().contains("0 new, 2 unchanged, 0 replaced; 0 events"), again.err());
    assertFalse(again.err().contains("loading models"), "unchanged articles are skipped before any coding");

    List<String> lines = CliRun.run("events", "--db", db, "--actor", "GRC", "--format", "jsonl").out().lines().toList();
    assertEquals(2, lines.size());
    JsonNode e = new ObjectMapper().readTree(lines.get(0));
    assertEquals("vigil.event/1", e.get("schema").asText());
    assertEquals(e.get("story_id").asText(), new ObjectMapper().readTree(lines.get(1)).get("story_id").asText(),
        "two publishers reporting one condemnation make one story");

    CliRun table = CliRun.run("events", "--db", db, "--code", "11");
    assertTrue(table.out().startsWith("DATE"), table.out());
    assertTrue(table.err().contains("2 of 2 matching events"), table.err());

    CliRun counts = CliRun.run("counts", "--db", db, "--by", "month");
    assertEquals(List.of("period\tverbal_cooperation\tmaterial_cooperation\tverbal_conflict\tmaterial_conflict\ttotal",
        "2022-09\t0\t0\t2\t0\t2"), counts.out().lines().toList());

    List<String> gdelt = CliRun.run("export", "--db", db, "--format", "gdelt").out().lines().toList();
    assertEquals(1, gdelt.size());
    assertEquals(61, gdelt.get(0).split("\t", -1).length);
    Path icews = dir.resolve("icews.tsv");
    assertEquals(0, CliRun.run("export", "--db", db, "--format", "icews", "-o", icews.toString()).status());
    assertEquals(3, Files.readAllLines(icews).size());
  }

  @Test
  void loadStoresExportedRecordsOnceAndABadLineStoresNothing() throws Exception {
    String a = dir.resolve("a.duckdb").toString();
    String b = dir.resolve("b.duckdb").toString();
    assertEquals(0, CliRun.run("generate", "--db", a, "--events", "300").status());
    Path records = dir.resolve("events.jsonl");
    assertEquals(0, CliRun.run("export", "--db", a, "--format", "jsonl", "-o", records.toString()).status());
    CliRun load = CliRun.run("load", "--db", b, records.toString());
    assertEquals(0, load.status(), load.err());
    assertTrue(load.err().matches("(?s).*loaded 30\\d events of \\d+ articles into .*; 0 articles already stored.*"),
        load.err());
    for (String by : List.of("day", "week", "month")) {
      assertEquals(CliRun.run("counts", "--db", a, "--by", by).out(), CliRun.run("counts", "--db", b, "--by", by).out());
    }
    // The same records; not linked, each loaded event starts its own story.
    String story = ",\"story_id\":\"s\\d+\"";
    String events = CliRun.run("events", "--db", a, "--country", "SYR", "--limit", "1000", "--format", "jsonl").out();
    assertTrue(events.lines().count() > 20, events);
    assertEquals(events.replaceAll(story, ""), CliRun.run("events", "--db", b, "--country", "SYR", "--limit", "1000",
        "--format", "jsonl").out().replaceAll(story, ""));
    CliRun again = CliRun.run("load", "--db", b, records.toString());
    assertTrue(again.err().contains("loaded 0 events of 0 articles"), again.err());

    List<String> lines = Files.readAllLines(records);
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, lines.get(0).replace("gen-0", "new-0") + "\n\n{\"schema\":\"vigil.event/1\"\n");
    String c = dir.resolve("c.duckdb").toString();
    CliRun broken = CliRun.run("load", "--db", c, bad.toString());
    assertEquals(2, broken.status());
    assertTrue(broken.err().startsWith("vigil: " + bad + ": line 3: not JSON"), broken.err());
    assertEquals(1, broken.err().lines().count(), broken.err());
    assertTrue(CliRun.run("counts", "--db", c, "--by", "month").out().lines().count() <= 1, "nothing was stored");
  }

  @Test
  void aFileThatIsNotAVigilDatabaseIsOneLineAndStatusFive() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "not a database\n");
    CliRun r = CliRun.run("events", "--db", notes.toString());
    assertEquals(5, r.status());
    assertEquals("vigil: " + notes + ": not a Vigil database (not a DuckDB file)\n", r.err());
    assertEquals("not a database\n", Files.readString(notes));
  }

  @Test
  void anUnknownDatabaseUrlOrBadFilterIsAClearError() {
    CliRun url = CliRun.run("counts", "--db", "jdbc:mysql://localhost/x", "--by", "day");
    assertEquals(5, url.status());
    assertTrue(url.err().contains("unsupported database"), url.err());
    CliRun near = CliRun.run("events", "--db", dir.resolve("v.duckdb").toString(), "--near", "north");
    assertEquals(2, near.status());
    assertTrue(near.err().contains("--near 'north' is not LAT,LON,KM"), near.err());
  }
}
