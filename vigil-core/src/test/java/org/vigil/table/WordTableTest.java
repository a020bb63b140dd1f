package org.vigil.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closed word lists are reviewed tables, checked as they are read. */
class WordTableTest {
  @Test
  void everyShippedWordListIsWellFormed() throws Exception {
    // the folder of the shipped resources (test classes have an org/vigil of their own)
    Path root = Path.of(WordTableTest.class.getResource("/org/vigil/geo/words/venues.tsv").toURI()).getParent()
        .getParent().getParent();
    List<Path> tables;
    try (Stream<Path> files = Files.walk(root)) {
      tables = files.filter(f -> f.getParent().getFileName().toString().equals("words")
          && f.toString().endsWith(".tsv")).toList();
    }
    assertTrue(tables.size() > 100, "the closed word lists are tables: " + tables.size());
    for (Path t : tables) {
      assertFalse(WordTable.of(TsvTable.file(t, "word")).isEmpty(), t.toString());
      assertTrue(Files.readString(t).startsWith("# "), t + " says first what it is for");
    }
  }

  @Test
  void aMalformedListIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path capital = dir.resolve("capital.tsv");
    Files.writeString(capital, "# test\nword\nvillage\nTown\n");
    TableException e = assertThrows(TableException.class, () -> WordTable.of(TsvTable.file(capital, "word")));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    Path twice = dir.resolve("twice.tsv");
    Files.writeString(twice, "word\nvillage\ntown\nvillage\n");
    e = assertThrows(TableException.class, () -> WordTable.of(TsvTable.file(twice, "word")));
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    Path empty = dir.resolve("empty.tsv");
    Files.writeString(empty, "word\n");
    assertThrows(TableException.class, () -> WordTable.of(TsvTable.file(empty, "word")));
  }

  @Test
  void aListKeepsTheOrderOfItsRows(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("order.tsv");
    Files.writeString(f, "# what the list is for\nword\nsouth\nnorth\n");
    assertEquals(java.util.List.of("south", "north"), java.util.List.copyOf(WordTable.of(TsvTable.file(f, "word"))));
  }
}
