package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.eval.EvalRunner;
import org.vigil.eval.Evaluator;
import org.vigil.eval.GeocodeCheck;
import org.vigil.pipeline.VigilPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil eval}: scores the coder against a gold set and lists its misses. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score Vigil against gold data: precision, recall, F1 or accuracy, and the misses.")
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--set", required = true, description = "gold format: plover, petrarch, cameo, muc, evloc, or geo (eval/geocoding.tsv)")
  String set;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the gold JSON Lines file")
  Path gold;

  @Option(names = "--misses", paramLabel = "N", description = "list up to N misses with their sentences (default 20)")
  int misses = 20;

  @Option(names = "--limit", paramLabel = "N", description = "score only the first N items")
  int limit;

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dictionary", paramLabel = "DIR",
      description = "user dictionaries: Vigil TSV tables or PETRARCH-format *.actors.txt / *.agents.txt")
  Path dictionary;

  // Expert option: measures SUTime against Vigil's finder (docs/coding.md, Dates).
  @Option(names = "--dates", hidden = true, split = ",", paramLabel = "FINDER",
      description = "time-expression finder: vigil (default) or sutime; a list (vigil,sutime) scores each in turn")
  List<String> dates = List.of("vigil");

  @Override
  public Integer call() throws IOException {
    if (!EvalRunner.SETS.contains(set)) {
      throw new UserError("--set '" + set + "' is not one of " + EvalRunner.SETS);
    }
    if (!Files.isRegularFile(gold)) {
      throw new UserError(gold + ": no such file");
    }
    Pipelines.checkDates(dates);
    VigilPipeline pipeline = Pipelines.build(dictionary);
    if (set.equals("geo")) {
      GeocodeCheck.run(pipeline, gold, System.out, misses);
      return 0;
    }
    for (String finder : dates) {
      pipeline.useDates(finder);
      if (dates.size() > 1) {
        System.out.println("== dates: " + finder);
      }
      Evaluator evaluator = EvalRunner.evaluator(set, pipeline::countryName);
      EvalRunner.run(pipeline, evaluator, gold, limit, threads, System.out, misses);
    }
    return 0;
  }
}
