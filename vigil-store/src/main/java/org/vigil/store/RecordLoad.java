package org.vigil.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Bulk-loads events that are already coded: {@code vigil.event/1} JSON Lines as {@code vigil code
 * -o} writes them (each article's events together), the way a batch or Spark job fills a store.
 * One transaction: a bad line stores nothing. Records are parsed and re-serialised on every core
 * while the loader appends; each article becomes a row whose body is its events' sentences (the
 * records do not carry the text), and articles already stored are skipped. Events are not linked:
 * each starts its own story (later ingests link to them as to any stored mention).
 */
public final class RecordLoad {
  private static final int LINES = 4096;

  /** A line that is not a storable record; the message names the input and line. */
  public static final class BadRecord extends RuntimeException {
    BadRecord(String message) {
      super(message);
    }
  }

  /** What a load did, with its rate by the wall clock and per CPU-second of the process. */
  public record Result(long events, long articles, long skipped, double seconds, StoreBench.Rate rate) {
  }

  /** One input: its name for messages and its lines. */
  public record Input(String name, BufferedReader reader) {
  }

  private record Parsed(String input, long line, Event event, String json, String error) {
  }

  private final JdbcEventStore store;
  private final PrintStream progress;

  public RecordLoad(JdbcEventStore store, PrintStream progress) {
    this.store = store;
    this.progress = progress;
  }

  /** Loads every input in order, in one transaction. */
  public Result load(List<Input> inputs) {
    long c0 = StoreBench.cpuNanos();
    long t0 = System.nanoTime();
    Set<String> stored = store.articleIds();
    BlockingQueue<List<Parsed>> queue = new ArrayBlockingQueue<>(8);
    List<Parsed> end = List.of();
    RuntimeException[] readFailure = new RuntimeException[1];
    Thread reader = new Thread(() -> {
      try {
        for (Input in : inputs) {
          read(in, queue);
        }
      } catch (RuntimeException e) {
        readFailure[0] = e;
      } finally {
        try {
          queue.put(end);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "vigil-load-read");
    reader.setDaemon(true);
    reader.start();
    long events = 0;
    long articles = 0;
    long skipped = 0;
    long last = t0;
    BulkLoader bulk = store.bulkLoader();
    boolean ok = false;
    try {
      Set<String> done = new HashSet<>();
      List<Parsed> group = new ArrayList<>();
      while (true) {
        List<Parsed> batch = queue.take();
        if (batch == end) {
          break;
        }
        for (Parsed p : batch) {
          if (p.error() != null) {
            throw new BadRecord(p.input() + ": line " + p.line() + ": " + p.error());
          }
          if (!group.isEmpty() && !group.get(0).event().docId().equals(p.event().docId())) {
            if (add(bulk, group, stored, done)) {
              articles++;
            } else {
              skipped++;
            }
            group.clear();
          }
          if (group.isEmpty() && done.contains(p.event().docId())) {
            throw new BadRecord(p.input() + ": line " + p.line() + ": the events of article " + p.event().docId()
                + " are not together (vigil code writes each article's events in one run of lines)");
          }
          for (Parsed q : group) {
            if (q.event().id().equals(p.event().id())) {
              throw new BadRecord(p.input() + ": line " + p.line() + ": event " + p.event().id() + " appears twice");
            }
          }
          group.add(p);
        }
        long now = System.nanoTime();
        if (progress != null && now - last > 5_000_000_000L) {
          last = now;
          progress.printf("vigil: %,d events (%.0f s)%n", bulk.events(), (now - t0) / 1e9);
        }
      }
      if (readFailure[0] != null) {
        throw readFailure[0];
      }
      if (!group.isEmpty()) {
        if (add(bulk, group, stored, done)) {
          articles++;
        } else {
          skipped++;
        }
      }
      events = bulk.events();
      bulk.close();
      ok = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted", e);
    } finally {
      if (!ok) {
        bulk.abort();
        reader.interrupt();
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (StoreBench.cpuNanos() - c0) / 1e9;
    return new Result(events, articles, skipped, secs,
        new StoreBench.Rate(events / secs, cpu > 0 ? events / cpu : 0));
  }

  /** Adds one article's events unless the store has the article; true when added. */
  private static boolean add(BulkLoader bulk, List<Parsed> group, Set<String> stored, Set<String> done) {
    String id = group.get(0).event().docId();
    done.add(id);
    if (stored.contains(id)) {
      return false;
    }
    Set<String> sentences = new LinkedHashSet<>();
    List<Event> events = new ArrayList<>(group.size());
    List<String> json = new ArrayList<>(group.size());
    List<String> stories = new ArrayList<>(group.size());
    long seq = bulk.nextSeq();
    for (Parsed p : group) {
      sentences.add(p.event().sentence());
      events.add(p.event());
      json.add(p.json());
      stories.add("s" + seq++);
    }
    bulk.add(new Article(id, null, null, String.join(" ", sentences), null), events, stories, json);
    return true;
  }

  /** Reads an input in batches of lines, each parsed and re-serialised on every core. */
  private static void read(Input in, BlockingQueue<List<Parsed>> queue) {
    long line = 0;
    try {
      List<String> lines = new ArrayList<>(LINES);
      long first = 1;
      String s;
      while (true) {
        s = in.reader().readLine();
        if (s != null) {
          line++;
          lines.add(s);
        }
        if (lines.size() == LINES || (s == null && !lines.isEmpty())) {
          long base = first;
          List<String> chunk = lines;
          List<Parsed> parsed = java.util.stream.IntStream.range(0, chunk.size()).parallel()
              .mapToObj(i -> parse(in.name(), base + i, chunk.get(i))).filter(p -> p != null).toList();
          queue.put(parsed);
          lines = new ArrayList<>(LINES);
          first = line + 1;
        }
        if (s == null) {
          return;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(in.name() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One line as a record and its canonical JSON, or the reason it cannot be stored; null for a blank line. */
  private static Parsed parse(String input, long line, String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      Event e = EventJson.fromJson(text);
      String missing = e.id() == null ? "id" : e.docId() == null ? "doc_id" : e.sentence() == null ? "sentence"
          : e.cameo().code() == null || e.cameo().code().length() < 2 ? "cameo" : null;
      if (missing != null) {
        return new Parsed(input, line, null, null, "the record has no " + missing);
      }
      return new Parsed(input, line, e, EventJson.toJson(e), null);
    } catch (RuntimeException ex) {
      return new Parsed(input, line, null, null, String.valueOf(ex.getMessage()).lines().findFirst().orElse("bad record"));
    }
  }
}
