package org.vigil.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.io.ArticleReader;
import org.vigil.model.Article;
import org.vigil.pipeline.ArticleRunner;
import org.vigil.store.EventStore.Outcome;
import org.vigil.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil ingest}: codes articles and stores them with their events, one transaction per
 * article, so an interrupted run keeps what it committed and a re-run does only the rest.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Code articles and store them and their events (linked into stories) in the event store.")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = ".txt file, .jsonl file of {id,date,title?,source?,text} records, a directory of them, or -")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of .txt inputs")
  String date;

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dictionary", paramLabel = "DIR", description = "add or override actor and verb tables")
  Path dictionary;

  private int fresh;
  private int unchanged;
  private int replaced;

  @Override
  public Integer call() {
    LocalDate published = CodeCommand.parseDate(date);
    if (Progress.noneExist(inputs, System.err)) {
      return Errors.INPUT;
    }
    Progress progress = new Progress(System.err);
    try (JdbcEventStore db = store.open()) {
      ArticleRunner[] runner = new ArticleRunner[1];
      ArticleReader reader = new ArticleReader(published, null, progress::problem, System.in);
      reader.read(inputs, (Article a) -> {
        // Unchanged articles are skipped before coding; the models load only if something is new.
        if (db.isStored(a)) {
          unchanged++;
          progress.articles++;
          progress.tick();
          return;
        }
        if (runner[0] == null) {
          runner[0] = new ArticleRunner(Pipelines.build(dictionary), threads, r -> store(db, r, progress));
        }
        runner[0].submit(a);
      });
      if (runner[0] != null) {
        runner[0].close();
      }
    }
    System.err.printf("vigil: ingested %d articles into %s: %d new, %d unchanged, %d replaced; %d events in %.1f s%s%n",
        progress.articles, store.db, fresh, unchanged, replaced, progress.events, progress.seconds(),
        progress.failed > 0 ? " (" + progress.failed + " inputs failed)" : "");
    if (progress.articles == 0) {
      System.err.println("vigil: no article was ingested");
      return Errors.INPUT;
    }
    return progress.failed > 0 ? Errors.INPUT : 0;
  }

  private void store(JdbcEventStore db, ArticleRunner.Result r, Progress progress) {
    progress.articles++;
    if (r.error() != null) {
      progress.failed++;
      System.err.println("vigil: " + r.article().id() + ": could not be coded: " + r.error());
      return;
    }
    Outcome o = db.ingest(r.article(), r.events());
    switch (o) {
      case NEW -> fresh++;
      case REPLACED -> replaced++;
      case UNCHANGED -> unchanged++;
    }
    progress.sentences += r.sentences();
    progress.events += r.events().size();
    progress.tick();
  }
}
