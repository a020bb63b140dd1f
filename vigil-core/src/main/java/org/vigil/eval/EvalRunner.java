package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.ArticleRunner;
import org.vigil.pipeline.VigilPipeline;
import org.vigil.table.TableException;

/** Runs the pipeline over a gold file and scores it with the set's evaluator. */
public final class EvalRunner {
  /** The gold formats {@code vigil eval --set} knows. */
  public static final List<String> SETS = List.of("plover", "petrarch", "cameo", "muc", "evloc", "geo");
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalRunner() {
  }

  public static Evaluator evaluator(String set, UnaryOperator<String> countryName) {
    return switch (set) {
      case "plover" -> new PloverEval();
      case "petrarch" -> new PetrarchEval();
      case "cameo" -> new CameoEval();
      case "muc" -> new MucEval(countryName);
      case "evloc" -> new LocationEval();
      default -> throw new IllegalArgumentException("unknown set '" + set + "': one of " + SETS);
    };
  }

  /**
   * Scores the first {@code limit} items of {@code gold} (all when limit is 0) and prints the report.
   *
   * @return the number of items scored
   */
  public static int run(VigilPipeline pipeline, Evaluator evaluator, Path gold, int limit, int threads,
                        PrintStream out, int misses) throws IOException {
    List<JsonNode> items = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null && (limit <= 0 || items.size() < limit)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          items.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new TableException(gold.toString(), n, "malformed JSON in gold file");
        }
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    long[] sentences = new long[1];
    long[] negated = new long[1];
    pipeline.clock().reset();
    long t0 = System.nanoTime();
    try (ArticleRunner runner = new ArticleRunner(pipeline, threads, res -> {
      if (res.error() != null) {
        System.err.println("vigil: " + res.article().id() + ": " + res.error());
      }
      sentences[0] += res.sentences();
      // A negated event reports that something did not happen ("police failed to arrest him"):
      // it stays in Vigil's output, flagged, but claims no event, so it is not scored as one.
      List<Event> claimed = res.events().stream().filter(e -> !e.modality().negated()).toList();
      negated[0] += res.events().size() - claimed.size();
      evaluator.score(byId.remove(res.article().id()), claimed);
    })) {
      int k = 0;
      for (JsonNode item : items) {
        String id = item.path("id").asText("item-" + k) + "#" + k++;
        byId.put(id, item);
        runner.submit(new Article(id, goldDate(item.get("date")), item.path("text").asText()));
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    out.printf("%s: %d items in %.1f s (%d negated events not scored)%n", gold.getFileName(), items.size(), secs,
        negated[0]);
    // Date finding and resolution runs only on sentences with an event: per corpus sentence is its cost.
    double dateMs = pipeline.clock().nanos("dates") / 1e6;
    long datedSentences = pipeline.clock().count("dated sentences");
    out.printf("date finding: %.1f ms per 1,000 sentences (%.1f ms per 1,000 of the %d dated of %d)%n",
        1000 * dateMs / Math.max(1, sentences[0]), 1000 * dateMs / Math.max(1, datedSentences), datedSentences,
        sentences[0]);
    evaluator.report(out, misses);
    return items.size();
  }

  /** A gold item's date, when it is an ISO date (some sets carry none, or free text). */
  private static LocalDate goldDate(JsonNode d) {
    if (d == null || d.isNull() || d.asText().length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(d.asText().substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
