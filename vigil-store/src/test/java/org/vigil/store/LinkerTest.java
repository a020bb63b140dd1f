package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.store.Mentions.ALEPPO;
import static org.vigil.store.Mentions.DAMASCUS;
import static org.vigil.store.Mentions.IDLIB;
import static org.vigil.store.Mentions.MEET;
import static org.vigil.store.Mentions.SHELL;
import static org.vigil.store.Mentions.SYRIA;
import static org.vigil.store.Mentions.event;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Event;
import org.vigil.model.Location;

class LinkerTest {
  private final Linker linker = new Linker(LinkingRules.DEFAULT);

  private boolean same(Event a, Event b) {
    return linker.sameEvent(Linker.Key.of(a, "s1", 1), Linker.Key.of(b, "s2", 2));
  }

  private static Event shelling(String date, String source, String target, Location where) {
    return event("d", 0, date, source, target, SHELL, where, "Shelling.");
  }

  @Test
  void theSameActorsActAndPlaceAFewDaysApartAreOneEvent() {
    assertTrue(same(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), shelling("2024-02-03", "SYRMIL", "SYRREB", ALEPPO)));
  }

  @Test
  void datesFurtherApartThanTheWindowAreTwoEvents() {
    assertFalse(same(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), shelling("2024-02-04", "SYRMIL", "SYRREB", ALEPPO)));
    Linker wide = new Linker(LinkingRules.DEFAULT.withWindowDays(3));
    assertTrue(wide.sameEvent(Linker.Key.of(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), "a", 1),
        Linker.Key.of(shelling("2024-02-04", "SYRMIL", "SYRREB", ALEPPO), "b", 2)));
  }

  @Test
  void aReportMissingOneSideLinksWhenTheOtherSideIsEqual() {
    assertTrue(same(shelling("2024-02-01", "SYRMIL", null, ALEPPO), shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO)));
    assertTrue(same(shelling("2024-02-01", null, "SYRREB", ALEPPO), shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO)));
    assertFalse(same(shelling("2024-02-01", "TURMIL", null, ALEPPO), shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO)));
  }

  @Test
  void differentActorsOrAnotherFamilyOfEventAreNotLinked() {
    assertFalse(same(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), shelling("2024-02-01", "RUSMIL", "SYRREB", ALEPPO)));
    assertFalse(same(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO),
        event("d", 0, "2024-02-01", "SYRMIL", "SYRREB", MEET, ALEPPO, "They met.")));
  }

  @Test
  void citiesMoreThanFiftyKilometresApartAreDifferentPlaces() {
    // Aleppo to Idlib is about 60 km; Aleppo to Damascus about 310 km.
    assertFalse(same(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), shelling("2024-02-01", "SYRMIL", "SYRREB", IDLIB)));
    assertTrue(new Linker(new LinkingRules(2, 80, false, true)).sameEvent(
        Linker.Key.of(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), "a", 1),
        Linker.Key.of(shelling("2024-02-01", "SYRMIL", "SYRREB", IDLIB), "b", 2)));
  }

  @Test
  void aCountryLevelPlaceOrNoPlaceOnlyNeedsTheSameCountry() {
    assertTrue(same(shelling("2024-02-01", "SYRMIL", "SYRREB", SYRIA), shelling("2024-02-01", "SYRMIL", "SYRREB", DAMASCUS)));
    assertTrue(same(shelling("2024-02-01", "SYRMIL", "SYRREB", null), shelling("2024-02-01", "SYRMIL", "SYRREB", DAMASCUS)));
    assertFalse(same(shelling("2024-02-01", "SYRMIL", "SYRREB", Mentions.NAIROBI), shelling("2024-02-01", "SYRMIL", "SYRREB", SYRIA)));
  }

  @Test
  void anActorNamedWithMoreOrLessDetailIsTheSameActorUnlessTheRulesSayExact() {
    Event general = shelling("2024-02-01", "SYR", "SYRREB", ALEPPO);
    Event precise = shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO);
    Event sectorOnly = shelling("2024-02-01", "MIL", "SYRREB", ALEPPO);
    assertTrue(same(general, precise));
    assertTrue(same(sectorOnly, precise));
    assertFalse(same(general, shelling("2024-02-01", "TURMIL", "SYRREB", ALEPPO)));
    Linker exact = new Linker(LinkingRules.DEFAULT.withNestedActors(false));
    assertFalse(exact.sameEvent(Linker.Key.of(general, "a", 1), Linker.Key.of(precise, "b", 2)));
  }

  @Test
  void aMentionWithNoPlaceAndNoCountryLinksOnlyWithinItsOwnArticle() {
    Event here = event("d", 0, "2024-02-01", null, "MIL", SHELL, null, "Shelling killed soldiers.");
    Event there = event("e", 0, "2024-02-01", null, "MIL", SHELL, null, "Shelling killed soldiers.");
    Event sameArticle = event("d", 1, "2024-02-01", "REB", "MIL", SHELL, null, "Rebels shelled soldiers.");
    assertFalse(same(here, there));
    assertTrue(same(here, sameArticle));
  }

  @Test
  void theBestMatchIsTheNearestInTimeThenTheEarliestStored() {
    Linker.Key mention = Linker.Key.of(shelling("2024-02-03", "SYRMIL", "SYRREB", ALEPPO), null, 10);
    Linker.Key older = Linker.Key.of(shelling("2024-02-01", "SYRMIL", "SYRREB", ALEPPO), "s1", 1);
    Linker.Key nearer = Linker.Key.of(shelling("2024-02-02", "SYRMIL", "SYRREB", ALEPPO), "s5", 5);
    Linker.Key twin = Linker.Key.of(shelling("2024-02-02", "SYRMIL", "SYRREB", ALEPPO), "s7", 7);
    assertEquals("s5", linker.bestMatch(mention, List.of(older, twin, nearer)).orElseThrow().storyId());
  }
}
