package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Event;

/**
 * PETRARCH unit-test sentences: exact (source, CAMEO code, target) triples, root-level triples,
 * both actors right, and whether the no-event sentences stay empty.
 */
final class PetrarchEval implements Evaluator {
  private final Tally triples = new Tally();
  private final Tally roots = new Tally();
  private int goldTriples;
  private int bothActors;
  private int noEventSentences;
  private int noEventViolations;
  private final Misses misses = new Misses();

  @Override
  public void score(JsonNode item, List<Event> events) {
    if (item.path("noevents").asBoolean(false)) {
      noEventSentences++;
      if (!events.isEmpty()) {
        noEventViolations++;
        misses.add(item.path("id").asText(), item.path("text").asText(), "no event", events);
      }
      return;
    }
    List<String> gold = new ArrayList<>();
    List<String> goldRoots = new ArrayList<>();
    List<String> goldDyads = new ArrayList<>();
    for (JsonNode g : item.path("gold")) {
      String s = g.path("source").asText("---");
      String t = g.path("target").asText("---");
      String c = g.path("code").asText();
      gold.add(s + " " + c + " " + t);
      goldRoots.add(s + " " + root(c) + " " + t);
      goldDyads.add(s + " " + t);
    }
    List<String> ours = new ArrayList<>();
    List<String> ourRoots = new ArrayList<>();
    List<String> ourDyads = new ArrayList<>();
    for (Event e : events) {
      String s = e.source() == null ? "---" : e.source().code();
      String t = e.target() == null ? "---" : e.target().code();
      String triple = s + " " + e.cameo().code() + " " + t;
      if (!ours.contains(triple)) {
        ours.add(triple);
        ourRoots.add(s + " " + e.cameo().root() + " " + t);
        ourDyads.add(s + " " + t);
      }
    }
    int before = triples.fn + triples.fp;
    match(gold, ours, triples);
    match(goldRoots, ourRoots, roots);
    goldTriples += gold.size();
    for (String d : goldDyads) {
      if (ourDyads.contains(d)) {
        bothActors++;
      }
    }
    if (triples.fn + triples.fp > before) {
      misses.add(item.path("id").asText() + " (" + item.path("category").asText() + ")", item.path("text").asText(),
          String.join("; ", gold), events);
    }
  }

  private static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private static void match(List<String> gold, List<String> ours, Tally t) {
    List<String> left = new ArrayList<>(ours);
    for (String g : gold) {
      if (left.remove(g)) {
        t.tp++;
      } else {
        t.fn++;
      }
    }
    t.fp += left.size();
  }

  @Override
  public void report(PrintStream out, int max) {
    out.println(triples.line("triples (source, code, target)"));
    out.println(roots.line("triples at root level"));
    out.println(Tally.ratio("gold triples with both actors", bothActors, goldTriples));
    out.println(Tally.ratio("no-event sentences given events", noEventViolations, noEventSentences));
    misses.print(out, max);
  }
}
