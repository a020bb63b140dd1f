package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.model.Event;

/**
 * Event-location sentences: for each gold event verb, is Vigil's event at that trigger located
 * where the gold says, and does it stay unlocated when the gold has no place.
 */
final class LocationEval implements Evaluator {
  private int gold;
  private int coded;
  private int withPlace;
  private int placeRight;
  private int withoutPlace;
  private int placeInvented;
  private final Misses misses = new Misses();
  /** Gold events with no event of Vigil's at their verb: what to study for the coded-at-verb rate. */
  private final Misses uncoded = new Misses();

  @Override
  public void score(JsonNode item, List<Event> events) {
    for (JsonNode g : item.path("gold")) {
      gold++;
      Event e = atVerb(g, events);
      if (e == null) {
        List<String> verbs = new ArrayList<>();
        g.path("verb_char_spans").forEach(sp -> verbs.add(item.path("text").asText()
            .substring(Math.max(0, sp.get(0).asInt()), Math.min(item.path("text").asText().length(), sp.get(1).asInt()))));
        uncoded.add(item.path("id").asText(), item.path("text").asText(), "an event at " + verbs, events);
        continue;
      }
      coded++;
      List<String> places = new ArrayList<>();
      g.path("location").forEach(l -> places.add(l.asText()));
      if (places.isEmpty()) {
        withoutPlace++;
        if (e.location() != null && e.location().text() != null) {
          placeInvented++;
          misses.add(item.path("id").asText(), item.path("text").asText(), "no place", List.of(e));
        }
      } else {
        withPlace++;
        if (e.location() != null && e.location().text() != null
            && places.stream().anyMatch(p -> same(p, e.location().text()))) {
          placeRight++;
        } else {
          misses.add(item.path("id").asText(), item.path("text").asText(), "at " + places, List.of(e));
        }
      }
    }
  }

  private static Event atVerb(JsonNode g, List<Event> events) {
    for (JsonNode span : g.path("verb_char_spans")) {
      int s = span.get(0).asInt();
      int t = span.get(1).asInt();
      for (Event e : events) {
        if (e.trigger().start() < t && s < e.trigger().end()) {
          return e;
        }
      }
    }
    return null;
  }

  private static boolean same(String gold, String ours) {
    String a = gold.toLowerCase(Locale.ROOT).strip();
    String b = ours.toLowerCase(Locale.ROOT).strip();
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }

  @Override
  public void report(PrintStream out, int max) {
    out.println(Tally.ratio("gold events coded at their verb", coded, gold));
    out.println(Tally.ratio("located where gold says", placeRight, withPlace));
    out.println(Tally.ratio("place given where gold has none", placeInvented, withoutPlace));
    misses.print(out, max);
    uncoded.print(out, max, "gold events not coded at their verb");
  }
}
