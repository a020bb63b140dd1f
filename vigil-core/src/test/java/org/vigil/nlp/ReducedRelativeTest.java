package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReducedRelativeTest {
  @Test
  void aParticipleWithItsAgentOnTheSubjectLeavesTheMainVerbToTheSentence() {
    // The parser's tree of: Rebels backed by Chad seized the town .
    String[] words = {"Rebels", "backed", "by", "Chad", "seized", "the", "town", "."};
    String[] tags = {"NNS", "VBN", "IN", "NNP", "VBD", "DT", "NN", "."};
    int[] heads = {1, -1, 3, 1, 1, 6, 4, 1};
    String[] rels = {"nsubj", "root", "case", "obl", "dep", "det", "obj", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {4, 0, 3, 1, -1, 6, 4, 4}, heads);
    assertArrayEquals(new String[] {"nsubj", "acl", "case", "obl", "root", "det", "obj", "punct"}, rels);
  }

  @Test
  void aPastFormHungOnANounWithNoSubjectOfItsOwnIsAParticipleOnIt() {
    // The blast left six guards killed . (parser: "killed" VBD, an unlabelled dependent of "guards")
    String[] words = {"The", "blast", "left", "six", "guards", "killed", "."};
    String[] tags = {"DT", "NN", "VBD", "CD", "NNS", "VBD", "."};
    int[] heads = {1, 2, -1, 4, 2, 4, 2};
    String[] rels = {"det", "nsubj", "root", "nummod", "obj", "dep", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals("acl", rels[5]);
    assertEquals("VBN", tags[5]);
  }

  @Test
  void theSameWhenTheParserMadeTheParticipleAClausalSubject() {
    // Police backed by soldiers surrounded the hotel .
    String[] words = {"Police", "backed", "by", "soldiers", "surrounded", "the", "hotel", "."};
    String[] tags = {"NNS", "VBN", "IN", "NNS", "VBD", "DT", "NN", "."};
    int[] heads = {1, 4, 3, 1, -1, 6, 4, 4};
    String[] rels = {"nsubj", "csubj", "case", "obl", "root", "det", "obj", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {4, 0, 3, 1, -1, 6, 4, 4}, heads);
    assertArrayEquals(new String[] {"nsubj", "acl", "case", "obl", "root", "det", "obj", "punct"}, rels);
  }

  @Test
  void aParticipleTaggedAsAPastTenseBeforeAPassiveIsMendedToo() {
    // Hostages held by rebels were freed . (tagger: "held" VBD; parser: clausal subject of "freed")
    String[] words = {"Hostages", "held", "by", "rebels", "were", "freed", "."};
    String[] tags = {"NNS", "VBD", "IN", "NNS", "VBD", "VBN", "."};
    int[] heads = {1, 5, 3, 1, 5, -1, 5};
    String[] rels = {"nsubj", "csubj:pass", "case", "obl", "aux:pass", "root", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {5, 0, 3, 1, 5, -1, 5}, heads);
    assertArrayEquals(new String[] {"nsubj:pass", "acl", "case", "obl", "aux:pass", "root", "punct"}, rels);
    assertEquals("VBN", tags[1]);
  }

  @Test
  void aPastTenseRootBeforeAPassiveWithItsAuxiliaryIsAParticiple() {
    // Hostages held by rebels were freed . (tagger: "held" VBD; parser: root "held", "freed" a dependent)
    String[] words = {"Hostages", "held", "by", "rebels", "were", "freed", "."};
    String[] tags = {"NNS", "VBD", "IN", "NNS", "VBD", "VBN", "."};
    int[] heads = {1, -1, 3, 1, 5, 1, 1};
    String[] rels = {"nsubj", "root", "case", "obl", "aux:pass", "dep", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {5, 0, 3, 1, 5, -1, 5}, heads);
    assertEquals("acl", rels[1]);
    assertEquals("root", rels[5]);
  }

  @Test
  void aPastTenseWithAFiniteVerbAfterItKeepsItsSentence() {
    // Troops held the town by force , officials said . ("said" is finite but has no auxiliary)
    String[] words = {"Troops", "held", "the", "town", "by", "force", ",", "officials", "said", "."};
    String[] tags = {"NNS", "VBD", "DT", "NN", "IN", "NN", ",", "NNS", "VBD", "."};
    int[] heads = {1, -1, 3, 1, 5, 1, 1, 8, 1, 1};
    String[] rels = {"nsubj", "root", "det", "obj", "case", "obl", "punct", "nsubj", "parataxis", "punct"};
    assertEquals(0, ReducedRelative.repair(words, tags, heads, rels));
  }

  @Test
  void aPassiveWithItsAuxiliaryIsTheMainVerb() {
    // Rebels were backed by Chad , officials said .
    String[] words = {"Rebels", "were", "backed", "by", "Chad", ",", "officials", "said", "."};
    String[] tags = {"NNS", "VBD", "VBN", "IN", "NNP", ",", "NNS", "VBD", "."};
    int[] heads = {2, 2, -1, 4, 2, 2, 7, 2, 2};
    String[] rels = {"nsubj:pass", "aux:pass", "root", "case", "obl", "punct", "nsubj", "parataxis", "punct"};
    assertEquals(0, ReducedRelative.repair(words, tags, heads, rels));
  }

  @Test
  void withoutAnAgentTheParticipleMayWellBeTheVerb() {
    // Troops arrested six , seized weapons . (a past tense the tagger read as a participle)
    String[] words = {"Troops", "arrested", "six", ",", "seized", "weapons", "."};
    String[] tags = {"NNS", "VBN", "CD", ",", "VBD", "NNS", "."};
    int[] heads = {1, -1, 1, 1, 1, 4, 1};
    String[] rels = {"nsubj", "root", "obj", "punct", "dep", "obj", "punct"};
    assertEquals(0, ReducedRelative.repair(words, tags, heads, rels));
  }

  @Test
  void aFormThatIsOnlyAParticipleNeedsNoAgentToModifyTheSubject() {
    // Guards died when a bomb hidden in a van blew up . (tagger: "hidden" VBD; parser: "blew" under it)
    String[] words = {"Guards", "died", "when", "a", "bomb", "hidden", "in", "a", "van", "blew", "up", "."};
    String[] tags = {"NNS", "VBD", "WRB", "DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "RP", "."};
    int[] heads = {1, -1, 5, 4, 5, 1, 8, 8, 5, 5, 9, 1};
    String[] rels = {"nsubj", "root", "advmod", "det", "nsubj", "advcl", "case", "det", "obl", "dep",
        "compound:prt", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {1, -1, 9, 4, 9, 4, 8, 8, 5, 1, 9, 1}, heads);
    assertEquals("advcl", rels[9]);
    assertEquals("acl", rels[5]);
  }

  @Test
  void aParticipleHungOnTheVerbRightAfterItsObjectNounIsAParticipleOnTheNoun() {
    // Police said they found all the cars stolen last week . ("stolen": a dependent of "found")
    String[] words = {"Police", "said", "they", "found", "all", "the", "cars", "stolen", "last", "week", "."};
    String[] tags = {"NNS", "VBD", "PRP", "VBD", "PDT", "DT", "NNS", "VBN", "JJ", "NN", "."};
    int[] heads = {1, -1, 3, 1, 6, 6, 3, 3, 9, 7, 1};
    String[] rels = {"nsubj", "root", "nsubj", "ccomp", "det:predet", "det", "obj", "dep", "amod", "obl:tmod", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals(6, heads[7]);
    assertEquals("acl", rels[7]);
  }

  @Test
  void aBareParticipleHasNoSubjectSoTheNounTheParserGaveItIsTheVerbsObject() {
    // Troops said they had freed all the workers seized last month . ("workers": subject of "seized")
    String[] words = {"Troops", "said", "they", "had", "freed", "all", "the", "workers", "seized", "last", "month", "."};
    String[] tags = {"NNS", "VBD", "PRP", "VBD", "VBN", "PDT", "DT", "NNS", "VBN", "JJ", "NN", "."};
    int[] heads = {1, -1, 4, 4, 1, 7, 7, 8, 4, 10, 8, 1};
    String[] rels = {"nsubj", "root", "nsubj", "aux", "ccomp", "det:predet", "det", "nsubj", "dep", "amod", "obl:tmod",
        "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals(4, heads[7]);
    assertEquals("obj", rels[7]);
    assertEquals(7, heads[8]);
    assertEquals("acl", rels[8]);
  }

  @Test
  void aParticipleTheParserTookForAnAdverbIsAParticipleOnTheNounBeforeIt() {
    // Chile and Peru agreed to resume border talks frozen since 2018 . ("frozen": an advmod of "resume")
    String[] words = {"Chile", "and", "Peru", "agreed", "to", "resume", "border", "talks", "frozen", "since", "2018", "."};
    String[] tags = {"NNP", "CC", "NNP", "VBD", "TO", "VB", "NN", "NNS", "VBN", "IN", "CD", "."};
    int[] heads = {3, 2, 0, -1, 5, 3, 7, 5, 5, 10, 8, 3};
    String[] rels = {"nsubj", "cc", "conj", "root", "mark", "xcomp", "compound", "obj", "advmod", "case", "obl", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals(7, heads[8]);
    assertEquals("acl", rels[8]);
  }

  @Test
  void aPastFormOnABombIsAParticipleAndTheVerbHungOnItsPhraseIsTheSentences() {
    // A bomb planted in a van exploded in Kano . ("exploded": an acl of "van")
    String[] words = {"A", "bomb", "planted", "in", "a", "van", "exploded", "in", "Kano", "."};
    String[] tags = {"DT", "NN", "VBD", "IN", "DT", "NN", "VBD", "IN", "NNP", "."};
    int[] heads = {1, 2, -1, 5, 5, 2, 5, 8, 6, 2};
    String[] rels = {"det", "nsubj", "root", "case", "det", "obl", "acl", "case", "obl", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals(-1, heads[6]);
    assertEquals("root", rels[6]);
    assertEquals(6, heads[1]);
    assertEquals(1, heads[2]);
    assertEquals("acl", rels[2]);
  }

  @Test
  void aPastFormOfAnObjectTakingVerbWithNoObjectAfterAnObjectIsAParticipleOnIt() {
    // Troops freed three nurses abducted in May . (parser: "abducted" VBD, a clause with "nurses" its subject)
    String[] words = {"Troops", "freed", "three", "nurses", "abducted", "in", "May", "."};
    String[] tags = {"NNS", "VBD", "CD", "NNS", "VBD", "IN", "NNP", "."};
    int[] heads = {1, -1, 3, 4, 1, 6, 4, 1};
    String[] rels = {"nsubj", "root", "nummod", "nsubj", "ccomp", "case", "obl", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertArrayEquals(new int[] {1, -1, 3, 1, 3, 6, 4, 1}, heads);
    assertEquals("obj", rels[3]);
    assertEquals("acl", rels[4]);
    assertEquals("VBN", tags[4]);
  }

  @Test
  void aReportedClauseWithItsOwnObjectOrAnIntransitiveVerbStays() {
    // Officials said rebels killed two guards . / Officials said troops withdrew .
    String[] words = {"Officials", "said", "rebels", "killed", "two", "guards", "."};
    String[] tags = {"NNS", "VBD", "NNS", "VBD", "CD", "NNS", "."};
    int[] heads = {1, -1, 3, 1, 5, 3, 1};
    String[] rels = {"nsubj", "root", "nsubj", "ccomp", "nummod", "obj", "punct"};
    assertEquals(0, ReducedRelative.repair(words, tags, heads, rels));
    String[] words2 = {"Officials", "said", "troops", "withdrew", "."};
    String[] tags2 = {"NNS", "VBD", "NNS", "VBD", "."};
    int[] heads2 = {1, -1, 3, 1, 1};
    String[] rels2 = {"nsubj", "root", "nsubj", "ccomp", "punct"};
    assertEquals(0, ReducedRelative.repair(words2, tags2, heads2, rels2));
  }

  @Test
  void thePastFormHungLooseOnTheVerbAfterItsObjectIsAParticipleOnTheObject() {
    // Police freed six miners kidnapped on Sunday . (parser: "kidnapped" VBD, a dependent of "freed")
    String[] words = {"Police", "freed", "six", "miners", "kidnapped", "on", "Sunday", "."};
    String[] tags = {"NNS", "VBD", "CD", "NNS", "VBD", "IN", "NNP", "."};
    int[] heads = {1, -1, 3, 1, 1, 6, 4, 1};
    String[] rels = {"nsubj", "root", "nummod", "obj", "dep", "case", "obl", "punct"};
    assertEquals(1, ReducedRelative.repair(words, tags, heads, rels));
    assertEquals(3, heads[4]);
    assertEquals("acl", rels[4]);
    assertEquals("VBN", tags[4]);
  }
}
