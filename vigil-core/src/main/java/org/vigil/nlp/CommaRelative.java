package org.vigil.nlp;

import java.util.Set;

/**
 * Mends a "who" clause the parser hung on the verb: "protesters hurled stones at police outside the
 * court, who answered with tear gas". A clause whose subject is "who" right after a comma is a
 * relative clause on the person before the comma, never a complement of the main verb (an embedded
 * question, "asked who fired", has no comma). The person is the head of the phrase before the
 * comma: over "of" and place phrases ("police outside the court") to the people they describe.
 */
final class CommaRelative {
  private CommaRelative() {
  }

  /** Relations a misread relative clause comes with. */
  private static final Set<String> MISREAD = Set.of("ccomp", "parataxis", "dep", "conj", "advcl");

  /** Prepositions of where people stand, whose place is no one who acts. */
  private static final Set<String> WHERE = Set.of("outside", "inside", "near", "at", "in", "around", "behind");

  /** The noun right before a place phrase headed by {@code noun} ("police" of "police outside the ministry"), else -1. */
  private static int nearBefore(String[] words, String[] tags, int[] heads, String[] relations, int noun) {
    int mark = -1;
    for (int c = 0; c < noun; c++) {
      if (heads[c] == noun && relations[c].equals("case")) {
        mark = c;
      }
    }
    if (mark < 1 || !WHERE.contains(words[mark].toLowerCase(java.util.Locale.ROOT)) || !tags[mark - 1].startsWith("NN")) {
      return -1;
    }
    return mark - 1;
  }

  /** Repairs {@code heads} and {@code relations} in place; returns how many clauses it re-hung. */
  static int repair(String[] words, String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int who = 2; who < words.length; who++) {
      int v = heads[who];
      if (!words[who].equalsIgnoreCase("who") || !relations[who].startsWith("nsubj") || !words[who - 1].equals(",")
          || v <= who || !MISREAD.contains(relations[v])) {
        continue;
      }
      int noun = who - 2; // the last word before the comma, then up its phrase
      while (heads[noun] >= 0 && heads[noun] < noun && tags[heads[noun]].startsWith("NN")
          && (relations[noun].equals("nmod") || relations[noun].equals("compound") || relations[noun].equals("flat"))) {
        noun = heads[noun];
      }
      int near = nearBefore(words, tags, heads, relations, noun);
      if (near >= 0) {
        noun = near; // "police outside the ministry, who": the parser may hang the place on the verb
      }
      if (!tags[noun].startsWith("NN")) {
        continue;
      }
      heads[v] = noun;
      relations[v] = "acl:relcl";
      mended++;
    }
    return mended;
  }
}
