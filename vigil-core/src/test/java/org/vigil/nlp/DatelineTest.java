package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wire datelines are set apart from the sentence they open. The sentences are the project's own. */
class DatelineTest {
  /** Words as written; a word starting with "~" is glued to the one before it ("NATO ~- ~Russia"). */
  private static int length(String... words) {
    List<String> plain = new java.util.ArrayList<>();
    List<Boolean> spaced = new java.util.ArrayList<>();
    for (String w : words) {
      plain.add(w.startsWith("~") ? w.substring(1) : w);
      spaced.add(!w.startsWith("~"));
    }
    return Dateline.length(plain, spaced);
  }

  @Test
  void aCityInCapitalsBeforeAColonIsADateline() {
    assertEquals(2, length("LIMA", "~:", "Peruvian", "police", "arrested", "two", "men", "."));
  }

  @Test
  void aCityWithStateAndAgencyBeforeADashIsADateline() {
    assertEquals(8, length("SPRING", "HILL", "~,", "Tenn.", "(", "~AP", "~)", "--", "A", "man", "was", "shot", "."));
  }

  @Test
  void aDatelineWithADateAndAHyphenatedAgencyIsADateline() {
    assertEquals(12, length("Santa", "Rosa", "~,", "3", "Nov", "91", "(", "~ACAN", "~-", "~EFE", "~)", "--", "Two", "soldiers",
        "were", "killed", "."), "up to and including the dash");
  }

  @Test
  void anAgencyAloneIsADateline() {
    assertEquals(4, length("(", "~Reuters", "~)", "-", "The", "army", "shelled", "the", "town", "."));
  }

  @Test
  void ordinaryWordsBeforeAColonAreNone() {
    assertEquals(0, length("The", "minister", "said", ":", "we", "will", "not", "resign", "."));
    assertEquals(0, length("Peru", ":", "the", "army", "shelled", "the", "town", "."), "no capitals, no agency");
  }

  @Test
  void aDatelineNeedsASentenceAfterIt() {
    assertEquals(0, length("LIMA", "~:", "Monday", "~."));
  }

  @Test
  void aDashJoiningWordsIsNoDatelinesEnd() {
    assertEquals(0, length("NATO", "~-", "~Russia", "talks", "resumed", "in", "Brussels", "."));
    assertEquals(0, length("U.S.", "-", "Chile", "talks", "resumed", "in", "Lima", "."), "no city in capitals");
  }
}
