package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.RecordLoad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code vigil load}: bulk-loads already-coded events (vigil.event/1 JSON Lines) into a store. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = "Bulk-load coded events (vigil.event/1 JSON Lines from vigil code -o) into the event store, "
        + "in one transaction, without linking; articles already stored are skipped.")
final class LoadCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = ".jsonl files of events, or - for stdin")
  List<String> inputs;

  @Override
  public Integer call() throws IOException {
    for (String in : inputs) {
      if (!in.equals("-") && !Files.isRegularFile(Path.of(in))) {
        throw new UserError(in + ": no such file");
      }
    }
    List<RecordLoad.Input> readers = new ArrayList<>();
    try (JdbcEventStore db = store.open()) {
      for (String in : inputs) {
        readers.add(new RecordLoad.Input(in.equals("-") ? "stdin" : in, in.equals("-")
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
            : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8)));
      }
      RecordLoad.Result r = new RecordLoad(db, System.err).load(readers);
      System.err.printf("vigil: loaded %,d events of %,d articles into %s in %.1f s (%s); %,d articles already "
          + "stored were skipped%n", r.events(), r.articles(), db.name(), r.seconds(), r.rate(), r.skipped());
    } catch (RecordLoad.BadRecord e) {
      throw new UserError(e.getMessage() + "; nothing was loaded");
    } finally {
      for (RecordLoad.Input r : readers) {
        r.reader().close();
      }
    }
    return 0;
  }
}
