package org.vigil.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Article;

class ArticleReaderTest {
  @TempDir
  Path dir;
  private final List<Article> read = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  private void read(String... inputs) {
    new ArticleReader(LocalDate.of(2020, 1, 2), null, p -> problems.add(p.toString()),
        new ByteArrayInputStream(new byte[0])).read(List.of(inputs), read::add);
  }

  @Test
  void aMalformedLineIsReportedWithItsLineAndTheOthersAreRead() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"date\":\"2020-01-01\",\"text\":\"One.\"}\n{not json\n{\"id\":\"3\",\"text\":\"Three.\"}\n");
    read(f.toString());
    assertEquals(List.of("1", "3"), read.stream().map(Article::id).toList());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(f + ":2: malformed JSON"), problems.get(0));
  }

  @Test
  void aRecordWithoutTextIsReported() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"text\":\"  \"}\n{\"id\":\"2\"}\n");
    read(f.toString());
    assertTrue(read.isEmpty());
    assertEquals(List.of(f + ":1: record has empty \"text\"", f + ":2: record has no \"text\" string"), problems);
  }

  @Test
  void aTextFileTakesTheGivenDateAndItsNameAsId() throws IOException {
    Path f = dir.resolve("story.txt");
    Files.writeString(f, "Peru recalled its ambassador.");
    read(f.toString());
    assertEquals("story", read.get(0).id());
    assertEquals(LocalDate.of(2020, 1, 2), read.get(0).date());
  }

  @Test
  void invalidUtf8IsReportedNotGarbled() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'A', (byte) 0xC3, (byte) 0x28, 'B'});
    read(f.toString());
    assertTrue(read.isEmpty());
    assertEquals(List.of(f + ": not valid UTF-8 text"), problems);
  }

  @Test
  void aMissingFileAndAnEmptyDirectoryAreReported() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    read(dir.resolve("nope.txt").toString(), empty.toString());
    assertEquals(List.of(dir.resolve("nope.txt") + ": no such file or directory",
        empty + ": directory holds no .txt or .jsonl articles"), problems);
  }

  @Test
  void aDateThatIsNoDateIsReported() throws IOException {
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"date\":\"yesterday\",\"text\":\"One.\"}\n");
    read(f.toString());
    assertEquals(List.of(f + ":1: date 'yesterday' is not YYYY-MM-DD"), problems);
  }
}
