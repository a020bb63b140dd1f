package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GeoNames' first-level regions are places, under the names news gives them. */
class GazetteerTest {
  private static final Gazetteer GAZETTEER = new Gazetteer();

  private static boolean region(String name, String iso3) {
    return GAZETTEER.candidates(name).stream()
        .anyMatch(p -> p.precision().equals("admin1") && p.country().equals(iso3));
  }

  @Test
  void aRegionIsFoundByItsBareNameAndWithItsNoun() {
    assertTrue(region("Huila", "COL"));
    assertTrue(region("Huila department", "COL"));
    assertTrue(region("Alta Verapaz", "GTM"));
    assertTrue(region("Corsica", "FRA"));
  }

  @Test
  void aRegionNamedByACommonWordNeedsItsNoun() {
    assertFalse(GAZETTEER.candidates("Centre").stream().anyMatch(p -> p.precision().equals("admin1")));
    assertFalse(GAZETTEER.candidates("East").stream().anyMatch(p -> p.precision().equals("admin1")));
  }

  @Test
  void anAirportCodeIsNoNameOfItsCity() {
    assertFalse(GAZETTEER.candidates("Sea").stream().anyMatch(p -> p.name().equals("Seattle")));
    assertFalse(GAZETTEER.candidates("Mao").stream().anyMatch(p -> p.name().equals("Manaus")));
    assertTrue(GAZETTEER.candidates("Seattle").stream().anyMatch(p -> p.country().equals("USA")));
  }
}
