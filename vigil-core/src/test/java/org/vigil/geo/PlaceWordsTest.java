package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The place stages' word lists are reviewed tables, read once and checked as they are read. */
class PlaceWordsTest {
  private static final String[] TABLES = {"at-prepositions", "bearings", "buildings", "contests", "death-nouns",
      "directions", "generic-region-names", "happen-verbs", "heights", "locative-prepositions", "name-joiners", "not-places", "officials",
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
}
