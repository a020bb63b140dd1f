package org.vigil.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.format.EventJson;
import org.vigil.io.ArticleReader;
import org.vigil.model.Event;
import org.vigil.pipeline.ArticleRunner;
import org.vigil.pipeline.VigilPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil code}: articles in, event records (JSON Lines) out. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Code news articles into political event records (vigil.event/1 JSON Lines).")
final class CodeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = ".txt file, .jsonl file of {id,date,title?,text} records, a directory of them, or - for stdin")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of .txt inputs")
  String date;

  @Option(names = "--id", description = "article id for a single .txt input (default: the file name)")
  String id;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write events here instead of stdout")
  Path output;

  @Option(names = "--threads", description = "worker threads (default: all cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--dictionary", paramLabel = "DIR", description = "add or override actor and verb tables")
  Path dictionary;

  // Expert option, to compare with SUTime (docs/coding.md, Dates).
  @Option(names = "--dates", hidden = true, paramLabel = "FINDER",
      description = "time-expression finder: vigil (default) or sutime")
  String dates = "vigil";

  @Override
  public Integer call() throws IOException {
    LocalDate published = parseDate(date);
    if (Progress.noneExist(inputs, System.err)) {
      return Errors.INPUT;
    }
    Pipelines.checkDates(List.of(dates));
    Progress progress = new Progress(System.err);
    VigilPipeline pipeline = Pipelines.build(dictionary);
    pipeline.useDates(dates);
    try (Writer out = open(output); ArticleRunner runner = new ArticleRunner(pipeline, threads, r -> {
      progress.articles++;
      if (r.error() != null) {
        progress.failed++;
        System.err.println("vigil: " + r.article().id() + ": could not be coded: " + r.error());
        return;
      }
      progress.sentences += r.sentences();
      for (Event e : r.events()) {
        write(out, EventJson.toJson(e));
        progress.events++;
      }
      progress.tick();
    })) {
      ArticleReader reader = new ArticleReader(published, id, progress::problem, System.in);
      reader.read(inputs, runner::submit);
      runner.finish();
      out.flush();
    }
    progress.summary("coded");
    if (progress.articles == 0) {
      System.err.println("vigil: no article was coded");
      return Errors.INPUT;
    }
    return progress.failed > 0 ? Errors.INPUT : 0;
  }

  static LocalDate parseDate(String date) {
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new UserError("--date '" + date + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static Writer open(Path output) throws IOException {
    if (output == null) {
      return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError("cannot write " + output + ": " + e.getMessage(), Errors.IO);
    }
  }

  private static void write(Writer out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
