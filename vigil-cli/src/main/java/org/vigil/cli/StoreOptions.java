package org.vigil.cli;

import org.vigil.store.EventStores;
import org.vigil.store.JdbcEventStore;
import org.vigil.store.LinkingRules;
import picocli.CommandLine.Option;

/** {@code --db} and the linking rules, shared by the store commands. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "DB", description = "DuckDB file (default ./vigil.duckdb) or jdbc:postgresql://... URL")
  String db = EventStores.DEFAULT_DB;

  @Option(names = "--link-days", paramLabel = "N", description = "linking window in days (default 2)")
  int linkDays = LinkingRules.DEFAULT.windowDays();

  @Option(names = "--link-km", paramLabel = "KM", description = "linking distance for city-level places (default 50)")
  double linkKm = LinkingRules.DEFAULT.maxKm();

  LinkingRules rules() {
    return new LinkingRules(linkDays, linkKm, LinkingRules.DEFAULT.nestedActors(), LinkingRules.DEFAULT.separateNegated());
  }

  JdbcEventStore open() {
    return EventStores.open(db, rules(), false);
  }
}
