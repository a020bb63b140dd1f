package org.vigil.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.store.EventStore.ExportFormat;
import org.vigil.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil export}: the store in GDELT, ICEWS, ACLED, PLOVER, JSON Lines, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export stored events: gdelt, icews, acled, plover, jsonl, csv or parquet (docs/exports.md).")
final class ExportCommand implements Callable<Integer> {
  enum Format { gdelt, icews, acled, plover, jsonl, csv, parquet }

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions filters;

  @Option(names = "--format", required = true, description = "gdelt, icews, acled, plover, jsonl, csv or parquet")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write here instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    try (JdbcEventStore db = store.open(); OutputStream out = open()) {
      db.export(ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)), filters.query(0), out);
    }
    return 0;
  }

  private OutputStream open() {
    if (output == null) {
      return new BufferedOutputStream(System.out, 1 << 16) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    try {
      return new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
    } catch (IOException e) {
      throw new UserError("cannot write " + output + ": " + e.getMessage(), Errors.IO);
    }
  }
}
