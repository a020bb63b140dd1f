package org.vigil.store;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.vigil.model.Article;
import org.vigil.model.Event;

/**
 * Where coded events live: DuckDB embedded by default, PostgreSQL for teams, one schema and one
 * behaviour. Implementations are safe for one writer and many readers at a time.
 */
public interface EventStore extends AutoCloseable {

  /** What ingesting one article did. */
  enum Outcome { NEW, UNCHANGED, REPLACED }

  /**
   * Stores an article and its events in one transaction and links the events to stories. The same
   * article again (same id and content hash) changes nothing; a changed article replaces its events.
   */
  Outcome ingest(Article article, List<Event> events);

  /** Whether this exact article (id and content) is already stored: callers skip coding it. */
  boolean isStored(Article article);

  /** Event mentions matching a query, newest first, one page. */
  List<StoredEvent> events(EventQuery query);

  /** Number of event mentions matching a query (ignores its paging). */
  long count(EventQuery query);

  /** One event mention by its id, with its story's other mentions. */
  Optional<Story> story(String eventId);

  /** A stored article, for showing an event's evidence in its text. */
  Optional<StoredArticle> article(String articleId);

  /** Counts per period and QuadClass. */
  List<TimelineBucket> timeline(EventQuery query, Granularity granularity);

  /** The actor pairs with the most events. */
  List<Dyad> dyads(EventQuery query, int limit);

  /** The places with the most events. */
  List<PlaceCount> places(EventQuery query, int limit);

  /** Writes the matching events in a standard format. */
  void export(ExportFormat format, EventQuery query, OutputStream out);

  @Override
  void close();

  /** Period of a timeline bucket. */
  enum Granularity { DAY, WEEK, MONTH }

  /** Export formats with their exact published column sets. */
  enum ExportFormat { GDELT, ICEWS, ACLED, PLOVER, JSONL, CSV, PARQUET }
}
