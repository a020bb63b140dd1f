package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.table.TableException;
import org.vigil.table.TsvTable;

/** The place stages' word lists are reviewed tables, read once and checked as they are read. */
class PlaceWordsTest {
  private static final String[] TABLES = {"at-prepositions", "bearings", "buildings", "contests", "death-nouns",
      "directions", "generic-region-names", "locative-prepositions", "name-joiners", "not-places", "officials",
      "place-nouns", "protest-nouns", "protest-verbs", "settlement-nouns", "shares", "site-nouns", "speaking-verbs",
      "state-buildings", "time-spans", "time-words", "dating-modifiers", "titles", "town-nouns", "venues", "violence-nouns"};

  @Test
  void everyShippedListLoads() {
    for (String t : TABLES) {
      assertFalse(PlaceWords.load(t).isEmpty(), t);
    }
  }

  @Test
  void theListsHoldTheirKindOfWord() {
    assertTrue(EventPlacer.VENUES.contains("restaurant"));
    assertTrue(EventPlacer.PLACE_NOUNS.contains("outskirts"));
    assertTrue(PlaceFinder.LOCATIVE.contains("near"));
    assertTrue(PlaceWords.load("site-nouns").contains("hospital"));
    assertTrue(PlaceWords.load("generic-region-names").contains("north east"), "a name key may hold a space");
    assertFalse(PlaceWords.load("not-places").contains("#"), "a comment is no word");
  }

  @Test
  void aTownsOwnTownNounsAreSettlementNouns() {
    Set<String> settlements = PlaceWords.load("settlement-nouns");
    for (String w : PlaceWords.load("town-nouns")) {
      assertTrue(settlements.contains(w), w);
    }
  }

  @Test
  void aMalformedListIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
    Path capital = dir.resolve("capital.tsv");
    Files.writeString(capital, "# test\nword\nvillage\nTown\n");
    TableException e = assertThrows(TableException.class, () -> PlaceWords.of(TsvTable.file(capital, "word")));
    assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    Path twice = dir.resolve("twice.tsv");
    Files.writeString(twice, "word\nvillage\ntown\nvillage\n");
    e = assertThrows(TableException.class, () -> PlaceWords.of(TsvTable.file(twice, "word")));
    assertTrue(e.getMessage().contains("listed twice"), e.getMessage());
    Path empty = dir.resolve("empty.tsv");
    Files.writeString(empty, "word\n");
    assertThrows(TableException.class, () -> PlaceWords.of(TsvTable.file(empty, "word")));
  }

  @Test
  void aListKeepsTheOrderOfItsRows(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("order.tsv");
    Files.writeString(f, "# what the list is for\nword\nsouth\nnorth\n");
    assertEquals(java.util.List.of("south", "north"), java.util.List.copyOf(PlaceWords.of(TsvTable.file(f, "word"))));
  }
}
