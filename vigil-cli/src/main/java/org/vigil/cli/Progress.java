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
