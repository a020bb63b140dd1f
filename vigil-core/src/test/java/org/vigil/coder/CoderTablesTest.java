package org.vigil.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The coder's word lists and code mappings are reviewed tables, read once and checked as they are read. */
class CoderTablesTest {
  @Test
  void theCodersListsAreRead() {
    assertTrue(EventCoder.OWN_TRIGGERS.contains("explode"));
    assertTrue(EventCoder.SPEECH.contains("say"));
  }

  @Test
  void anIntendedActIsItsOwnIntentAsSpecificAsTheTableHasIt() {
    assertEquals("0353", EventCoder.intent("0841"), "to release someone");
    assertEquals("0313", EventCoder.intent("0631"), "a three-digit row covers its four-digit codes");
    assertEquals("036", EventCoder.intent("042"), "an act without its own row takes its root's");
    assertEquals("039", EventCoder.intent("045"));
    assertEquals("138", EventCoder.intent("190"), "intended force is a threat of force");
    assertEquals("010", EventCoder.intent("010"), "a statement keeps its code");
    assertEquals("111", EventCoder.intent("111"), "a stated disapproval is itself one");
    assertEquals("030", EventCoder.intent("090"), "other cooperation with no row is plain intent");
    assertEquals("1312", EventCoder.intent("163"), "intended sanctions are threatened sanctions");
    assertEquals("1323", EventCoder.intent("1723"), "a four-digit row wins over its three-digit one");
    assertEquals("132", EventCoder.intent("1725"));
  }

  @Test
  void aRefusedActIsItsOwnRejectionAsSpecificAsTheTableHasIt() {
    assertEquals("1243", EventCoder.refusal("0841"));
    assertEquals("126", EventCoder.refusal("045"), "refusing mediation");
    assertEquals("121", EventCoder.refusal("0631"), "an empty cell falls back to the root's row");
    assertEquals("125", EventCoder.refusal("040"));
    assertEquals("120", EventCoder.refusal("057"));
    assertEquals("120", EventCoder.refusal("190"), "an act with no row is a plain rejection");
  }

  @Test
  void anAppealOrDemandTakesTheSubCodeOfWhatItAsksFor() {
    assertEquals("026", EventCoder.appeal("020", "040"), "an appeal to meet");
    assertEquals("1053", EventCoder.appeal("100", "0841"), "a demand to release someone");
    assertEquals("025", EventCoder.appeal("020", "0831"), "reform has no appeal of its own: the root's row");
    assertEquals("028", EventCoder.appeal("020", "045"));
    assertEquals("100", EventCoder.appeal("100", "190"), "an act with no row leaves the demand as it is");
  }
}
