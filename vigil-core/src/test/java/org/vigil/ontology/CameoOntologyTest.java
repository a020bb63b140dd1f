package org.vigil.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.model.CameoCode;

class CameoOntologyTest {
  private static final CameoOntology ONTOLOGY = new CameoOntology();
  private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  @Test
  void everyRootIsKnownWithItsQuadClass() {
    for (int r = 1; r <= 20; r++) {
      CameoCode c = ONTOLOGY.lookup(String.format("%02d", r));
      int quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
      assertEquals(quad, c.quadClass(), "root " + r);
    }
  }

  @Test
  void aPlainStatementHasNoPloverTypeRatherThanAnEmptyOne() {
    assertNull(ONTOLOGY.lookup("010").ploverType());
    assertNull(ONTOLOGY.lookup("010").ploverMode());
    assertEquals("ACCUSE", ONTOLOGY.lookup("012").ploverType());
  }

  @Test
  void everyCodeBeyondStatementsHasAPloverType() {
    for (int r = 2; r <= 20; r++) {
      String t = ONTOLOGY.lookup(String.format("%02d0", r)).ploverType();
      assertTrue(PLOVER.contains(t), "root " + r + " has " + t);
    }
  }

  @Test
  void warCrimesAccusationIsVerbalConflict() {
    CameoCode c = ONTOLOGY.lookup("1124");
    assertEquals("11", c.root());
    assertEquals(3, c.quadClass());
    assertTrue(c.goldstein() < 0);
  }

  @Test
  void anUnknownSubCodeFallsBackToItsParent() {
    assertEquals(ONTOLOGY.lookup("112").goldstein(), ONTOLOGY.lookup("1129").goldstein());
  }

  @Test
  void aCodeUnknownToCameoIsAUserCodeWithTheQuadClassOfItsRoot() {
    CameoCode c = ONTOLOGY.lookup("903");
    assertEquals("user code", c.name());
    assertEquals(0, c.quadClass());
    assertEquals(0.0, c.goldstein());
    assertEquals(null, c.ploverType());
    assertEquals("user code", ONTOLOGY.lookup("0x7").name());
  }
}
