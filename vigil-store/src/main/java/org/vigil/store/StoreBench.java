package org.vigil.store;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;

/**
 * The numbers of docs/store.md: bulk and per-article ingest rates (no NLP) and query latencies
 * (p50, p95) on a store of generated events.
 */
public final class StoreBench {
  private final PrintStream out;

  public StoreBench(PrintStream out) {
    this.out = out;
  }

  /** A rate both by the wall clock and per CPU-second of this process (the machine may be shared). */
  public record Rate(double wall, double cpu) {
    @Override
    public String toString() {
      return String.format("%,.0f events/s wall clock, %,.0f events per CPU-second", wall, cpu);
    }
  }

  static long cpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() : 0;
  }

  /** Fills a store with {@code events} generated events through the bulk loader. */
  public static Rate generateRate(JdbcEventStore store, long events, long seed, PrintStream progress) {
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    double wall = generate(store, events, seed, progress);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    return new Rate(wall, cpu > 0 ? wall * secs / cpu : 0);
  }

  /**
   * Fills a store with {@code events} generated events through the bulk loader; returns events/s.
   * A second thread generates the records (the stand-in for coding), as when coded articles arrive
   * from a pipeline.
   */
  public static double generate(JdbcEventStore store, long events, long seed, PrintStream progress) {
    long t0 = System.nanoTime();
    long last = t0;
    BlockingQueue<List<SyntheticEvents.Item>> queue = new ArrayBlockingQueue<>(64);
    List<SyntheticEvents.Item> end = List.of();
    Thread producer = new Thread(() -> {
      SyntheticEvents gen = new SyntheticEvents(seed);
      long made = 0;
      try {
        List<SyntheticEvents.Item> batch = new ArrayList<>(512);
        while (made < events) {
          SyntheticEvents.Item it = gen.next(made, events);
          made += it.events().size();
          batch.add(it);
          if (batch.size() == 512) {
            queue.put(batch);
            batch = new ArrayList<>(512);
          }
        }
        queue.put(batch);
        queue.put(end);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "vigil-generate");
    producer.setDaemon(true);
    producer.start();
    try (BulkLoader bulk = store.bulkLoader()) {
      while (true) {
        List<SyntheticEvents.Item> batch = queue.take();
        if (batch == end) {
          break;
        }
        // DuckDB: the loader's workers make the JSON with the rest of each row, off this thread;
        // PostgreSQL: JSON on every core here, then appended in order.
        List<List<String>> json = store.isDuckDb() ? null : batch.parallelStream()
            .map(it -> it.events().stream().map(org.vigil.format.EventJson::toJson).toList()).toList();
        for (int i = 0; i < batch.size(); i++) {
          SyntheticEvents.Item it = batch.get(i);
          bulk.add(it.article(), it.events(), it.storyIds(), json == null ? null : json.get(i));
        }
        long now = System.nanoTime();
        if (progress != null && now - last > 2_000_000_000L) {
          last = now;
          progress.printf("vigil: %,d events (%.0f s)%n", bulk.events(), (now - t0) / 1e9);
        }
      }
      bulk.commit();
      return bulk.events() / ((System.nanoTime() - t0) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted", e);
    } finally {
      producer.interrupt();
    }
  }

  /** Events made in memory at a time by {@link #loaderRate}: the loader's own batch. */
  private static final int CHUNK = BulkLoader.DUCK_BATCH;

  /**
   * The bulk loader's own rate: the records and their JSON are made in memory first, a chunk at a
   * time, untimed; only adding them to the loader and its commits are timed (wall clock and CPU of
   * the process), so that the generator and the serialisation are not counted.
   */
  public static Rate loaderRate(JdbcEventStore store, long events, long seed, PrintStream progress) {
    SyntheticEvents gen = new SyntheticEvents(seed);
    long made = 0;
    long wall = 0;
    long cpu = 0;
    try (BulkLoader bulk = store.bulkLoader()) {
      while (made < events) {
        List<SyntheticEvents.Item> chunk = new ArrayList<>();
        long n = 0;
        while (n < CHUNK && made < events) {
          SyntheticEvents.Item it = gen.next(made, events);
          made += it.events().size();
          n += it.events().size();
          chunk.add(it);
        }
        List<List<String>> json = chunk.parallelStream()
            .map(it -> it.events().stream().map(org.vigil.format.EventJson::toJson).toList()).toList();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        for (int i = 0; i < chunk.size(); i++) {
          SyntheticEvents.Item it = chunk.get(i);
          bulk.add(it.article(), it.events(), it.storyIds(), json.get(i));
        }
        wall += System.nanoTime() - t0;
        cpu += cpuNanos() - c0;
        if (progress != null) {
          progress.printf("vigil: %,d events, loader %.1f s so far%n", bulk.events(), wall / 1e9);
        }
      }
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      bulk.commit();
      wall += System.nanoTime() - t0;
      cpu += cpuNanos() - c0;
      return new Rate(bulk.events() / (wall / 1e9), cpu > 0 ? bulk.events() / (cpu / 1e9) : 0);
    }
  }

  /** Ingests articles one transaction each (with linking), as {@code vigil ingest} does. */
  public static Rate ingestRate(JdbcEventStore store, int articles, long seed) {
    SyntheticEvents gen = new SyntheticEvents(seed);
    List<SyntheticEvents.Item> items = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      // A few days of news, as a daily ingest brings: repeats then fall within the linking window.
      SyntheticEvents.Item it = gen.next(i * 3L, 1_000_000);
      // Fresh ids, so that they add to the store and link against it.
      String id = "bench-" + seed + "-" + i;
      List<org.vigil.model.Event> evs = it.events().stream().map(e -> new org.vigil.model.Event(
          id + ":" + e.sentenceIndex() + ":0", id, e.sentenceIndex(), e.sentence(), e.trigger(), e.date(), e.source(),
          e.target(), e.cameo(), e.location(), e.size(), e.attribution(), e.modality(), e.quote(), e.rule(),
          e.confidence())).toList();
      var a = it.article();
      items.add(new SyntheticEvents.Item(new org.vigil.model.Article(id, a.date(), a.title(), a.text(), a.source()),
          evs, it.storyIds()));
    }
    long events = 0;
    long c0 = cpuNanos();
    long t0 = System.nanoTime();
    for (SyntheticEvents.Item it : items) {
      store.ingest(it.article(), it.events());
      events += it.events().size();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpuNanos() - c0) / 1e9;
    return new Rate(events / secs, cpu > 0 ? events / cpu : 0);
  }

  /** Runs each query kind {@code runs} times with varying parameters and prints p50 and p95. */
  public void queries(JdbcEventStore store, int runs) {
    LocalDate base = LocalDate.of(2020, 1, 1);
    String[] countries = {"SYR", "UKR", "KEN", "FRA", "USA", "NGA", "IRQ", "MEX"};
    String[] codes = {"19", "14", "112", "04", "173", "0"};
    measure("events: date range (30 days)", runs, i -> store.events(q(base.plusDays(i * 37L % 1800),
        base.plusDays(i * 37L % 1800 + 30), null, null, null, null, null, null)).size());
    measure("events: actor", runs, i -> store.events(q(null, null, countries[i % countries.length] + "MIL", null,
        null, null, null, null)).size());
    measure("events: country", runs, i -> store.events(q(null, null, null, countries[i % countries.length], null,
        null, null, null)).size());
    measure("events: code prefix", runs, i -> store.events(q(null, null, null, null, codes[i % codes.length], null,
        null, null)).size());
    measure("events: near (100 km)", runs, i -> store.events(q(null, null, null, null, null, 7.0 + (i % 5) * 0.7,
        -47.0 + (i % 4) * 0.9, 100.0)).size());
    measure("events: actor + dates + code", runs, i -> store.events(q(base.plusDays(i * 53L % 1500),
        base.plusDays(i * 53L % 1500 + 180), countries[i % countries.length], null, "1", null, null, null)).size());
    measure("count: country", runs, i -> (int) store.count(q(null, null, null, countries[i % countries.length], null,
        null, null, null)));
    measure("timeline: month, all", runs, i -> store.timeline(EventQuery.ALL, EventStore.Granularity.MONTH).size());
    measure("timeline: week, country", runs, i -> store.timeline(q(null, null, null, countries[i % countries.length],
        null, null, null, null), EventStore.Granularity.WEEK).size());
    measure("dyads: top 20, all", runs, i -> store.dyads(EventQuery.ALL, 20).size());
    measure("dyads: top 20, one year", runs, i -> store.dyads(q(base.plusDays(365L * (i % 4)),
        base.plusDays(365L * (i % 4) + 365), null, null, null, null, null, null), 20).size());
    measure("places: top 50, all", runs, i -> store.places(EventQuery.ALL, 50).size());
    measure("places: top 50, code prefix", runs, i -> store.places(q(null, null, null, null, codes[i % codes.length],
        null, null, null), 50).size());
    measure("story: by event id", runs, i -> store.story("gen-" + (i * 7919 % 200_000) + ":0:0")
        .map(Story::numMentions).orElse(0));
  }

  private static EventQuery q(LocalDate from, LocalDate to, String actor, String country, String code, Double lat,
                              Double lon, Double km) {
    return new EventQuery(from, to, actor, country, code, lat, lon, km, null, null, 100, 0);
  }

  private void measure(String name, int runs, IntFunction<Integer> query) {
    query.apply(runs); // warm-up: the first run pays for loading columns into memory
    double[] ms = new double[runs];
    long rows = 0;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      rows += query.apply(i);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    out.printf("  %-32s p50 %7.1f ms   p95 %7.1f ms   (%d rows on average)%n", name, pct(ms, 50), pct(ms, 95),
        rows / runs);
  }

  private static double pct(double[] sorted, int p) {
    int k = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
  }
}
