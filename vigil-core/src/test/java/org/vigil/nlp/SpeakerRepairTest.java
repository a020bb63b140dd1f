package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeakerRepairTest {
  // The parser's tree of: "We will stay," warned the minister .
  private static final String[] WORDS = {"\"", "We", "will", "stay", ",", "\"", "warned", "the", "minister", "."};
  private static final String[] LEMMAS = {"\"", "we", "will", "stay", ",", "\"", "warn", "the", "minister", "."};
  private static final String[] TAGS = {"``", "PRP", "MD", "VB", ",", "''", "VBD", "DT", "NN", "."};

  @Test
  void theNounAfterASpeechVerbThatFollowsAQuoteIsTheSpeaker() {
    int[] heads = {3, 3, 3, -1, 3, 3, 3, 8, 6, 3};
    String[] rels = {"punct", "nsubj", "aux", "root", "punct", "punct", "dep", "det", "obj", "punct"};
    assertEquals(1, SpeakerRepair.repair(WORDS, LEMMAS, TAGS, heads, rels));
    assertEquals("nsubj", rels[8]);
    assertEquals("parataxis", rels[6], "the speech verb tags the quote");
    assertArrayEquals(new int[] {3, 3, 3, -1, 3, 3, 3, 8, 6, 3}, heads, "no head moves");
  }

  @Test
  void aSpeechVerbWithoutAQuoteBeforeItKeepsItsObject() {
    // He warned the minister .
    String[] words = {"He", "warned", "the", "minister", "."};
    String[] lemmas = {"he", "warn", "the", "minister", "."};
    String[] tags = {"PRP", "VBD", "DT", "NN", "."};
    int[] heads = {1, -1, 3, 1, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "punct"};
    assertEquals(0, SpeakerRepair.repair(words, lemmas, tags, heads, rels));
    assertEquals("obj", rels[3]);
  }

  @Test
  void toldAfterAQuoteNamesTheHearerNotTheSpeaker() {
    // "We will stay," told the minister . (not English; "told" keeps its object)
    String[] lemmas = LEMMAS.clone();
    lemmas[6] = "tell";
    int[] heads = {3, 3, 3, -1, 3, 3, 3, 8, 6, 3};
    String[] rels = {"punct", "nsubj", "aux", "root", "punct", "punct", "dep", "det", "obj", "punct"};
    assertEquals(0, SpeakerRepair.repair(WORDS, lemmas, TAGS, heads, rels));
  }

  @Test
  void aSubjectTheParserFoundInsideTheQuoteGivesWayToTheNamedSpeaker() {
    // "Talks matter," said Prime Minister Diaz . (the parser made "Talks" the subject of "said")
    String[] words = {"\"", "Talks", "matter", ",", "\"", "said", "Prime", "Minister", "Diaz", "."};
    String[] lemmas = {"\"", "talk", "matter", ",", "\"", "say", "Prime", "Minister", "Diaz", "."};
    String[] tags = {"``", "NNS", "VBP", ",", "''", "VBD", "NNP", "NNP", "NNP", "."};
    int[] heads = {2, 5, 5, 5, 5, -1, 7, 8, 5, 5};
    String[] rels = {"punct", "nsubj", "ccomp", "punct", "punct", "root", "compound", "compound", "obj", "punct"};
    assertEquals(1, SpeakerRepair.repair(words, lemmas, tags, heads, rels));
    assertEquals("nsubj", rels[8], "titles before the name hang under it, the name still speaks");
    assertEquals("dep", rels[1]);
  }

  @Test
  void aVerbThatAlreadyHasItsSubjectIsLeftAlone() {
    // "We will stay," the minister warned reporters .
    String[] words = {"\"", "We", "will", "stay", ",", "\"", "the", "minister", "warned", "reporters", "."};
    String[] lemmas = {"\"", "we", "will", "stay", ",", "\"", "the", "minister", "warn", "reporter", "."};
    String[] tags = {"``", "PRP", "MD", "VB", ",", "''", "DT", "NN", "VBD", "NNS", "."};
    int[] heads = {3, 3, 3, -1, 3, 3, 7, 8, 3, 8, 3};
    String[] rels = {"punct", "nsubj", "aux", "root", "punct", "punct", "det", "nsubj", "parataxis", "obj", "punct"};
    assertEquals(0, SpeakerRepair.repair(words, lemmas, tags, heads, rels));
    assertEquals("obj", rels[9]);
  }

  @Test
  void aSubjectFromInsideTheQuoteIsNotTheSpeaker() {
    // " Some fees may rise , but that is the aim , " Ortiz said .  (parsed with "fees" a subject of "said")
    String[] words = {"\"", "Some", "fees", "may", "rise", ",", "but", "that", "is", "the", "aim", ",", "\"", "Ortiz",
        "said", "."};
    String[] lemmas = {"\"", "some", "fee", "may", "rise", ",", "but", "that", "be", "the", "aim", ",", "\"", "Ortiz",
        "say", "."};
    String[] tags = {"``", "DT", "NNS", "MD", "VB", ",", "CC", "DT", "VBZ", "DT", "NN", ",", "''", "NNP", "VBD", "."};
    int[] heads = {14, 2, 14, 4, 2, 14, 10, 10, 10, 10, 4, 14, 14, 14, -1, 14};
    String[] rels = {"punct", "det", "nsubj", "aux", "acl:relcl", "punct", "cc", "nsubj", "cop", "det", "conj", "punct",
        "punct", "nsubj", "root", "punct"};
    assertEquals(1, SpeakerRepair.quotedSubject(words, lemmas, tags, heads, rels));
    assertEquals("dep", rels[2]);
    assertEquals("nsubj", rels[13]);
    // without a quote between them, two subjects are left to the other repairs
    words[12] = ",";
    rels[2] = "nsubj";
    assertEquals(0, SpeakerRepair.quotedSubject(words, lemmas, tags, heads, rels));
  }
}
