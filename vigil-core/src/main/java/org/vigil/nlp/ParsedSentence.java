package org.vigil.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and, when it was parsed, its Universal Dependencies tree. Only
 * {@link NlpParser} makes these, so a stage that takes one cannot run before the NLP stage.
 *
 * @param heads     head token index of each token, -1 for the root; empty when not parsed
 * @param relations UD relation of each token to its head ("nsubj", "obl:agent", "root")
 */
public record ParsedSentence(int index, String text, int start, int end, List<Token> tokens,
                             int[] heads, String[] relations, List<EntityMention> entities) {

  public ParsedSentence {
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }

  public boolean isParsed() {
    return heads.length == tokens.size() && !tokens.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public int head(int i) {
    return heads[i];
  }

  public String relation(int i) {
    return relations[i];
  }

  /** The relation without its subtype: "obl" for "obl:agent". */
  public String baseRelation(int i) {
    String r = relations[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  public List<Integer> children(int head) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == head) {
        out.add(i);
      }
    }
    return out;
  }

  /** Children whose relation equals {@code relation} or has it as base ("obl" matches "obl:tmod"). */
  public List<Integer> children(int head, String relation) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == head && (relations[i].equals(relation) || baseRelation(i).equals(relation))) {
        out.add(i);
      }
    }
    return out;
  }

  public int firstChild(int head, String relation) {
    for (int i = 0; i < heads.length; i++) {
      if (heads[i] == head && (relations[i].equals(relation) || baseRelation(i).equals(relation))) {
        return i;
      }
    }
    return -1;
  }

  /** The lemma of a token's case marker ("with" in "met with Lavrov"), or null. */
  public String caseMarker(int i) {
    for (int c : children(i)) {
      if (relations[c].equals("case")) {
        return tokens.get(c).lemma().toLowerCase();
      }
    }
    return null;
  }

  /** True when {@code ancestor} dominates {@code i} in the tree (or is i). */
  public boolean dominates(int ancestor, int i) {
    for (int k = i, guard = 0; k >= 0 && guard <= heads.length; k = heads[k], guard++) {
      if (k == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Lowest and highest token index of i's subtree. */
  public int[] subtreeBounds(int i) {
    int lo = i;
    int hi = i;
    for (int k = 0; k < heads.length; k++) {
      if (dominates(i, k)) {
        lo = Math.min(lo, k);
        hi = Math.max(hi, k);
      }
    }
    return new int[] {lo, hi};
  }

  /** The entity mention covering token i, or null. */
  public EntityMention entityAt(int i) {
    for (EntityMention m : entities) {
      if (m.first() <= i && i <= m.last()) {
        return m;
      }
    }
    return null;
  }

  /** Article text of tokens [first, last]. */
  public String textOf(String articleText, int first, int last) {
    return articleText.substring(tokens.get(first).start(), tokens.get(last).end());
  }
}
