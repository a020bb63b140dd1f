package org.vigil.server;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.store.Dyad;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStore;
import org.vigil.store.PlaceCount;
import org.vigil.store.StoredArticle;
import org.vigil.store.StoredEvent;
import org.vigil.store.Story;
import org.vigil.store.TimelineBucket;

/**
 * The store contract in memory, for testing the server before and beside the real stores. A story
 * is every mention with the same date, actors and CAMEO code.
 */
final class MemoryStore implements EventStore {
  private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
  private final Map<String, List<StoredEvent>> byArticle = new LinkedHashMap<>();

  @Override
  public synchronized Outcome ingest(Article a, List<Event> events) {
    String hash = Integer.toHexString(Objects.hash(a.text(), a.date(), a.title()));
    StoredArticle old = articles.get(a.id());
    if (old != null && old.contentHash().equals(hash)) {
      return Outcome.UNCHANGED;
    }
    articles.put(a.id(), new StoredArticle(a.id(), a.date(), a.title(), a.source(), a.text(), hash));
    byArticle.put(a.id(), events.stream().map(e -> new StoredEvent(e, a.id(), storyKey(e), a.source())).toList());
    return old == null ? Outcome.NEW : Outcome.REPLACED;
  }

  private static String storyKey(Event e) {
    return "s-" + Integer.toHexString(Objects.hash(e.date() == null ? null : e.date().value(),
        e.source() == null ? null : e.source().code(), e.target() == null ? null : e.target().code(), e.cameo().code()));
  }

  @Override
  public synchronized boolean isStored(Article a) {
    StoredArticle old = articles.get(a.id());
    return old != null && old.text().equals(a.text());
  }

  private synchronized Stream<StoredEvent> matching(EventQuery q) {
    return byArticle.values().stream().flatMap(List::stream).filter(s -> matches(s.event(), q)).toList().stream();
  }

  private static boolean matches(Event e, EventQuery q) {
    LocalDate d = e.date() == null ? null : LocalDate.parse((e.date().value() + "-01-01").substring(0, 10));
    if (q.from() != null && (d == null || d.isBefore(q.from())) || q.to() != null && (d == null || d.isAfter(q.to()))) {
      return false;
    }
    if (q.actor() != null && !prefix(e.source() == null ? null : e.source().code(), q.actor())
        && !prefix(e.target() == null ? null : e.target().code(), q.actor())) {
      return false;
    }
    if (q.country() != null && Stream.of(e.location() == null ? null : e.location().country(),
        e.source() == null ? null : e.source().country(), e.target() == null ? null : e.target().country())
        .noneMatch(q.country()::equals)) {
      return false;
    }
    if (q.codePrefix() != null && !e.cameo().code().startsWith(q.codePrefix())
        || q.quadClass() != null && e.cameo().quadClass() != q.quadClass()) {
      return false;
    }
    if (q.nearKm() != null && (e.location() == null
        || km(q.lat(), q.lon(), e.location().lat(), e.location().lon()) > q.nearKm())) {
      return false;
    }
    if (q.text() != null) {
      String s = e.sentence().toLowerCase(Locale.ROOT);
      return Arrays.stream(q.text().toLowerCase(Locale.ROOT).split("\\s+")).allMatch(s::contains);
    }
    return true;
  }

  private static boolean prefix(String code, String p) {
    return code != null && code.startsWith(p);
  }

  private static double km(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.asin(Math.sqrt(a));
  }

  private static final Comparator<StoredEvent> NEWEST = Comparator
      .comparing((StoredEvent s) -> s.event().date() == null ? "" : s.event().date().value()).reversed()
      .thenComparing(s -> s.event().id());

  @Override
  public List<StoredEvent> events(EventQuery q) {
    return matching(q).sorted(NEWEST).skip(q.offset()).limit(q.limit()).toList();
  }

  @Override
  public long count(EventQuery q) {
    return matching(q).count();
  }

  @Override
  public synchronized Optional<Story> story(String eventId) {
    List<StoredEvent> all = byArticle.values().stream().flatMap(List::stream).toList();
    return all.stream().filter(s -> s.event().id().equals(eventId)).findFirst().map(s -> {
      List<StoredEvent> mentions = all.stream().filter(o -> o.storyId().equals(s.storyId())).toList();
      return new Story(s.storyId(), s, mentions, mentions.size(),
          (int) mentions.stream().map(StoredEvent::articleId).distinct().count(),
          (int) mentions.stream().map(StoredEvent::publisher).distinct().count());
    });
  }

  @Override
  public synchronized Optional<StoredArticle> article(String articleId) {
    return Optional.ofNullable(articles.get(articleId));
  }

  @Override
  public List<TimelineBucket> timeline(EventQuery q, Granularity g) {
    Map<String, Long> counts = new TreeMap<>();
    matching(q).filter(s -> s.event().date() != null).forEach(s -> {
      LocalDate d = LocalDate.parse((s.event().date().value() + "-01-01").substring(0, 10));
      String period = switch (g) {
        case DAY -> d.toString();
        case WEEK -> String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH -> d.toString().substring(0, 7);
      };
      counts.merge(period + "|" + s.event().cameo().quadClass(), 1L, Long::sum);
    });
    List<TimelineBucket> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new TimelineBucket(k.substring(0, k.indexOf('|')),
        Integer.parseInt(k.substring(k.indexOf('|') + 1)), n)));
    return out;
  }

  @Override
  public List<Dyad> dyads(EventQuery q, int limit) {
    Map<List<String>, List<Event>> pairs = matching(q).map(StoredEvent::event)
        .filter(e -> e.source() != null && e.target() != null && e.source().code() != null && e.target().code() != null)
        .collect(Collectors.groupingBy(e -> List.of(e.source().code(), e.target().code())));
    return pairs.entrySet().stream().map(p -> new Dyad(p.getKey().get(0), p.getKey().get(1), p.getValue().size(),
            p.getValue().stream().filter(e -> e.cameo().quadClass() >= 3).count(),
            p.getValue().stream().filter(e -> e.cameo().quadClass() <= 2).count(),
            p.getValue().stream().mapToDouble(e -> e.cameo().goldstein()).average().orElse(0)))
        .sorted(Comparator.comparingLong(Dyad::events).reversed()).limit(limit).toList();
  }

  @Override
  public List<PlaceCount> places(EventQuery q, int limit) {
    Map<String, List<Event>> at = matching(q).map(StoredEvent::event).filter(e -> e.location() != null)
        .collect(Collectors.groupingBy(e -> e.location().name() + "|" + e.location().country()));
    return at.values().stream().map(v -> {
      var l = v.get(0).location();
      return new PlaceCount(l.name(), l.country(), l.lat(), l.lon(), l.geonamesId(), v.size());
    }).sorted(Comparator.comparingLong(PlaceCount::events).reversed()).limit(limit).toList();
  }

  @Override
  public void export(ExportFormat format, EventQuery query, OutputStream out) {
    throw new UnsupportedOperationException("the test store does not export");
  }

  @Override
  public void close() {
  }
}
