package org.vigil.dictionary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PetrarchDiscardsTest {
  @Test
  void aPlusPhraseDiscardsTheStoryAndOthersOnlyTheirSentence() {
    PetrarchDiscards d = new PetrarchDiscards();
    d.read("t.discards.txt", "+HAILSTORM\nCROQUET CUP  # sport\n");
    assertTrue(d.discardsStory("A hailstorm hit Zarovia."));
    assertFalse(d.discardsStory("Zarovia won the croquet  cup."));
    assertTrue(d.discardsSentence("Zarovia won the Croquet Cup."));
    assertFalse(d.discardsSentence("Zarovia won the croquet cups."));
  }
}
