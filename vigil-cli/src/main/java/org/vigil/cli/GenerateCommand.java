package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil generate}: a store of synthetic events for load tests (no NLP). */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Fill a store with synthetic events (no NLP) for benchmarks; the same seed gives the same store.")
final class GenerateCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Option(names = "--events", paramLabel = "N", description = "how many events (default 1000000)")
  long events = 1_000_000;

  @Option(names = "--seed", description = "random seed (default 7)")
  long seed = 7;

  @Option(names = "--loader-only", description = "time only the bulk loader: each 250,000 records and their JSON "
      + "are made in memory first, untimed")
  boolean loaderOnly;

  @Override
  public Integer call() {
    if (events <= 0) {
      throw new UserError("--events must be above 0");
    }
    try (JdbcEventStore db = store.open()) {
      long t0 = System.nanoTime();
      if (loaderOnly) {
        StoreBench.Rate rate = StoreBench.loaderRate(db, events, seed, System.err);
        System.err.printf("vigil: generated %,d events into %s in %.1f s; the loader alone: %s%n", events, db.name(),
            (System.nanoTime() - t0) / 1e9, rate);
        return 0;
      }
      StoreBench.Rate rate = StoreBench.generateRate(db, events, seed, System.err);
      System.err.printf("vigil: generated %,d events into %s in %.1f s (%s)%n", events, db.name(),
          (System.nanoTime() - t0) / 1e9, rate);
    }
    return 0;
  }
}
