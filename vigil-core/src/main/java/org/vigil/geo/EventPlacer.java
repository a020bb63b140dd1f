package org.vigil.geo;

import java.util.List;
import java.util.Locale;
import org.vigil.model.Location;
import org.vigil.nlp.ParsedSentence;

/**
 * Links an event to its own place: a place in a locative phrase of the event's clause ("in
 * Homs", "swept into Homs", "raids in Homs"), not just any place in the sentence.
 */
public final class EventPlacer {

  /** The event's location, or null when its clause names none. */
  public Location place(ParsedSentence s, List<PlaceMention> places, int trigger, int clause) {
    if (places.isEmpty()) {
      return null;
    }
    if (!s.isParsed()) {
      return null;
    }
    PlaceMention best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (PlaceMention m : places) {
      int head = headOf(s, m);
      if (!locative(s, head)) {
        continue;
      }
      int depth = depthBelow(s, clause, head);
      if (depth < 0 && clause != trigger) {
        depth = depthBelow(s, trigger, head);
      }
      if (depth >= 0 && depth < bestDepth) {
        best = m;
        bestDepth = depth;
      }
    }
    return best == null ? null : best.toLocation();
  }

  /** The token of the mention whose head lies outside it. */
  private static int headOf(ParsedSentence s, PlaceMention m) {
    for (int i = m.first(); i <= m.last(); i++) {
      int h = s.head(i);
      if (h < m.first() || h > m.last()) {
        return i;
      }
    }
    return m.last();
  }

  /** In a locative phrase: its own case marker, or the head noun's ("the Homs region", "city of Homs"). */
  private static boolean locative(ParsedSentence s, int head) {
    for (int k = head, guard = 0; k >= 0 && guard < 3; k = s.head(k), guard++) {
      String cm = s.caseMarker(k);
      if (cm != null) {
        return PlaceFinder.LOCATIVE.contains(cm.toLowerCase(Locale.ROOT)) && !cm.equals("to") && !cm.equals("from");
      }
      String rel = s.baseRelation(k);
      if (!rel.equals("compound") && !rel.equals("appos") && !rel.equals("nmod") && !rel.equals("amod")
          && !rel.equals("obl") && !rel.equals("flat")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Dependency steps from {@code top} down to {@code i} without entering another clause, or -1
   * when {@code i} is not in {@code top}'s own clause.
   */
  private static int depthBelow(ParsedSentence s, int top, int i) {
    int depth = 0;
    for (int k = i; k >= 0; k = s.head(k), depth++) {
      if (k == top) {
        return depth;
      }
      if (k != i && s.token(k).isVerb() && !s.relation(k).equals("amod")) {
        return -1;
      }
      String rel = s.baseRelation(k);
      if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("advcl") || rel.equals("acl")) {
        return -1;
      }
      if (depth > 8) {
        return -1;
      }
    }
    return -1;
  }
}
