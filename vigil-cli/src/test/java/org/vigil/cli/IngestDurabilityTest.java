package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of {@code vigil ingest}: what was committed stays, nothing is half
 * stored, and running the same command again completes the rest.
 */
class IngestDurabilityTest {
  private static final int ARTICLES = 80;
  private static final String[] COUNTRIES = {"Greece", "Turkey", "France", "Germany", "Kenya", "Uganda", "Chile",
      "Peru"};

  @TempDir
  Path dir;

  private Path input() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      String a = COUNTRIES[i % COUNTRIES.length];
      String b = COUNTRIES[(i + 3) % COUNTRIES.length];
      lines.add(String.format("{\"id\":\"k%03d\",\"date\":\"2021-%02d-%02d\",\"source\":\"Wire %d\","
          + "\"text\":\"%s condemned %s on Monday. %s met officials from %s on Tuesday.\"}", i, 1 + i % 12,
          1 + i % 27, i % 3, a, b, b, a));
    }
    Path in = dir.resolve("feed.jsonl");
    Files.write(in, lines);
    return in;
  }

  private Process start(Path db, Path in) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", "--threads", "1", "--db", db.toString(), in.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  void aKilledIngestKeepsWhatItCommittedAndARerunCompletesTheRest() throws Exception {
    Path in = input();
    Path db = dir.resolve("v.duckdb");
    Process p = start(db, in);
    Pattern progress = Pattern.compile("vigil: (\\d+) articles");
    int seen = 0;
    StringBuilder said = new StringBuilder();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        said.append(line).append('\n');
        Matcher m = progress.matcher(line);
        if (m.find() && Integer.parseInt(m.group(1)) >= 1) {
          seen = Integer.parseInt(m.group(1));
          p.destroyForcibly(); // SIGKILL: no shutdown hook, no commit, no close
          break;
        }
      }
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(seen >= 1, "the first run reported progress before it was killed: " + said);

    int[] after = contents(db);
    assertTrue(after[0] >= seen && after[0] < ARTICLES, "committed articles survive: " + after[0]);
    assertEquals(after[1], after[2], "no event stored twice");

    Process rerun = start(db, in);
    String err = new String(rerun.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(rerun.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, rerun.exitValue(), err);
    assertTrue(err.contains((ARTICLES - after[0]) + " new, " + after[0] + " unchanged"), err);
    int[] done = contents(db);
    assertEquals(ARTICLES, done[0]);
    assertEquals(done[1], done[2], "no event stored twice");
    assertTrue(done[1] >= ARTICLES, "every article's events are stored: " + done[1]);
  }

  /** Articles, events and distinct event ids in the store. */
  private static int[] contents(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toString().replace(File.separatorChar, '/'));
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM articles), COUNT(*), COUNT(DISTINCT event_id) "
             + "FROM events")) {
      rs.next();
      return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)};
    }
  }
}
