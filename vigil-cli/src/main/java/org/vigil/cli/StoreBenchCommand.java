package org.vigil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStores;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.LinkingRules;
import org.vigil.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil store-bench}: for each store, fills it with generated events when it is empty
 * (bulk rate), ingests more one article per transaction with linking (ingest rate), then times the
 * filtered and aggregate queries.
 */
@Command(name = "store-bench", mixinStandardHelpOptions = true,
    description = "Measure ingest rate (no NLP) and query latency of event stores (docs/store.md).")
final class StoreBenchCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "DB", required = true,
      description = "a DuckDB file or jdbc:postgresql:// URL; repeat to compare stores")
  List<String> dbs;

  @Option(names = "--events", paramLabel = "N", description = "events to generate into an empty store (default 1000000)")
  long events = 1_000_000;

  @Option(names = "--ingest-articles", paramLabel = "N", description = "articles ingested one transaction each (default 2000)")
  int ingestArticles = 2000;

  @Option(names = "--runs", paramLabel = "N", description = "runs per query kind (default 40)")
  int runs = 40;

  @Override
  public Integer call() {
    for (String db : dbs) {
      try (JdbcEventStore store = EventStores.open(db, LinkingRules.DEFAULT, false)) {
        System.out.println(store.name());
        long have = store.count(EventQuery.ALL);
        if (have == 0) {
          System.out.println("  bulk load (generator)            " + StoreBench.generateRate(store, events, 7, System.err));
          have = store.count(EventQuery.ALL);
        }
        System.out.printf("  events in store                  %,d%n", have);
        System.out.flush();
        if (ingestArticles > 0) {
          System.out.println("  ingest, one transaction/article  " + StoreBench.ingestRate(store, ingestArticles,
              System.nanoTime()) + " (with linking)");
        }
        new StoreBench(System.out).queries(store, runs);
      }
    }
    return 0;
  }
}
