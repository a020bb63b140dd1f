package org.vigil.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Mends the parse of a speaker named after a quote: {@code "...," said the minister} or
 * {@code "...," warned Prime Minister X}. The parser, trained on few such inversions, reads the
 * speaker as the object of the speech verb (so "warned X" looked like a warning to X, and the
 * quote's own nouns became the speaker). The post-verbal noun becomes the verb's subject, and a
 * speech verb the parser attached loosely to the quote becomes its parataxis, the tag the coder
 * already reads as "the quote was said by ...".
 */
public final class SpeakerRepair {
  /** Verbs of saying that English inverts after a quote. "told" is not one: "told X" names the hearer. */
  private static final Set<String> INVERTED = Set.of("say", "add", "warn", "write", "insist", "explain", "note",
      "state", "declare", "reply", "ask", "continue", "recall", "argue", "complain", "admit", "claim", "announce",
      "observe", "remark", "conclude", "agree", "caution", "stress", "emphasize", "emphasise", "answer", "respond");
  /** Verbs that tag a quote with the speaker before them, though English does not invert them. */
  private static final Set<String> TAGS_TOO = Set.of("tell", "tweet", "post");
  private static final Set<String> CLOSING = Set.of("''", "\"", "”", "’", "'");

  private SpeakerRepair() {
  }

  /**
   * Repairs {@code relations} in place (heads are left as they are); returns how many speakers it found.
   *
   * @param heads     head index per token, -1 for the root
   * @param relations UD relation per token
   */
  public static int repair(String[] words, String[] lemmas, String[] tags, int[] heads, String[] relations) {
    int found = 0;
    for (int v = 1; v + 1 < words.length; v++) {
      if (!tags[v].startsWith("VB") || !INVERTED.contains(lemmas[v].toLowerCase(Locale.ROOT)) || !afterQuote(words, v)) {
        continue;
      }
      // A subject of the verb inside the quote is one of the quote's own nouns.
      int subject = Heads.child(heads, relations, v, "nsubj");
      if (subject > v) {
        continue;
      }
      int speaker = -1;
      for (int i = v + 1; i < words.length; i++) {
        if (heads[i] == v && (relations[i].equals("obj") || relations[i].equals("xcomp") || relations[i].equals("iobj"))
            && (tags[i].startsWith("NN") || tags[i].equals("PRP"))) {
          speaker = i;
          break;
        }
      }
      // Only the noun right after the verb (its determiner, titles and names before it) is the speaker.
      if (speaker < 0 || !Heads.between(heads, v, speaker, speaker)) {
        continue;
      }
      if (subject >= 0) {
        relations[subject] = "dep";
      }
      relations[speaker] = "nsubj";
      if (heads[v] >= 0 && (relations[v].equals("dep") || relations[v].equals("conj"))) {
        relations[v] = "parataxis";
      }
      found++;
    }
    return found;
  }

  /**
   * Mends a quote's tag whose verb the parser gave a second subject from inside the quote: in
   * {@code "Some goods may cost more, but that is the point," NAME said.} it may make "goods" a
   * subject of "said" beside NAME. When a verb of saying has a subject right after a closing quote,
   * any other subject of it before that quote is one of the quote's own words, not the speaker.
   */
  public static int quotedSubject(String[] words, String[] lemmas, String[] tags, int[] heads, String[] relations) {
    int found = 0;
    for (int v = 2; v < words.length; v++) {
      String lemma = lemmas[v].toLowerCase(Locale.ROOT);
      if (!tags[v].startsWith("VB") || !INVERTED.contains(lemma) && !TAGS_TOO.contains(lemma)) {
        continue;
      }
      int speaker = -1;
      for (int i = v - 1; i > 0; i--) {
        if (heads[i] == v && relations[i].equals("nsubj")) {
          speaker = i;
          break;
        }
      }
      if (speaker < 0 || !Heads.between(heads, speaker - 1, v, v)) {
        continue;
      }
      int open = speaker;
      while (open > 0 && !CLOSING.contains(words[open - 1]) && !words[open - 1].equals(",")
          && Heads.between(heads, open - 2, open, speaker)) {
        open--; // the speaker's own words: "the Chilean minister"
      }
      if (open < 1 || !CLOSING.contains(words[open - 1])) {
        continue;
      }
      for (int i = 0; i < open - 1; i++) {
        if (heads[i] == v && relations[i].equals("nsubj")) {
          relations[i] = "dep";
          found++;
        }
      }
    }
    return found;
  }

  /** The verb follows a closing quote, possibly after its comma: {@code ...," said}. */
  private static boolean afterQuote(String[] words, int v) {
    return CLOSING.contains(words[v - 1]) || v >= 2 && words[v - 1].equals(",") && CLOSING.contains(words[v - 2]);
  }
}
