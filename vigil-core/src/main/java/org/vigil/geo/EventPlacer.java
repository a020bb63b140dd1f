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
  private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("city", "town", "village", "province",
      "region", "district", "capital", "neighbourhood", "neighborhood", "area", "suburb", "outskirts", "street",
      "streets", "state", "county", "governorate", "camp", "port", "island", "valley", "municipality", "enclave",
      "centre", "center", "heart", "part", "north", "south", "east", "west", "border", "edge");

  /**
   * The event's location, or null when its clause names none. A clause that names no place takes
   * the place of the clause it depends on ("shelling hit a bus in Donetsk, killing 8").
   */
  public Location place(ParsedSentence s, List<PlaceMention> places, int trigger, int clause) {
    if (places.isEmpty() || !s.isParsed()) {
      return null;
    }
    for (int k = clause, guard = 0; guard < 4; guard++) {
      Location l = ownPlace(s, places, trigger, k);
      if (l != null) {
        return l;
      }
      String rel = s.baseRelation(k);
      if (s.head(k) < 0 || !(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("dep"))) {
        return null;
      }
      k = s.head(k);
      trigger = k;
    }
    return null;
  }

  private Location ownPlace(ParsedSentence s, List<PlaceMention> places, int trigger, int clause) {
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
    for (int k = head, guard = 0; k >= 0 && guard < 4; k = s.head(k), guard++) {
      String cm = s.caseMarker(k);
      if (cm != null && cm.equals("of") && s.head(k) >= 0
          && PLACE_NOUNS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "in the northern city of Mosul": the city's preposition counts
      }
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
