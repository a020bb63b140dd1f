package org.vigil.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each pipeline stage, summed over threads, for the benchmark's breakdown. */
public final class StageClock {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Adds the time since {@code since} to {@code stage} and returns now. */
  long add(String stage, long since) {
    long now = System.nanoTime();
    addNanos(stage, now - since);
    return now;
  }

  void addNanos(String stage, long n) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(n);
  }

  void tick(String what) {
    counts.computeIfAbsent(what, k -> new LongAdder()).increment();
  }

  /** Nanoseconds in one stage, including those inside the benchmark's four ("dates" is in "attributes"). */
  public long nanos(String stage) {
    LongAdder a = nanos.get(stage);
    return a == null ? 0 : a.sum();
  }

  /** How often {@code what} was counted ("dated sentences"). */
  public long count(String what) {
    LongAdder a = counts.get(what);
    return a == null ? 0 : a.sum();
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : new String[] {"nlp", "actor", "coder", "attributes"}) {
      out.put(k, nanos(k));
    }
    return out;
  }

  public void reset() {
    nanos.clear();
    counts.clear();
  }
}
