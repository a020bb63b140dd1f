package org.vigil.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Mends the part-of-speech tags that most often wreck a news parse before the dependency parser
 * sees them. The left-to-right tagger often reads a past tense after a plural subject as a
 * participle ("warplanes bombed villages", "forces swept into Homs") and a sentence-initial
 * gerund noun as a verb ("Fighting continued"); the parser then builds the wrong tree.
 */
public final class TagRepair {
  private static final Set<String> AUX = Set.of("be", "is", "are", "was", "were", "been", "being", "have", "has",
      "had", "having", "am", "get", "got", "gets", "'s", "'re", "'ve");
  private static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "tells", "reported", "added",
      "stated", "claimed", "announced", "confirmed", "insisted", "noted", "warned", "alleged");

  /** Past participles of verbs that take an object whenever they are active. */
  private static final Set<String> TRANSITIVE = Set.of("arrested", "detained", "killed", "held", "captured",
      "wounded", "injured", "abducted", "kidnapped", "sentenced", "charged", "jailed", "freed", "released",
      "executed", "expelled", "deported", "convicted", "accused", "beaten", "tortured", "hanged", "seized");
  private static final Set<String> NO_OBJECT = Set.of("IN", "TO", ",", ".", ":", "RB");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> FINITE_NEXT = Set.of("VBD", "VBN", "VBZ", "MD");

  private TagRepair() {
  }

  /** Repairs {@code tags} in place; returns how many were changed. */
  public static int repair(String[] words, String[] tags) {
    int changed = 0;
    if (tags.length > 1 && tags[0].equals("VBG") && tags[1].startsWith("VB")) {
      tags[0] = "NN";
      changed++;
    }
    for (int i = 1; i + 1 < tags.length; i++) {
      // "a Chinese drone killed four": a noun the tagger read as a present verb. Two verbs in a row
      // after an article cannot both be verbs; the first is the noun the article opens.
      if ((tags[i].equals("VBP") || tags[i].equals("VB")) && FINITE_NEXT.contains(tags[i + 1])
          && !AUX.contains(words[i].toLowerCase(Locale.ROOT)) && !words[i].equalsIgnoreCase("do")
          && articleBefore(words, tags, i)) {
        tags[i] = "NN";
        changed++;
      }
    }
    for (int i = 1; i + 1 < tags.length; i++) {
      // "the shelling of the market killed nine": after an article and before "of", a gerund is a noun
      if (tags[i].equals("VBG") && ARTICLES.contains(words[i - 1].toLowerCase(Locale.ROOT))
          && words[i + 1].equalsIgnoreCase("of")) {
        tags[i] = "NN";
        changed++;
      }
    }
    for (int i = 1; i + 2 < tags.length; i++) {
      // "the chancellor plans to visit": a verb the tagger read as a plural noun.
      if (tags[i].equals("NNS") && tags[i - 1].startsWith("NN") && words[i + 1].equalsIgnoreCase("to")
          && tags[i + 2].equals("VB")) {
        tags[i] = "VBZ";
        changed++;
      }
    }
    for (int i = 1; i < tags.length; i++) {
      if (!tags[i].equals("VBN") || !subjectLike(tags[i - 1], words[i - 1])) {
        continue;
      }
      if (i + 1 < tags.length && words[i + 1].equalsIgnoreCase("by")) {
        continue; // "forces backed by tanks": a real participle
      }
      if (TRANSITIVE.contains(words[i].toLowerCase(Locale.ROOT))
          && (i + 1 == tags.length || NO_OBJECT.contains(tags[i + 1]))) {
        continue; // "journalist arrested over posts": a verb that needs an object and has none is passive
      }
      if (auxiliaryBefore(words, tags, i) || finiteVerbBefore(words, tags, i)) {
        continue;
      }
      tags[i] = "VBD";
      changed++;
    }
    for (int i = 2; i + 2 < tags.length; i++) {
      // "jets using laser guided bombs killed four": a noun and a past form before the
      // subject of a later verb. After a verb or preposition the noun cannot be a subject, so the
      // past form is a participle inside the noun phrase ("laser guided", "remote controlled").
      if (tags[i].equals("VBD") && tags[i - 1].equals("NN") && tags[i + 1].startsWith("NN")
          && FINITE_NEXT.contains(tags[i + 2]) && !tags[i + 2].equals("VBN")
          && (tags[i - 2].startsWith("VB") || tags[i - 2].equals("IN"))
          && !SPEECH.contains(words[i].toLowerCase(Locale.ROOT))) {
        tags[i] = "VBN";
        changed++;
      }
    }
    return changed;
  }

  /** Whether an article or possessive opens the noun phrase that token {@code i} would end. */
  private static boolean articleBefore(String[] words, String[] tags, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String t = tags[k];
      if (t.equals("JJ") || t.equals("NN") || t.equals("NNP") || t.equals("CD")
          || t.equals("NNPS") && words[k].toLowerCase(Locale.ROOT).endsWith("ese")) {
        continue; // "a Chinese drone": demonyms in -ese are often tagged as plural names
      }
      return t.equals("PRP$") || t.equals("POS") || t.equals("DT") && ARTICLES.contains(words[k].toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static boolean subjectLike(String tag, String word) {
    return tag.startsWith("NN") || tag.equals("PRP") && !word.equalsIgnoreCase("it's");
  }

  private static boolean auxiliaryBefore(String[] words, String[] tags, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (AUX.contains(words[k].toLowerCase(Locale.ROOT)) || tags[k].equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A finite verb earlier in the same clause makes this one a reduced relative ("police arrested
   * protesters gathered outside"). A comma, conjunction, preposition, wh-word or speech verb opens
   * a new clause ("officials said warplanes bombed ...").
   */
  private static boolean finiteVerbBefore(String[] words, String[] tags, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String t = tags[k];
      if (t.equals(",") || t.equals("IN") || t.equals("CC") || t.equals("WDT") || t.equals("WRB")
          || SPEECH.contains(words[k].toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (t.equals("VBD") || t.equals("VBZ") || t.equals("VBP")) {
        return true;
      }
    }
    return false;
  }
}
