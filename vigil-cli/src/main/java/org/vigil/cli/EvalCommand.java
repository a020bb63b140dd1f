package org.vigil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Override
  public Integer call() throws IOException {
    if (!EvalRunner.SETS.contains(set)) {
      throw new UserError("--set '" + set + "' is not one of " + EvalRunner.SETS);
    }
    if (!Files.isRegularFile(gold)) {
      throw new UserError(gold + ": no such file");
    }
    VigilPipeline pipeline = Pipelines.build(dictionary);
    if (set.equals("geo")) {
      GeocodeCheck.run(pipeline, gold, System.out, misses);
      return 0;
    }
    Evaluator evaluator = EvalRunner.evaluator(set, pipeline::countryName);
    EvalRunner.run(pipeline, evaluator, gold, limit, threads, System.out, misses);
    return 0;
  }
}
