package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A second verb of saying coordinated inside the first one's clause. The sentences are the project's own. */
class SecondSayingTest {
  @Test
  void aSecondSayingWithoutSubjectJoinsTheFirst() {
    // 0 She 1 noted 2 that 3 wages 4 fell 5 , 6 and 7 added 8 that 9 rents 10 rose 11 .
    String[] lemmas = {"she", "note", "that", "wage", "fall", ",", "and", "add", "that", "rent", "rise", "."};
    String[] tags = {"PRP", "VBD", "IN", "NNS", "VBD", ",", "CC", "VBD", "IN", "NNS", "VBD", "."};
    int[] heads = {1, -1, 4, 4, 1, 4, 7, 4, 10, 10, 7, 1};
    String[] rels = {"nsubj", "root", "mark", "nsubj", "ccomp", "punct", "cc", "conj", "mark", "nsubj", "ccomp",
        "punct"};
    assertEquals(1, SecondSaying.repair(lemmas, lemmas, tags, heads, rels));
    assertEquals(1, heads[7]);
    assertEquals("conj", rels[7]);
  }

  @Test
  void aReportedSayingOrOneWithItsOwnSubjectStays() {
    // 0 She 1 said 2 the 3 mayor 4 resigned 5 and 6 he 7 said 8 that 9 rents 10 rose 11 .
    String[] lemmas = {"she", "say", "the", "mayor", "resign", "and", "he", "say", "that", "rent", "rise", "."};
    String[] tags = {"PRP", "VBD", "DT", "NN", "VBD", "CC", "PRP", "VBD", "IN", "NNS", "VBD", "."};
    int[] heads = {1, -1, 3, 4, 1, 7, 7, 4, 10, 10, 7, 1};
    String[] rels = {"nsubj", "root", "det", "nsubj", "ccomp", "cc", "nsubj", "conj", "mark", "nsubj", "ccomp",
        "punct"};
    assertEquals(0, SecondSaying.repair(lemmas, lemmas, tags, heads, rels));
    assertEquals(4, heads[7]);
    // 0 She 1 said 2 the 3 mayor 4 denied 5 it 6 and 7 added 8 that 9 rents 10 rose 11 .: the mayor may have added it
    String[] lemmas2 = {"she", "say", "the", "mayor", "deny", "it", "and", "add", "that", "rent", "rise", "."};
    String[] tags2 = {"PRP", "VBD", "DT", "NN", "VBD", "PRP", "CC", "VBD", "IN", "NNS", "VBD", "."};
    int[] heads2 = {1, -1, 3, 4, 1, 4, 7, 4, 10, 10, 7, 1};
    String[] rels2 = {"nsubj", "root", "det", "nsubj", "ccomp", "obj", "cc", "conj", "mark", "nsubj", "ccomp",
        "punct"};
    assertEquals(0, SecondSaying.repair(lemmas2, lemmas2, tags2, heads2, rels2));
  }
}
