package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {
  }

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Main.run(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void codesAJsonlFileIntoEventRecordsAndASummary() throws Exception {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"date\":\"2019-04-03\",\"text\":\"Greece condemned Turkey on Monday.\"}\n"
        + "{broken\n");
    Run r = run("code", "--threads", "1", f.toString());
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
    Run r = run("code", dir.resolve("missing.txt").toString());
    assertEquals(2, r.status());
    assertEquals("vigil: " + dir.resolve("missing.txt") + ": no such file or directory", r.err().strip());
  }

  @Test
  void aBadDateIsOneLineWithoutAStackTrace() {
    Run r = run("code", "--date", "07/09/2011", "-");
    assertEquals(2, r.status());
    assertEquals("vigil: --date '07/09/2011' is not a date (YYYY-MM-DD)", r.err().strip());
  }
}
