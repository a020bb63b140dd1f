package org.vigil.nlp;

import java.util.List;
import java.util.Set;

/**
 * A wire dateline at the start of a sentence: a place in capitals, perhaps with a state, a date
 * and an agency, ended by a colon or a dash ("LIMA:", "NAIROBI, March 3 --", "SPRING HILL,
 * Tenn. (AP) --", "(Reuters) -"). It is no part of the sentence's grammar.
 */
final class Dateline {
  private static final Set<String> ENDS = Set.of(":", "--", "-", "—", "–");
  private static final Set<String> AGENCIES = Set.of("AP", "AFP", "Reuters", "UPI", "Xinhua", "VOA", "DPA", "EFE",
      "ANSA", "Kyodo", "Yonhap", "TASS", "IANS", "PTI", "APP");
  private static final int MAX = 16;

  private Dateline() {
  }

  /**
   * The number of words the dateline takes at the start of {@code words}, or 0 when there is none.
   * {@code spaced.get(i)} says whether word {@code i} stands apart from the word before it: a dash
   * glued to its neighbours joins words ("NATO-Russia"), a dateline's dash stands apart.
   */
  static int length(List<String> words, List<Boolean> spaced) {
    boolean marked = false;
    for (int i = 0; i < Math.min(words.size(), MAX); i++) {
      String w = words.get(i);
      boolean apart = w.equals(":") || spaced.get(i) && (i + 1 >= words.size() || spaced.get(i + 1));
      if (ENDS.contains(w) && apart) {
        // Enough sentence must remain to be one, and the dateline must say it is one.
        return marked && i > 0 && words.size() - i - 1 >= 4 ? i + 1 : 0;
      }
      if (ENDS.contains(w)) {
        continue; // a dash inside a name ("ACAN-EFE")
      }
      boolean capitals = w.length() >= 3 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '/');
      boolean agency = AGENCIES.contains(w) && i > 0 && isOpen(words.get(i - 1));
      marked |= capitals || agency;
      boolean allowed = capitals || agency || Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
          || Set.of(",", ".", "(", ")", "-LRB-", "-RRB-").contains(w);
      if (!allowed) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean isOpen(String w) {
    return w.equals("(") || w.equals("-LRB-");
  }
}
