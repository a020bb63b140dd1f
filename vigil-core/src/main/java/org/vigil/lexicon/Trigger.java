package org.vigil.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One lexicon row: a verb or noun that signals an event, with what refines its code.
 *
 * @param pos         'V' verb or 'N' nominal event
 * @param particle    a required particle ("down" in "crack down"), or empty
 * @param targetPreps prepositions whose object is the target ("with" in "meet with"); empty: the direct object
 * @param objectPrep  the preposition the object words follow ("of" in "accuse of war crimes"), or empty
 * @param objectWords words that must appear in the object or that complement; empty: the default row
 * @param line        line of verbs.tsv, shown in the event's rule
 */
public record Trigger(String lemma, char pos, String particle, Set<String> targetPreps, String objectPrep,
                      List<String> objectWords, String code, String note, int line) {

  public Trigger {
    // in the table's order, so the rule shown ("talk+to|with") is the same on every run
    targetPreps = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(targetPreps));
    objectWords = List.copyOf(objectWords);
  }

  /** A short human-readable name of the rule: {@code verb crack+down+on -> 175}. */
  public String describe() {
    StringBuilder b = new StringBuilder(pos == 'V' ? "verb " : "noun ").append(lemma);
    if (!particle.isEmpty()) {
      b.append('+').append(particle);
    }
    if (!targetPreps.isEmpty()) {
      b.append('+').append(String.join("|", targetPreps));
    }
    if (!objectWords.isEmpty()) {
      b.append(" [").append(objectPrep.isEmpty() ? "" : objectPrep + ":").append(objectWords.get(0))
          .append(objectWords.size() > 1 ? "|..." : "").append(']');
    }
    return b.append(" -> ").append(code).toString();
  }
}
