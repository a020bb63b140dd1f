package org.vigil.cli;

import java.util.concurrent.Callable;
import org.vigil.server.ServeBench;
import org.vigil.server.VigilServer;
import org.vigil.store.EventStores;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.LinkingRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil serve-bench}: p50/p95 latency of the dashboard's heaviest endpoints. */
@Command(name = "serve-bench", mixinStandardHelpOptions = true,
    description = "Measure latency of /api/stats/timeline and /api/events, on a running local server or on a store.")
final class ServeBenchCommand implements Callable<Integer> {
  @Option(names = "--url", description = "a running server on localhost (default: start one on --db)")
  String url;

  @Option(names = "--db", paramLabel = "DB", description = "store to serve for the measurement (default ./vigil.duckdb)")
  String db = EventStores.DEFAULT_DB;

  @Option(names = "--requests", description = "requests per endpoint (default 200)")
  int requests = 200;

  @Override
  public Integer call() {
    try {
      if (url != null) {
        ServeBench.run(url, requests, System.out);
        return 0;
      }
      try (JdbcEventStore store = EventStores.open(db, LinkingRules.DEFAULT, true);
           VigilServer server = new VigilServer(store, a -> {
             throw new UserError("serve-bench does not code");
           }, null).start("127.0.0.1", 0)) {
        System.err.printf("vigil: serving %s (%,d events) on port %d%n", db, store.count(org.vigil.store.EventQuery.ALL),
            server.port());
        ServeBench.run("http://127.0.0.1:" + server.port(), requests, System.out);
      }
      return 0;
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }
}
