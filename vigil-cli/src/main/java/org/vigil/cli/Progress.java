package org.vigil.cli;

import java.io.PrintStream;

/** Progress and summaries on standard error, at most once a second, so long runs show life. */
final class Progress {
  private final PrintStream err;
  private final long started = System.nanoTime();
  private long lastReport = started;
  int articles;
  int sentences;
  int events;
  int failed;

  Progress(PrintStream err) {
    this.err = err;
  }

  /** Reports an input problem on one line; a skipped input counts as failed, a warning does not. */
  void problem(org.vigil.io.InputProblem p) {
    err.println("vigil: " + p);
    if (!p.warning()) {
      failed++;
    }
  }

  /**
   * When none of the inputs exists, says so for each and returns true: the caller stops before
   * spending seconds loading models.
   */
  static boolean noneExist(java.util.List<String> inputs, PrintStream err) {
    if (inputs.stream().anyMatch(i -> i.equals("-") || java.nio.file.Files.exists(java.nio.file.Path.of(i)))) {
      return false;
    }
    inputs.forEach(i -> err.println("vigil: " + i + ": no such file or directory"));
    return true;
  }

  void tick() {
    long now = System.nanoTime();
    if (now - lastReport > 1_000_000_000L) {
      lastReport = now;
      err.printf("vigil: %d articles, %d sentences, %d events (%.0f s)%n", articles, sentences, events, seconds());
    }
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  void summary(String verb) {
    err.printf("vigil: %s %d articles, %d sentences, %d events in %.1f s%s%n", verb, articles, sentences, events,
        seconds(), failed > 0 ? " (" + failed + " inputs failed)" : "");
  }
}
