package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The tagging slips that wreck a parse are mended before the parser sees them. */
class TagRepairTest {
  private static String[] repaired(String words, String tags) {
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    TagRepair.repair(w, t);
    return t;
  }

  @Test
  void aNounAfterAnArticleIsNoVerbWhenAVerbFollows() {
    assertArrayEquals("DT NNPS NN VBD CD NNS".split(" "),
        repaired("A Chinese drone killed four rebels", "DT NNPS VBP VBD CD NNS"));
    assertArrayEquals("PRP$ JJ NN VBZ".split(" "), repaired("their army base is", "PRP$ JJ VBP VBZ"));
  }

  @Test
  void aPresentVerbAfterAPluralSubjectStays() {
    assertArrayEquals("DT NNS VBP NNS".split(" "), repaired("The rebels attack villages", "DT NNS VBP NNS"));
    assertArrayEquals("DT NNPS VBP VBN".split(" "), repaired("The Americans have left", "DT NNPS VBP VBN"));
    assertArrayEquals("DT NNPS VBP VBN".split(" "), repaired("The Chinese have left", "DT NNPS VBP VBN"));
    assertArrayEquals("PRP DT VBP".split(" "), repaired("they all agree", "PRP DT VBP"));
  }

  @Test
  void aPastTenseAfterItsSubjectIsMendedUnlessItNeedsAnObjectItLacks() {
    assertArrayEquals("NNS VBD IN NNP".split(" "), repaired("warplanes swept into Homs", "NNS VBN IN NNP"));
    assertArrayEquals("NNS VBD CD NNS".split(" "), repaired("police arrested 20 protesters", "NNS VBN CD NNS"));
    assertArrayEquals("NN VBN IN NNS".split(" "), repaired("journalist arrested over posts", "NN VBN IN NNS"));
  }
}
