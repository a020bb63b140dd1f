package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Who" clauses after a comma that the parser hung on the verb. The sentences are the project's own. */
class CommaRelativeTest {
  @Test
  void aWhoClauseAfterACommaDescribesThePersonBeforeIt() {
    // Students pelted guards outside the ministry , who replied with batons .
    String[] words = {"Students", "pelted", "guards", "outside", "the", "ministry", ",", "who", "replied", "with",
        "batons", "."};
    String[] tags = {"NNS", "VBD", "NNS", "IN", "DT", "NN", ",", "WP", "VBD", "IN", "NNS", "."};
    int[] heads = {1, -1, 1, 5, 5, 2, 1, 8, 1, 10, 8, 1};
    String[] rels = {"nsubj", "root", "obj", "case", "det", "nmod", "punct", "nsubj", "ccomp", "case", "obl", "punct"};
    assertEquals(1, CommaRelative.repair(words, tags, heads, rels));
    assertEquals(2, heads[8]); // the guards replied, not the ministry
    assertEquals("acl:relcl", rels[8]);
  }

  @Test
  void anEmbeddedQuestionStaysAComplement() {
    // Officials asked who fired first .
    String[] words = {"Officials", "asked", "who", "fired", "first", "."};
    String[] tags = {"NNS", "VBD", "WP", "VBD", "RB", "."};
    int[] heads = {1, -1, 3, 1, 3, 1};
    String[] rels = {"nsubj", "root", "nsubj", "ccomp", "advmod", "punct"};
    assertEquals(0, CommaRelative.repair(words, tags, heads, rels));
    assertEquals(1, heads[3]);
  }
}
