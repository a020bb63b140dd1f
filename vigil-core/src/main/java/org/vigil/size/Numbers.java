package org.vigil.size;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a number of people as news writes it: digits ("2,200"), words ("twenty"), and vague
 * amounts by the conservative convention of the event record (tens 10, dozens 12, scores 20,
 * hundreds 100, thousands 1000).
 */
public final class Numbers {
  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
      Map.entry("dozen", 12), Map.entry("a dozen", 12), Map.entry("tens", 10), Map.entry("dozens", 12),
      Map.entry("scores", 20), Map.entry("hundreds", 100), Map.entry("thousands", 1000),
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("single", 1));

  private Numbers() {
  }

  /** The value of one word or digit string, or -1. "a"/"an" count 1 only where the caller allows. */
  public static long parse(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(",", "");
    if (w.matches("\\d{1,9}")) {
      return Long.parseLong(w);
    }
    if (w.matches("\\d+(\\.\\d+)?")) {
      return (long) Double.parseDouble(w);
    }
    Integer v = WORDS.get(w);
    return v == null ? -1 : v;
  }

  /** Whether a word is a vague amount ("scores", "hundreds"). */
  public static boolean isVague(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "tens", "dozens", "scores", "hundreds", "thousands" -> true;
      default -> false;
    };
  }
}
