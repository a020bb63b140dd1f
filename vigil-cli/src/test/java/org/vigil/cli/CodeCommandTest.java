package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  @TempDir
  Path dir;



  @Test
  void codesAJsonlFileIntoEventRecordsAndASummary() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"date\":\"2019-04-03\",\"text\":\"Greece condemned Turkey on Monday.\"}\n"
        + "{broken\n");
    CliRun r = CliRun.run("code", "--threads", "1", f.toString());
    assertEquals(2, r.status(), "a malformed line makes the exit status say something failed");
    List<String> lines = r.out().lines().toList();
    assertEquals(1, lines.size(), r.out());
    JsonNode e = new ObjectMapper().readTree(lines.get(0));
    assertEquals("vigil.event/1", e.get("schema").asText());
    assertEquals("GRC", e.get("source").get("code").asText());
    assertEquals("2019-04-01", e.get("date").asText());
    assertTrue(r.err().contains(f + ":2: malformed JSON"), r.err());
    assertTrue(r.err().contains("coded 1 articles"), r.err());
  }

  @Test
  void aMissingFileIsOneLineAndStatusTwo() {
    CliRun r = CliRun.run("code", dir.resolve("missing.txt").toString());
    assertEquals(2, r.status());
    assertEquals("vigil: " + dir.resolve("missing.txt") + ": no such file or directory", r.err().strip());
  }

  @Test
  void aBadDateIsOneLineWithoutAStackTrace() {
    CliRun r = CliRun.run("code", "--date", "07/09/2011", "-");
    assertEquals(2, r.status());
    assertEquals("vigil: --date '07/09/2011' is not a date (YYYY-MM-DD)", r.err().strip());
  }
}
