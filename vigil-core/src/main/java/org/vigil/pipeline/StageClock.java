package org.vigil.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each pipeline stage, summed over threads, for the benchmark's breakdown. */
public final class StageClock {
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

  /** Adds the time since {@code since} to {@code stage} and returns now. */
  long add(String stage, long since) {
    long now = System.nanoTime();
    addNanos(stage, now - since);
    return now;
  }

  void addNanos(String stage, long n) {
    nanos.computeIfAbsent(stage, k -> new LongAdder()).add(n);
  }

  public Map<String, Long> snapshot() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String k : new String[] {"nlp", "actor", "coder", "attributes"}) {
      LongAdder a = nanos.get(k);
      out.put(k, a == null ? 0L : a.sum());
    }
    return out;
  }

  public void reset() {
    nanos.clear();
  }
}
