package org.vigil.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.vigil.store.EventStore.Granularity;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.TimelineBucket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil counts}: events per period and QuadClass, one row per period. */
@Command(name = "counts", mixinStandardHelpOptions = true,
    description = "Count stored events by day, week or month and QuadClass (tab-separated).")
final class CountsCommand implements Callable<Integer> {
  enum By { day, week, month }

  @Mixin
  StoreOptions store;

  @Mixin
  QueryOptions filters;

  @Option(names = "--by", required = true, description = "day, week or month")
  By by;

  @Override
  public Integer call() {
    Map<String, long[]> rows = new TreeMap<>();
    try (JdbcEventStore db = store.open()) {
      for (TimelineBucket b : db.timeline(filters.query(0), Granularity.valueOf(by.name().toUpperCase()))) {
        rows.computeIfAbsent(b.period(), k -> new long[5])[b.quadClass()] += b.events();
      }
    }
    System.out.println("period\tverbal_cooperation\tmaterial_cooperation\tverbal_conflict\tmaterial_conflict\ttotal");
    rows.forEach((period, n) -> System.out.printf("%s\t%d\t%d\t%d\t%d\t%d%n", period, n[1], n[2], n[3], n[4],
        n[1] + n[2] + n[3] + n[4]));
    return 0;
  }
}
