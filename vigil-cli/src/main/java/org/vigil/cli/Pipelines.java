package org.vigil.cli;

import java.nio.file.Path;
import java.util.List;
import org.vigil.pipeline.VigilPipeline;

/** Builds the pipeline once, reporting how long CoreNLP and the tables took to load. */
final class Pipelines {
  private Pipelines() {
  }

  /** Refuses an unknown {@code --dates} finder before the models load. */
  static void checkDates(List<String> finders) {
    for (String f : finders) {
      if (!VigilPipeline.DATE_FINDERS.contains(f)) {
        throw new UserError("--dates '" + f + "' is not one of " + VigilPipeline.DATE_FINDERS);
      }
    }
  }

  static VigilPipeline build(Path dictionary) {
    long t0 = System.nanoTime();
    System.err.println("vigil: loading models and tables ...");
    VigilPipeline p = new VigilPipeline(dictionary);
    for (String w : p.warnings()) {
      System.err.println("vigil: dictionary warning: " + w);
    }
    System.err.printf("vigil: ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return p;
  }
}
