package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.VigilPipeline;
import org.vigil.store.EventStores;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.LinkingRules;
import org.vigil.store.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil link-eval}: linking precision and recall on pairs of articles labelled as reporting
 * the same real-world event or not (eval/linking.jsonl). Each pair is coded and ingested into a
 * fresh in-memory store; the pair is linked when an event of the second shares a story with one of
 * the first.
 */
@Command(name = "link-eval", mixinStandardHelpOptions = true,
    description = "Score event linking on labelled article pairs (eval/linking.jsonl): precision and recall.")
final class LinkEvalCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PAIRS", defaultValue = "eval/linking.jsonl", description = "pairs file (JSON Lines)")
  Path pairs;

  @Option(names = "--link-days", paramLabel = "N", description = "linking window in days (default 2)")
  int days = LinkingRules.DEFAULT.windowDays();

  @Option(names = "--link-km", paramLabel = "KM", description = "linking distance (default 50)")
  double km = LinkingRules.DEFAULT.maxKm();

  @Option(names = "--exact-actors", description = "actor codes must be equal (SYR and SYRMIL then differ)")
  boolean exact;

  @Option(names = "--misses", paramLabel = "N", description = "list up to N wrong pairs (default 20)")
  int misses = 20;

  record Pair(String id, boolean same, Article a, Article b) {
  }

  @Override
  public Integer call() {
    List<Pair> all = read(pairs);
    LinkingRules rules = new LinkingRules(days, km, !exact, LinkingRules.DEFAULT.separateNegated());
    VigilPipeline pipeline = Pipelines.build(null);
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    int uncoded = 0;
    List<String> wrong = new ArrayList<>();
    for (Pair p : all) {
      List<Event> ea = pipeline.code(p.a());
      List<Event> eb = pipeline.code(p.b());
      if (ea.isEmpty() || eb.isEmpty()) {
        uncoded++;
      }
      boolean linked;
      try (JdbcEventStore store = EventStores.open(":memory:", rules, false)) {
        store.ingest(p.a(), ea);
        store.ingest(p.b(), eb);
        Set<String> storiesA = new HashSet<>();
        for (Event e : ea) {
          store.story(e.id()).map(Story::storyId).ifPresent(storiesA::add);
        }
        linked = eb.stream().anyMatch(e -> store.story(e.id()).map(s -> storiesA.contains(s.storyId())).orElse(false));
      }
      if (linked && p.same()) {
        tp++;
      } else if (linked) {
        fp++;
      } else if (p.same()) {
        fn++;
      } else {
        tn++;
      }
      if (linked != p.same()) {
        wrong.add(String.format("  %s: labelled %s, %s; events %s | %s", p.id(), p.same() ? "same" : "different",
            linked ? "linked" : "not linked", brief(ea), brief(eb)));
      }
    }
    double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    System.out.printf("link-eval: %d pairs (%d same event, %d different), rules %s%n", all.size(), tp + fn, fp + tn,
        rules);
    System.out.printf("  precision %.3f (%d of %d linked pairs are the same event)%n", precision, tp, tp + fp);
    System.out.printf("  recall    %.3f (%d of %d same-event pairs linked)%n", recall, tp, tp + fn);
    System.out.printf("  pairs where an article produced no event: %d%n", uncoded);
    if (!wrong.isEmpty() && misses > 0) {
      System.out.println("  misses:");
      wrong.stream().limit(misses).forEach(System.out::println);
    }
    return 0;
  }

  private static String brief(List<Event> events) {
    if (events.isEmpty()) {
      return "(none)";
    }
    List<String> out = new ArrayList<>();
    for (Event e : events) {
      out.add((e.source() == null ? "-" : e.source().code()) + " " + e.cameo().code() + " "
          + (e.target() == null ? "-" : e.target().code()) + " " + (e.date() == null ? "?" : e.date().value()) + " "
          + (e.location() == null ? "-" : e.location().name()));
    }
    return String.join("; ", out);
  }

  static List<Pair> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such file");
    } catch (IOException e) {
      throw new UserError("cannot read " + file + ": " + e.getMessage(), Errors.IO);
    }
    ObjectMapper json = new ObjectMapper();
    List<Pair> out = new ArrayList<>();
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode p = json.readTree(line);
        out.add(new Pair(p.get("id").asText(), p.get("same").asBoolean(), article(p.get("a")), article(p.get("b"))));
      } catch (IOException | RuntimeException e) {
        throw new UserError(file + ":" + n + ": not a pair {id, same, a:{id,date,source,text}, b:{...}}");
      }
    }
    return out;
  }

  private static Article article(JsonNode a) {
    return new Article(a.get("id").asText(), LocalDate.parse(a.get("date").asText()), null, a.get("text").asText(),
        a.hasNonNull("source") ? a.get("source").asText() : null);
  }
}
