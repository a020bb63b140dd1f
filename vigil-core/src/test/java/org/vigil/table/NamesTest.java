package org.vigil.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One key for the spellings of one name. */
class NamesTest {
  @Test
  void hyphensUnderscoresCaseAndAccentsDoNotMatter() {
    assertEquals("al assad", Names.key("Al-Assad"));
    assertEquals("port said", Names.key("PORT_SAID"));
    assertEquals("juppe", Names.key("Juppé"));
  }
}
