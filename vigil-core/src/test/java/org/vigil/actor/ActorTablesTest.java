package org.vigil.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.table.TsvTable;

class ActorTablesTest {
  @Test
  void everyUnMemberIsInTheCountryTable() {
    Set<String> codes = new HashSet<>();
    TsvTable.resource(ActorLexicon.class, "countries.tsv").rows().forEach(r -> codes.add(r.get("iso3")));
    assertTrue(codes.size() >= 195, "countries: " + codes.size());
    for (String c : new String[] {"SYR", "FRA", "USA", "PSE", "XKX", "TWN", "SSD", "TLS", "VAT"}) {
      assertTrue(codes.contains(c), c);
    }
  }

  @Test
  void officeHoldersHaveDatesThatParseAndDoNotRunBackwards() {
    for (TsvTable.Row r : TsvTable.resource(ActorLexicon.class, "people.tsv").rows()) {
      String start = r.get("start");
      String end = r.get("end");
      if (!end.isEmpty()) {
        assertTrue(start.compareTo(end) <= 0, "line " + r.line() + ": " + start + " after " + end);
      }
    }
  }

  @Test
  void sectorCodesAreThreeCapitals() {
    SectorLexicon s = new SectorLexicon();
    assertEquals(java.util.List.of("COP", "MIL"), s.lookup("security forces"));
    assertEquals(java.util.List.of("REB"), s.lookup("rebels"));
  }
}
