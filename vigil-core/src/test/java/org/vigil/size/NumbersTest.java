package org.vigil.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void digitsWithThousandsSeparators() {
    assertEquals(2200, Numbers.parse("2,200"));
  }

  @Test
  void numberWords() {
    assertEquals(20, Numbers.parse("twenty"));
  }

  @Test
  void vagueAmountsUseTheConservativeConvention() {
    assertEquals(20, Numbers.parse("scores"));
    assertEquals(100, Numbers.parse("hundreds"));
    assertEquals(12, Numbers.parse("dozens"));
    assertTrue(Numbers.isVague("Thousands"));
  }

  @Test
  void otherWordsAreNoNumber() {
    assertEquals(-1, Numbers.parse("people"));
  }
}
