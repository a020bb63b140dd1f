package org.vigil.nlp;

/**
 * Mends a clause the parser gave two subjects: "Speaking at the Hudson Institute, a think tank in
 * Washington, the minister said ...". The apposition between commas is read as a second subject of
 * "said", so the think tank would be the speaker. When a verb has two nominal subjects before it and
 * the first opens right after a comma that closes a noun phrase, the first is an apposition to that
 * noun; the subject nearer the verb stays.
 */
final class TwoSubjects {
  private TwoSubjects() {
  }

  /** Repairs {@code heads} and {@code relations} in place; returns how many subjects it re-hung. */
  static int repair(String[] words, String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int v = 0; v < words.length; v++) {
      int first = -1;
      int second = -1;
      for (int c = 0; c < v; c++) {
        if (heads[c] == v && relations[c].equals("nsubj") && tags[c].startsWith("NN")) {
          if (first < 0) {
            first = c;
          } else if (second < 0) {
            second = c;
          }
        }
      }
      if (first < 0 || second < 0) {
        continue;
      }
      int start = start(first, heads);
      if (start < 2 || !words[start - 1].equals(",")) {
        continue;
      }
      int noun = start - 2; // the last word of the phrase before the comma
      while (heads[noun] >= 0 && heads[noun] < start - 1 && heads[noun] != v && tags[heads[noun]].startsWith("NN")
          && end(heads[noun], heads) == start - 2) {
        noun = heads[noun];
      }
      if (!tags[noun].startsWith("NN") || heads[noun] == v && relations[noun].startsWith("nsubj")) {
        continue;
      }
      heads[first] = noun;
      relations[first] = "appos";
      mended++;
    }
    return mended;
  }

  private static int start(int i, int[] heads) {
    int lo = i;
    for (int c = 0; c < heads.length; c++) {
      if (c < lo && dominates(i, c, heads)) {
        lo = c;
      }
    }
    return lo;
  }

  private static int end(int i, int[] heads) {
    int hi = i;
    for (int c = 0; c < heads.length; c++) {
      if (c > hi && dominates(i, c, heads)) {
        hi = c;
      }
    }
    return hi;
  }

  private static boolean dominates(int top, int c, int[] heads) {
    for (int k = 0; c >= 0 && k <= heads.length; k++) {
      if (c == top) {
        return true;
      }
      c = heads[c];
    }
    return false;
  }
}
