package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The tagging slips that wreck a parse are mended before the parser sees them. */
class TagRepairTest {
  /** The tagger's tags of the words, mended, are the expected ones (tags separated by spaces). */
  private static void assertRepaired(String expected, String words, String tags) {
    String[] t = tags.split(" ");
    TagRepair.repair(words.split(" "), t);
    assertArrayEquals(expected.split(" "), t, words);
  }

  @Test
  void aNounAfterAnArticleIsNoVerbWhenAVerbFollows() {
    assertRepaired("DT NNPS NN VBD CD NNS", "A Chinese drone killed four rebels", "DT NNPS VBP VBD CD NNS");
    assertRepaired("PRP$ JJ NN VBZ", "their army base is", "PRP$ JJ VBP VBZ");
  }

  @Test
  void aGerundBetweenAnArticleAndOfIsANoun() {
    assertRepaired("DT NN IN DT NN VBD", "The shelling of the port wounded", "DT VBG IN DT NN VBD");
    assertRepaired("VBD VBG IN NNS", "began shelling of positions", "VBD VBG IN NNS");
  }

  @Test
  void aPresentVerbAfterAPluralSubjectStays() {
    assertRepaired("DT NNS VBP NNS", "The rebels attack villages", "DT NNS VBP NNS");
    assertRepaired("DT NNPS VBP VBN", "The Americans have left", "DT NNPS VBP VBN");
    assertRepaired("DT NNPS VBP VBN", "The Chinese have left", "DT NNPS VBP VBN");
    assertRepaired("PRP DT VBP", "they all agree", "PRP DT VBP");
  }

  @Test
  void aPastTenseAfterItsSubjectIsMendedUnlessItNeedsAnObjectItLacks() {
    assertRepaired("NNS VBD IN NNP", "warplanes swept into Homs", "NNS VBN IN NNP");
    assertRepaired("NNS VBD CD NNS", "police arrested 20 protesters", "NNS VBN CD NNS");
    assertRepaired("NN VBN IN NNS", "journalist arrested over posts", "NN VBN IN NNS");
  }

  @Test
  void aPastFormBetweenTwoNounsAfterAVerbIsAParticiple() {
    assertRepaired("VBG NN VBN NNS VBD", "using laser guided bombs killed", "VBG NN VBD NNS VBD");
    assertRepaired("DT NN VBD NNS VBD", "the government feared rebels attacked", "DT NN VBD NNS VBD");
    assertRepaired("IN NN VBD NNS VBD", "after police said rebels attacked", "IN NN VBD NNS VBD");
  }
}
