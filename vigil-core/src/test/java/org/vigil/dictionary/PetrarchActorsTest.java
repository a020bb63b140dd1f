package org.vigil.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.table.TableException;

class PetrarchActorsTest {
  private static PetrarchActors read(String text) {
    PetrarchActors a = new PetrarchActors();
    a.read("test.actors.txt", text);
    return a;
  }

  @Test
  void aNameWithoutTrailingUnderscoreIsAStemAndWithOneAnExactWord() {
    PetrarchActors a = read("ZAROVI [ZRV]\nKELTHAR_ISLES_ [KTI]\n");
    assertEquals(new PetrarchActors.Name("ZAROVI", true), a.entries().get(0).names().get(0));
    assertEquals(new PetrarchActors.Name("KELTHAR ISLES", false), a.entries().get(1).names().get(0));
  }

  @Test
  void synonymsAndCodeLinesBelongToTheEntryAbove() {
    PetrarchActors a = read("<!-- a comment\n spanning lines -->\nBRUNMARK  # a note\n+BRUNMARKER\n\t[BRM]\n");
    PetrarchActors.Entry e = a.entries().get(0);
    assertEquals(List.of("BRUNMARK", "BRUNMARKER"), e.names().stream().map(PetrarchActors.Name::words).toList());
    assertEquals("BRM", e.codes().get(0).code());
  }

  @Test
  void dateRestrictionsComeBeforeTheDefaultAndReadBothYearForms() {
    PetrarchActors a = read("TOLVAN MERRIK\n\t[VELGOV 20100101 - 20121231]\n\t[VEL < 991231]\n\t[VELREB > 130101]\n"
        + "\t[VEL]\n");
    List<PetrarchActors.Code> codes = a.entries().get(0).byPrecedence();
    assertEquals("VELGOV", codes.get(0).code());
    assertEquals(LocalDate.of(2010, 1, 1), codes.get(0).from());
    assertEquals(LocalDate.of(1999, 12, 30), codes.get(1).to());
    assertEquals(LocalDate.of(2013, 1, 2), codes.get(2).from());
    assertEquals("VEL", codes.get(3).code());
  }

  @Test
  void aNullCodeIsKeptAsNoActor() {
    assertNull(read("SIR OSWIN [---]\n").entries().get(0).codes().get(0).code());
  }

  @Test
  void aCodeLineWithoutACodeNamesFileLineAndProblem() {
    TableException e = assertThrows(TableException.class, () -> read("ZAROVIA\n\t[960301-981130]\n"));
    assertTrue(e.getMessage().startsWith("line 2 of test.actors.txt"), e.getMessage());
    assertTrue(e.getMessage().contains("code is missing"), e.getMessage());
  }

  @Test
  void anEntryWithoutAnyCodeIsAnError() {
    TableException e = assertThrows(TableException.class, () -> read("ZAROVIA [ZRV]\nKELTHAR\n"));
    assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("has no code"), e.getMessage());
  }

  @Test
  void anImpossibleDateIsAnError() {
    assertThrows(TableException.class, () -> read("ZAROVIA [ZRV < 991345]\n"));
  }

  @Test
  void theSameNameWithAnotherCodeAtOverlappingDatesIsReported() {
    PetrarchActors a = read("ZAROVIA [ZRV]\nQUENDAR [QND]\nZAROVIA [ZRW]\n");
    assertEquals(1, a.warnings().size());
    assertTrue(a.warnings().get(0).contains("line 3") && a.warnings().get(0).contains("line 1"), a.warnings().get(0));
  }

  @Test
  void theSameNameAtDatesThatDoNotOverlapIsNoConflict() {
    assertFalse(!read("ZAROVIA [ZRV < 900101]\nZAROVIA [ZRW > 900101]\n").warnings().isEmpty());
  }
}
