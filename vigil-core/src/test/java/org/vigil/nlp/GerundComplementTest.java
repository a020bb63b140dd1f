package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Gerunds after a verb. The sentences are the project's own. */
class GerundComplementTest {
  @Test
  void aGerundHungOnTheVerbBeforeItIsItsComplement() {
    // Lima is weighing expelling the envoy .
    String[] tags = {"NNP", "VBZ", "VBG", "VBG", "DT", "NN", "."};
    int[] heads = {2, 2, -1, 2, 5, 3, 2};
    String[] rels = {"nsubj", "aux", "root", "acl", "det", "obj", "punct"};
    assertEquals(1, GerundComplement.repair(tags, heads, rels));
    assertEquals("xcomp", rels[3]);
  }

  @Test
  void aGerundOnANounStaysItsModifier() {
    // Troops guarding the border fired .
    String[] tags = {"NNS", "VBG", "DT", "NN", "VBD", "."};
    int[] heads = {4, 0, 3, 1, -1, 4};
    String[] rels = {"nsubj", "acl", "det", "obj", "root", "punct"};
    assertEquals(0, GerundComplement.repair(tags, heads, rels));
    assertEquals("acl", rels[1]);
  }
}
