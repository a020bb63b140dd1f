package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Event;

/** Rated news sentences: is there a political event (relevance), and which CAMEO root codes. */
final class CameoEval implements Evaluator {
  private final Tally relevance = new Tally();
  private final Tally rootCodes = new Tally();
  private final Misses misses = new Misses();

  @Override
  public void score(JsonNode item, List<Event> events) {
    boolean gold = item.path("gold_relevant").asBoolean(false);
    boolean ours = !events.isEmpty();
    if (gold && ours) {
      relevance.tp++;
    } else if (ours) {
      relevance.fp++;
    } else if (gold) {
      relevance.fn++;
    }
    Set<String> goldRoots = new LinkedHashSet<>();
    for (JsonNode g : item.path("gold")) {
      goldRoots.add(g.path("code_root").asText());
    }
    Set<String> ourRoots = new LinkedHashSet<>();
    for (Event e : events) {
      ourRoots.add(e.cameo().root());
    }
    int before = rootCodes.fp + rootCodes.fn;
    for (String r : ourRoots) {
      if (goldRoots.contains(r)) {
        rootCodes.tp++;
      } else {
        rootCodes.fp++;
      }
    }
    for (String r : goldRoots) {
      if (!ourRoots.contains(r)) {
        rootCodes.fn++;
      }
    }
    if (rootCodes.fp + rootCodes.fn > before || gold != ours) {
      misses.add(item.path("id").asText(), item.path("text").asText(),
          (gold ? "relevant, roots " : "not relevant ") + goldRoots, events);
    }
  }

  @Override
  public void report(PrintStream out, int max) {
    out.println(relevance.line("relevance"));
    out.println(rootCodes.line("root codes"));
    misses.print(out, max);
  }
}
