package org.vigil.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Mends a second verb of saying that the parser coordinated inside the first one's reported clause:
 * in "The minister noted that exports fell, and added that prices would rise" the parser may make
 * "added" a conjunct of "fell", so "exports" would seem to be who added something. A verb of saying
 * with no subject of its own, conjoined after a comma to a verb that is not itself one of saying and
 * that heads the complement clause of a verb of saying, is a conjunct of that outer verb and shares
 * its speaker.
 */
final class SecondSaying {
  private static final Set<String> SAYING = Set.of("say", "add", "note", "stress", "emphasize", "emphasise",
      "explain", "insist", "argue", "point", "warn", "acknowledge", "admit", "claim", "state", "declare", "tell",
      "announce", "contend", "maintain", "suggest");

  private SecondSaying() {
  }

  /** Repairs {@code heads} in place; returns how many verbs it re-hung. */
  static int repair(String[] words, String[] lemmas, String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int c = 0; c < heads.length; c++) {
      int inner = heads[c];
      if (inner < 0 || !relations[c].equals("conj") || !tags[c].startsWith("VB") || !saying(lemmas[c])
          || Heads.child(heads, relations, c, "nsubj") >= 0 || Heads.child(heads, relations, c, "nsubj:pass") >= 0
          || saying(lemmas[inner]) || !relations[inner].equals("ccomp") || heads[inner] < 0) {
        continue;
      }
      int outer = heads[inner];
      // ", and added that": the comma closes the first report; without it ("said the mayor denied it and
      // added ...") the second saying may well be the reported speaker's
      int cc = Heads.child(heads, relations, c, "cc");
      int before = (cc >= 0 && cc < c ? cc : c) - 1;
      if (before < 0 || !words[before].equals(",")) {
        continue;
      }
      // the second saying must report something too ("added that ...", "added: ...") and the first be a saying
      if (!tags[outer].startsWith("VB") || !saying(lemmas[outer]) || outer > inner
          || Heads.child(heads, relations, c, "ccomp") < 0 && Heads.child(heads, relations, c, "parataxis") < 0) {
        continue;
      }
      heads[c] = outer;
      mended++;
    }
    return mended;
  }

  private static boolean saying(String lemma) {
    return SAYING.contains(lemma.toLowerCase(Locale.ROOT));
  }
}
