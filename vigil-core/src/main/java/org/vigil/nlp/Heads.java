package org.vigil.nlp;

/** Questions about a dependency tree given as head indexes (-1 for the root), for the parse repairs. */
final class Heads {
  private Heads() {
  }

  /** Whether every token strictly between {@code from} and {@code to} lies in the subtree of {@code node}. */
  static boolean between(int[] heads, int from, int to, int node) {
    for (int i = from + 1; i < to; i++) {
      int k = i;
      for (int guard = 0; k >= 0 && k != node && guard < heads.length; guard++) {
        k = heads[k];
      }
      if (k != node) {
        return false;
      }
    }
    return true;
  }

  /** The first token whose head is {@code v} by {@code relation}, else -1. */
  static int child(int[] heads, String[] relations, int v, String relation) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == v && relations[i].equals(relation)) {
        return i;
      }
    }
    return -1;
  }
}
