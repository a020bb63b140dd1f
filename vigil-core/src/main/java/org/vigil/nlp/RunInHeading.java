package org.vigil.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A web page's subheading run into the next sentence when its text was scraped without line
 * breaks: "International reaction A U.S. spokesperson said ...", "Resistance continues "The army
 * ...". The sentence splitter cannot see the break, and the parser makes the heading's words part of
 * the subject. Like a {@link Dateline}, the heading is left out of the parse.
 *
 * <p>The break is a word that, capitalised, can only open a sentence (an article, a pronoun, a
 * connective) or an opening quote, right after a short run of words with no article or pronoun of
 * its own ("He saw the film The Birds" is no heading).
 */
final class RunInHeading {
  private static final Set<String> OPENERS = Set.of("A", "An", "The", "This", "That", "These", "Those", "Then",
      "But", "He", "She", "It", "They", "We", "Our", "His", "Her", "Their", "Its", "When", "While", "After",
      "Before", "Since", "Last", "On", "In", "At", "As", "For", "According");
  private static final Set<String> OPENING_QUOTES = Set.of("``", "“", "\"");
  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "he", "she", "it", "they", "we", "i", "you",
      "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "said", "says", "say",
      "told", "added", "wrote", "asked", "is", "was", "are", "were", "of", "to", "for", "by", "with", "and", "or");
  private static final int MAX = 7;

  private RunInHeading() {
  }

  /** A headline In Title Case capitalises its articles too; it has no run-in heading to find. */
  private static boolean titleCase(List<String> words) {
    long letters = words.stream().filter(w -> Character.isLetter(w.codePointAt(0))).count();
    long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return capitalised * 10 >= letters * 7;
  }

  /** The number of words the heading takes at the start of {@code words}, or 0 when there is none. */
  static int length(List<String> words) {
    if (words.isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0)) || titleCase(words)) {
      return 0;
    }
    for (int i = 1; i < Math.min(words.size(), MAX + 1); i++) {
      String w = words.get(i);
      String before = words.get(i - 1);
      // A quote opens a sentence when a sentence opener follows it ("Resistance continues "The army"),
      // not a nickname ("leader "Apo" Ocalan").
      boolean opens = OPENERS.contains(w) || OPENING_QUOTES.contains(w) && i + 1 < words.size()
          && (OPENERS.contains(words.get(i + 1)) || words.get(i + 1).equals("I"));
      if (opens && Character.isLetter(before.codePointAt(0))) {
        return words.size() - i >= 4 ? i : 0;
      }
      if (FUNCTION.contains(w.toLowerCase(Locale.ROOT)) || w.equals(":") || w.equals(".") || w.equals("''")
          || w.equals("”")) {
        return 0;
      }
    }
    return 0;
  }
}
