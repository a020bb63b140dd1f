package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import org.vigil.model.Event;

/** Scores coded events against one gold set, item by item, and reports figures with the misses. */
public interface Evaluator {
  /** Scores one gold item (a sentence or document of the set) against Vigil's events for it. */
  void score(JsonNode item, List<Event> events);

  /** Prints the figures and up to {@code misses} missed items with their sentences. */
  void report(PrintStream out, int misses);
}
