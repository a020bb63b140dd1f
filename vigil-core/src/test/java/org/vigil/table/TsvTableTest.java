package org.vigil.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TsvTableTest {
  @TempDir
  Path dir;

  @Test
  void aRowWithTheWrongColumnCountNamesTheFileAndLine() throws IOException {
    Path f = dir.resolve("actors.tsv");
    Files.writeString(f, "# comment\nname\tcode\nFrance\tFRA\nSyria\n");
    TableException e = assertThrows(TableException.class, () -> TsvTable.file(f, "name", "code"));
    assertEquals("line 4 of " + f + ": expected 2 tab-separated columns, found 1", e.getMessage());
  }

  @Test
  void aMissingColumnIsNamed() throws IOException {
    Path f = dir.resolve("actors.tsv");
    Files.writeString(f, "name\tcode\n");
    TableException e = assertThrows(TableException.class, () -> TsvTable.file(f, "name", "sectors"));
    assertEquals("line 1 of " + f + ": header lacks column 'sectors'", e.getMessage());
  }

  @Test
  void listsAreSplitOnBars() throws IOException {
    Path f = dir.resolve("t.tsv");
    Files.writeString(f, "name\taliases\nUnited States\tU.S.| USA |\n");
    assertEquals(java.util.List.of("U.S.", "USA"), TsvTable.file(f).rows().get(0).list("aliases"));
  }

  @Test
  void namesCompareWithoutCaseAccentsOrHyphens() {
    assertEquals(Names.key("Juppe"), Names.key("Juppé"));
    assertEquals(Names.key("al-Assad"), Names.key("Al Assad"));
  }
}
