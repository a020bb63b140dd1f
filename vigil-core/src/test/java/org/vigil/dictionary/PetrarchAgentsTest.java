package org.vigil.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.table.TableException;

class PetrarchAgentsTest {
  private static List<String> phrases(PetrarchAgents a) {
    return a.agents().stream().map(PetrarchAgents.Agent::phrase).toList();
  }

  @Test
  void aNounWithoutBracesGetsItsRegularPlural() {
    PetrarchAgents a = new PetrarchAgents();
    a.read("t.agents.txt", "HARBOUR_WARDEN [~COP]\nCANAL AUTHORITY [~GOV]\n");
    assertEquals(List.of("harbour warden", "harbour wardens", "canal authority", "canal authorities"), phrases(a));
    assertEquals("COP", a.agents().get(0).sectors());
  }

  @Test
  void emptyBracesFormNoPluralAndListedOnesAreUsedAsGiven() {
    PetrarchAgents a = new PetrarchAgents();
    a.read("t.agents.txt", "GUILD {} [~BUS]\nSILVER_OX {SILVER_OXEN} [~AGR]\n");
    assertEquals(List.of("guild", "silver ox", "silver oxen"), phrases(a));
  }

  @Test
  void aTildeAfterTheCodeMakesItAPrefix() {
    PetrarchAgents a = new PetrarchAgents();
    a.read("t.agents.txt", "LANTERN SOCIETY [ NGO~]\n");
    assertTrue(a.agents().get(0).prefix());
    assertEquals("NGO", a.agents().get(0).sectors());
  }

  @Test
  void macrosAreSubstitutedInsideNouns() {
    PetrarchAgents a = new PetrarchAgents();
    a.read("t.agents.txt", "!KEEPER! = KEEPER, KEEPERS\nLIGHT!KEEPER! {} [~MIL]\n");
    assertEquals(List.of("lightkeeper", "lightkeepers"), phrases(a));
  }

  @Test
  void aSectorWithoutTildeIsAnError() {
    PetrarchAgents a = new PetrarchAgents();
    TableException e = assertThrows(TableException.class, () -> a.read("t.agents.txt", "\nWARDEN [COP]\n"));
    assertTrue(e.getMessage().startsWith("line 2 of t.agents.txt"), e.getMessage());
  }

  @Test
  void anUndefinedMacroIsAnError() {
    assertThrows(TableException.class, () -> new PetrarchAgents().read("t.agents.txt", "SEA!CREW! [~MIL]\n"));
  }
}
