package org.vigil.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.model.Event;
import org.vigil.store.EventQuery;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.StoredEvent;
import org.vigil.store.StoredEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil events}: stored event mentions matching filters, newest first. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List stored event mentions matching filters, newest first.")
final class EventsCommand implements Callable<Integer> {
  enum Format { table, jsonl, csv }

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions filters;

  @Option(names = "--limit", paramLabel = "N", description = "at most N events (default 100; 0 for all)")
  int limit = 100;

  @Option(names = "--format", description = "table, jsonl (vigil.event/1 with story_id) or csv (default table)")
  Format format = Format.table;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw new UserError("--limit must be 0 or more");
    }
    EventQuery q = filters.query(limit);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (JdbcEventStore db = store.open()) {
      if (format == Format.table) {
        table(db.events(q), db.count(q), out);
      } else {
        List<StoredEvent> page = db.events(q);
        if (format == Format.jsonl) {
          for (StoredEvent e : page) {
            out.println(StoredEvents.jsonWithStory(e));
          }
        } else {
          out.print(StoredEvents.csv(page));
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void table(List<StoredEvent> events, long total, PrintStream out) {
    out.printf("%-10s  %-5s  %-9s  %-9s  %-16s  %-8s  %s%n", "DATE", "CAMEO", "SOURCE", "TARGET", "PLACE", "STORY",
        "SENTENCE");
    for (StoredEvent s : events) {
      Event e = s.event();
      out.printf("%-10s  %-5s  %-9s  %-9s  %-16s  %-8s  %s%n", e.date() == null ? "-" : e.date().value(),
          e.cameo().code(), e.source() == null ? "-" : e.source().code(), e.target() == null ? "-" : e.target().code(),
          cut(e.location() == null ? "-" : e.location().name(), 16), cut(s.storyId(), 8), cut(e.sentence(), 80));
    }
    System.err.printf("vigil: %d of %d matching events%n", events.size(), total);
  }

  private static String cut(String s, int n) {
    String t = s == null ? "" : s.replace('\n', ' ');
    return t.length() <= n ? t : t.substring(0, n - 1) + "…";
  }
}
