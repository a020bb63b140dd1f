package org.vigil.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.io.ArticleReader;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.pipeline.VigilPipeline;
import org.vigil.server.PipelineCoder;
import org.vigil.store.EventStores;
import org.vigil.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil demo}: codes the demo articles into an embedded store and opens the dashboard on them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Code the demo articles (or yours) into a DuckDB store and serve the dashboard on localhost.")
final class DemoCommand implements Callable<Integer> {
  static final String DEMO = "examples/demo-articles.jsonl";

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "articles to code (default " + DEMO + ")")
  List<String> inputs;

  // Its own file by default, so the demo never mixes into a real ./vigil.duckdb.
  @Option(names = "--db", paramLabel = "DB", description = "DuckDB file (default ./vigil-demo.duckdb)")
  String db = "./vigil-demo.duckdb";

  @Option(names = "--port", description = "TCP port (default 8080; 0 picks a free one)")
  int port = 8080;

  @Override
  public Integer call() {
    List<String> in = inputs == null || inputs.isEmpty() ? List.of(DEMO) : inputs;
    for (String i : in) {
      if (!i.equals("-") && !Files.exists(Path.of(i))) {
        throw new UserError(i + ": no such file or directory" + (i.equals(DEMO) ? " (run vigil demo from the Vigil directory)" : ""));
      }
    }
    JdbcEventStore store = EventStores.open(db);
    VigilPipeline pipeline = Pipelines.build(null);
    int[] counts = new int[3];
    new ArticleReader(null, null, p -> System.err.println("vigil: " + p), System.in).read(in, (Article a) -> {
      counts[0]++;
      if (store.isStored(a)) {
        return;
      }
      List<Event> events = pipeline.code(a);
      store.ingest(a, events);
      counts[1]++;
      counts[2] += events.size();
    });
    System.err.printf("vigil: %d articles, %d newly coded into %s (%d events)%n", counts[0], counts[1], db, counts[2]);
    return Dashboard.serve(store, PipelineCoder.of(pipeline), null, "127.0.0.1", port);
  }
}
