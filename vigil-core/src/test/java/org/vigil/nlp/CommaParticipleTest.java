package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Participles of saying set off after an object. The sentences are the project's own. */
class CommaParticipleTest {
  @Test
  void aParticipleOfSayingAfterTheObjectTellsHowTheSubjectActed() {
    // Chile recalled its envoy , blaming Peru . ("blaming": an acl of "envoy")
    String[] lemmas = {"Chile", "recall", "its", "envoy", ",", "blame", "Peru", "."};
    String[] tags = {"NNP", "VBD", "PRP$", "NN", ",", "VBG", "NNP", "."};
    int[] heads = {1, -1, 3, 1, 3, 3, 5, 1};
    String[] rels = {"nsubj", "root", "nmod:poss", "obj", "punct", "acl", "obj", "punct"};
    assertEquals(1, CommaParticiple.repair(lemmas, tags, heads, rels));
    assertEquals(1, heads[5]);
    assertEquals("advcl", rels[5]);
  }

  @Test
  void otherParticiplesStayOnTheirNoun() {
    // Troops killed ten rebels , including a commander .
    String[] lemmas = {"troops", "kill", "ten", "rebel", ",", "include", "a", "commander", "."};
    String[] tags = {"NNS", "VBD", "CD", "NNS", ",", "VBG", "DT", "NN", "."};
    int[] heads = {1, -1, 3, 1, 3, 3, 7, 5, 1};
    String[] rels = {"nsubj", "root", "nummod", "obj", "punct", "acl", "det", "obj", "punct"};
    assertEquals(0, CommaParticiple.repair(lemmas, tags, heads, rels));
    assertEquals(3, heads[5]);
  }
}
