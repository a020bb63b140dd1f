package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigil.model.Actor;
import org.vigil.model.Event;

/**
 * PLOVER gold sentences: event type, source and target countries, sectors. The gold uses PLOVER's
 * 2018 types; DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are compared as the current types they
 * became (REQUEST, ACCUSE, ACCUSE, ASSAULT).
 */
final class PloverEval implements Evaluator {
  private static final Map<String, String> LEGACY = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
  private int goldEvents;
  private int typeHits;
  private int ourEvents;
  private int ourEventsRight;
  private int sourceGold;
  private int sourceHits;
  private int targetGold;
  private int targetHits;
  private int sectorGold;
  private int sectorHits;
  private final Misses misses = new Misses();

  @Override
  public void score(JsonNode item, List<Event> all) {
    // PLOVER has no statement type: Vigil's CAMEO 01 statements are not PLOVER events.
    List<Event> events = all.stream().filter(e -> e.cameo().ploverType() != null).toList();
    List<String> goldTypes = new ArrayList<>();
    for (JsonNode g : item.path("gold")) {
      goldTypes.add(type(g.path("event").asText()));
    }
    for (Event e : events) {
      ourEvents++;
      if (goldTypes.contains(e.cameo().ploverType())) {
        ourEventsRight++;
      }
    }
    boolean allRight = true;
    for (JsonNode g : item.path("gold")) {
      goldEvents++;
      String type = type(g.path("event").asText());
      List<Event> same = events.stream().filter(e -> type.equals(e.cameo().ploverType())).toList();
      if (!same.isEmpty()) {
        typeHits++;
      } else {
        allRight = false;
      }
      List<Event> pool = same.isEmpty() ? events : same;
      allRight &= actors(g.path("source"), pool.stream().map(Event::source).toList(), true);
      allRight &= actors(g.path("target"), pool.stream().map(Event::target).toList(), false);
    }
    if (!allRight) {
      misses.add(item.path("id").asText(), item.path("text").asText(), item.path("gold").toString(), events);
    }
  }

  private boolean actors(JsonNode gold, List<Actor> ours, boolean source) {
    boolean ok = true;
    for (JsonNode a : gold) {
      String code = a.path("code").asText();
      if (code.isEmpty()) {
        continue;
      }
      Actor found = null;
      for (Actor o : ours) {
        if (o != null && (code.equals(o.country()) || code.equals("IGO") && o.code().startsWith("IGO"))) {
          found = o;
          break;
        }
      }
      if (source) {
        sourceGold++;
        sourceHits += found != null ? 1 : 0;
      } else {
        targetGold++;
        targetHits += found != null ? 1 : 0;
      }
      ok &= found != null;
      String sector = a.path("sector").asText();
      if (!sector.isEmpty() && found != null) {
        sectorGold++;
        if (found.sectors().contains(sector)) {
          sectorHits++;
        } else {
          ok = false;
        }
      }
    }
    return ok;
  }

  private static String type(String gold) {
    return LEGACY.getOrDefault(gold, gold);
  }

  @Override
  public void report(PrintStream out, int max) {
    out.println(Tally.ratio("event-type accuracy (gold events)", typeHits, goldEvents));
    out.println(Tally.ratio("event-type precision (our events)", ourEventsRight, ourEvents));
    out.println(Tally.ratio("source country recall", sourceHits, sourceGold));
    out.println(Tally.ratio("target country recall", targetHits, targetGold));
    out.println(Tally.ratio("sector accuracy (found actors)", sectorHits, sectorGold));
    misses.print(out, max);
  }
}
