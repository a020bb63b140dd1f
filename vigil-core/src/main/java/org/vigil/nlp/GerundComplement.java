package org.vigil.nlp;

/**
 * Mends a gerund right after a verb that the parser hung on it as a noun modifier: "is considering
 * sending an envoy", "stopped shelling the town". A clausal modifier ("acl") belongs on a noun; on
 * the verb just before it, the gerund is that verb's complement (xcomp), so what is considered,
 * begun or stopped is read through it, as with "plans to send".
 */
final class GerundComplement {
  private GerundComplement() {
  }

  /** Repairs {@code relations} in place; returns how many gerunds it re-labelled. */
  static int repair(String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int v = 1; v < tags.length; v++) {
      if (tags[v].equals("VBG") && relations[v].equals("acl") && heads[v] == v - 1 && tags[v - 1].startsWith("VB")) {
        relations[v] = "xcomp";
        mended++;
      }
    }
    return mended;
  }
}
