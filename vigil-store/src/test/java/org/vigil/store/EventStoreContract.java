package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigil.store.Mentions.ACCUSE;
import static org.vigil.store.Mentions.ALEPPO;
import static org.vigil.store.Mentions.DAMASCUS;
import static org.vigil.store.Mentions.IDLIB;
import static org.vigil.store.Mentions.MEET;
import static org.vigil.store.Mentions.NAIROBI;
import static org.vigil.store.Mentions.PROTEST;
import static org.vigil.store.Mentions.STATEMENT;
import static org.vigil.store.Mentions.article;
import static org.vigil.store.Mentions.event;
import static org.vigil.store.Mentions.killing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.Event;
import org.vigil.store.EventStore.ExportFormat;
import org.vigil.store.EventStore.Granularity;
import org.vigil.store.EventStore.Outcome;

/**
 * What every store does, whatever the engine: DuckDB and PostgreSQL run these same tests.
 * Articles and sentences are written for these tests.
 */
abstract class EventStoreContract {
  protected JdbcEventStore store;

  /** A fresh, empty store. */
  protected abstract JdbcEventStore openEmpty();

  /** The same store opened again. */
  protected abstract JdbcEventStore reopen();

  @BeforeEach
  void open() {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static final Article AP = article("ap-1", "2024-02-02", "Agence Example",
      "Syrian army artillery shelled rebel positions near Aleppo on Thursday, killing four fighters.");
  private static final Article RT = article("rt-1", "2024-02-03", "Daily Example",
      "Government forces pounded rebel-held districts of Aleppo a day earlier, a monitor said.");

  private static List<Event> apEvents() {
    return List.of(killing("ap-1", 0, "2024-02-01", "SYRMIL", "SYRREB", ALEPPO, 4, AP.text()));
  }

  private static List<Event> rtEvents() {
    return List.of(killing("rt-1", 0, "2024-02-02", "SYRMIL", "SYRREB", ALEPPO, 4, RT.text()));
  }

  @Test
  void ingestingTheSameArticleTwiceChangesNothing() {
    assertEquals(Outcome.NEW, store.ingest(AP, apEvents()));
    assertTrue(store.isStored(AP));
    assertEquals(Outcome.UNCHANGED, store.ingest(AP, apEvents()));
    assertEquals(1, store.count(EventQuery.ALL));
    assertEquals(1, store.articleCount());
  }

  @Test
  void aChangedArticleReplacesItsOldEvents() {
    store.ingest(AP, apEvents());
    Article changed = article("ap-1", "2024-02-02", "Agence Example", AP.text() + " The army denied it.");
    assertFalse(store.isStored(changed));
    List<Event> now = List.of(
        killing("ap-1", 0, "2024-02-01", "SYRMIL", "SYRREB", ALEPPO, 5, changed.text()),
        event("ap-1", 1, "2024-02-01", "SYRMIL", null, ACCUSE, null, "The army denied it."));
    assertEquals(Outcome.REPLACED, store.ingest(changed, now));
    assertEquals(2, store.count(EventQuery.ALL));
    assertEquals(changed.text(), store.article("ap-1").orElseThrow().text());
    assertEquals(JdbcEventStore.contentHash(changed), store.article("ap-1").orElseThrow().contentHash());
    assertEquals(5, store.story("ap-1:0:0").orElseThrow().event().event().size().dead().value());
  }

  @Test
  void anArticleWhoseEventsCannotBeStoredLeavesNothingBehind() {
    List<Event> broken = new ArrayList<>(apEvents());
    broken.add(null);
    assertThrows(RuntimeException.class, () -> store.ingest(AP, broken));
    assertFalse(store.isStored(AP));
    assertEquals(0, store.count(EventQuery.ALL));
    assertEquals(0, store.articleCount());
    assertEquals(Outcome.NEW, store.ingest(AP, apEvents()));
  }

  @Test
  void twoPublishersReportingOneShellingMakeOneStoryWithTwoSources() {
    store.ingest(AP, apEvents());
    store.ingest(RT, rtEvents());
    Story s = store.story("rt-1:0:0").orElseThrow();
    assertEquals(2, s.numMentions());
    assertEquals(2, s.numArticles());
    assertEquals(2, s.numSources());
    assertEquals("rt-1:0:0", s.event().event().id());
    assertEquals(List.of("ap-1:0:0", "rt-1:0:0"), s.mentions().stream().map(m -> m.event().id()).toList());
    assertEquals(s.storyId(), store.story("ap-1:0:0").orElseThrow().storyId());
  }

  @Test
  void eventsOfAnotherKindPlaceOrWeekStayInTheirOwnStories() {
    store.ingest(AP, apEvents());
    store.ingest(article("x-1", "2024-02-01", "Agence Example", "Talks in Damascus."),
        List.of(event("x-1", 0, "2024-02-01", "SYRMIL", "SYRREB", MEET, DAMASCUS, "Talks in Damascus.")));
    store.ingest(article("x-2", "2024-02-01", "Daily Example", "Shelling in Damascus."),
        List.of(killing("x-2", 0, "2024-02-01", "SYRMIL", "SYRREB", DAMASCUS, 2, "Shelling in Damascus.")));
    store.ingest(article("x-3", "2024-02-20", "Daily Example", "Shelling near Aleppo again."),
        List.of(killing("x-3", 0, "2024-02-20", "SYRMIL", "SYRREB", ALEPPO, 1, "Shelling near Aleppo again.")));
    for (String id : List.of("ap-1:0:0", "x-1:0:0", "x-2:0:0", "x-3:0:0")) {
      assertEquals(1, store.story(id).orElseThrow().numMentions(), id);
    }
  }

  @Test
  void oneArticleReportingEventsYearsApartLinksEachToItsOwnStory() {
    // One candidate query per article covers every event's date window, however far apart.
    store.ingest(AP, apEvents());
    store.ingest(article("old-1", "2021-05-03", "Example Wire", "Shelling in Damascus in 2021."),
        List.of(killing("old-1", 0, "2021-05-02", "SYRMIL", "SYRREB", DAMASCUS, 2, "Shelling in Damascus.")));
    Article both = article("rev-1", "2024-02-03", "Daily Example", "A review: Damascus in 2021, Aleppo this week.");
    store.ingest(both, List.of(
        killing("rev-1", 0, "2021-05-03", "SYRMIL", "SYRREB", DAMASCUS, 2, both.text()),
        killing("rev-1", 1, "2024-02-02", "SYRMIL", "SYRREB", ALEPPO, 4, both.text())));
    assertEquals(store.story("old-1:0:0").orElseThrow().storyId(), store.story("rev-1:0:0").orElseThrow().storyId());
    assertEquals(store.story("ap-1:0:0").orElseThrow().storyId(), store.story("rev-1:1:0").orElseThrow().storyId());
    assertEquals(2, store.story("rev-1:1:0").orElseThrow().numMentions());
  }

  @Test
  void ingestAfterABulkLoadContinuesTheSequenceAndLinksToLoadedEvents() {
    store.ingest(AP, apEvents());
    try (BulkLoader bulk = store.bulkLoader()) {
      SyntheticEvents gen = new SyntheticEvents(3);
      while (bulk.events() < 200) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 200); // story ids "s" + seq, as ingest makes
        bulk.add(it.article(), it.events(), it.storyIds());
      }
    }
    long loaded = store.count(EventQuery.ALL);
    assertTrue(loaded > 200, "loaded " + loaded);
    store.ingest(RT, rtEvents());
    assertEquals(loaded + 1, store.count(EventQuery.ALL));
    assertEquals(2, store.story("rt-1:0:0").orElseThrow().numMentions());
    // Sequence numbers stay unique across bulk loads and ingests: the newest page holds rt-1 once.
    List<StoredEvent> all = store.events(new EventQuery(null, null, null, null, null, null, null, null, null, null,
        0, 0));
    assertEquals(all.size(), all.stream().map(e -> e.event().id()).distinct().count());
    assertEquals(loaded + 1, all.size());
  }

  @Test
  void twoSentencesOfOneArticleAboutOneEventAreOneStoryFromOneSource() {
    Article a = article("long-1", "2024-02-02", "Agence Example", "Shelling hit Aleppo. The army shelled rebels there.");
    store.ingest(a, List.of(killing("long-1", 0, "2024-02-02", null, "SYRREB", ALEPPO, 3, "Shelling hit Aleppo."),
        killing("long-1", 1, "2024-02-02", "SYRMIL", "SYRREB", ALEPPO, 3, "The army shelled rebels there.")));
    Story s = store.story("long-1:1:0").orElseThrow();
    assertEquals(2, s.numMentions());
    assertEquals(1, s.numArticles());
    assertEquals(1, s.numSources());
  }

  private void storeSample() {
    store.ingest(AP, apEvents());
    store.ingest(RT, rtEvents());
    store.ingest(article("k-1", "2023-07-12", "Nairobi Example", "Protesters marched in Nairobi against taxes."),
        List.of(event("k-1", 0, "2023-07-12", "KENCVL", "KENGOV", PROTEST, NAIROBI,
            "Protesters marched in Nairobi against taxes.")));
    store.ingest(article("d-1", "2024-03-10", "Agence Example", "France accused Syria of obstructing aid."),
        List.of(event("d-1", 0, "2024-03-10", "FRA", "SYRGOV", ACCUSE, null, "France accused Syria of obstructing aid.")));
  }

  private static EventQuery query(LocalDate from, LocalDate to, String actor, String country, String code,
                                  Double lat, Double lon, Double km, String text) {
    return new EventQuery(from, to, actor, country, code, lat, lon, km, text, null, 100, 0);
  }

  private List<String> ids(EventQuery q) {
    return store.events(q).stream().map(e -> e.event().id()).toList();
  }

  @Test
  void eventsComeNewestFirstAndFilterByEveryField() {
    storeSample();
    assertEquals(List.of("d-1:0:0", "rt-1:0:0", "ap-1:0:0", "k-1:0:0"), ids(EventQuery.ALL));
    assertEquals(List.of("rt-1:0:0", "ap-1:0:0"),
        ids(query(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-28"), null, null, null, null, null, null, null)));
    assertEquals(List.of("d-1:0:0", "rt-1:0:0", "ap-1:0:0"), ids(query(null, null, "SYR", null, null, null, null, null, null)));
    assertEquals(List.of("d-1:0:0"), ids(query(null, null, "FRA", null, null, null, null, null, null)));
    assertEquals(List.of("k-1:0:0"), ids(query(null, null, null, "KEN", null, null, null, null, null)));
    assertEquals(List.of("rt-1:0:0", "ap-1:0:0"), ids(query(null, null, null, null, "19", null, null, null, null)));
    assertEquals(List.of("d-1:0:0"), ids(query(null, null, null, null, "112", null, null, null, null)));
    assertEquals(List.of("rt-1:0:0", "ap-1:0:0"), ids(query(null, null, null, null, null, 36.0, 37.0, 50.0, null)));
    assertEquals(List.of(), ids(query(null, null, null, null, null, 36.0, 37.0, 5.0, null)));
    assertEquals(List.of("k-1:0:0"), ids(query(null, null, null, null, null, null, null, null, "nairobi TAXES")));
    assertEquals(List.of(), ids(query(null, null, null, null, null, null, null, null, "100%")));
    assertEquals(3, store.count(query(null, null, "SYR", null, null, null, null, null, null)));
    assertEquals(List.of("rt-1:0:0"), ids(new EventQuery(null, null, null, null, null, null, null, null, null, 4, 1, 0)));
    assertEquals(List.of("ap-1:0:0"), ids(new EventQuery(null, null, null, null, null, null, null, null, null, 4, 1, 1)));
  }

  @Test
  void aTextFilterOfTwoWordsReturnsExactlyTheEventsWhoseSentenceHasBoth() {
    String[] sentences = {
        "The ARMY shelled Aleppo at dawn.",            // both, other case
        "Army units left Aleppo-based posts.",         // both, one inside a hyphenated word
        "The army shelled Homs.",                      // army only
        "Rebels held Aleppo.",                         // Aleppo only
        "Armyworms ate crops near Aleppo.",            // both as substrings, as the filter has always matched
        "Nothing happened.",                           // neither
    };
    for (int i = 0; i < sentences.length; i++) {
      String id = "t-" + i;
      store.ingest(article(id, "2024-02-0" + (i + 1), "Agence Example", sentences[i]),
          List.of(event(id, 0, "2024-02-0" + (i + 1), "SYRMIL", "SYRREB", MEET, null, sentences[i])));
    }
    List<String> expected = new ArrayList<>();
    for (int i = sentences.length - 1; i >= 0; i--) {
      String lower = sentences[i].toLowerCase(java.util.Locale.ROOT);
      if (lower.contains("army") && lower.contains("aleppo")) {
        expected.add("t-" + i + ":0:0");
      }
    }
    assertEquals(List.of("t-4:0:0", "t-1:0:0", "t-0:0:0"), expected);
    EventQuery both = query(null, null, null, null, null, null, null, null, "  aleppo   Army ");
    assertEquals(expected, ids(both));
    assertEquals(expected.size(), store.count(both));
    assertEquals(List.of("t-1:0:0"), ids(query(null, null, null, null, null, null, null, null, "army aleppo-based")));
    assertEquals(List.of(), ids(query(null, null, null, null, null, null, null, null, "army baghdad")));
    // A replaced article's old words no longer match; its new ones do.
    store.ingest(article("t-0", "2024-02-01", "Agence Example", "The navy shelled Latakia."),
        List.of(event("t-0", 0, "2024-02-01", "SYRMIL", "SYRREB", MEET, null, "The navy shelled Latakia.")));
    assertEquals(List.of("t-4:0:0", "t-1:0:0"), ids(both));
    assertEquals(List.of("t-0:0:0"), ids(query(null, null, null, null, null, null, null, null, "NAVY latakia")));
    // Bulk-loaded events are indexed too.
    long before = store.count(query(null, null, null, null, null, null, null, null, "the"));
    try (BulkLoader bulk = store.bulkLoader()) {
      SyntheticEvents gen = new SyntheticEvents(5);
      while (bulk.events() < 50) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 50);
        bulk.add(it.article(), it.events(), it.storyIds());
      }
    }
    List<StoredEvent> all = store.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, 0, 0));
    long withThe = all.stream().filter(e -> e.event().sentence().toLowerCase(java.util.Locale.ROOT).contains("the")).count();
    assertTrue(withThe > before, "generated sentences with 'the': " + (withThe - before));
    assertEquals(withThe, store.count(query(null, null, null, null, null, null, null, null, "the")));
  }

  @Test
  void storedEventsCarryTheirRecordArticleStoryAndPublisher() {
    storeSample();
    StoredEvent e = store.events(query(null, null, "KEN", null, null, null, null, null, null)).get(0);
    assertEquals("k-1", e.articleId());
    assertEquals("Nairobi Example", e.publisher());
    assertEquals("141", e.event().cameo().code());
    assertEquals(NAIROBI, e.event().location());
    assertEquals(e.storyId(), store.story("k-1:0:0").orElseThrow().storyId());
    assertTrue(store.story("nope").isEmpty());
    assertTrue(store.article("nope").isEmpty());
  }

  @Test
  void timelineDyadsAndPlacesCountTheMatchingEvents() {
    storeSample();
    assertEquals(List.of(new TimelineBucket("2023-07", 3, 1), new TimelineBucket("2024-02", 4, 2),
        new TimelineBucket("2024-03", 3, 1)), store.timeline(EventQuery.ALL, Granularity.MONTH));
    assertEquals(List.of(new TimelineBucket("2024-W05", 4, 2)),
        store.timeline(query(null, null, null, null, "19", null, null, null, null), Granularity.WEEK));
    assertEquals(new TimelineBucket("2024-02-01", 4, 1), store.timeline(EventQuery.ALL, Granularity.DAY).get(1));
    List<Dyad> dyads = store.dyads(EventQuery.ALL, 10);
    assertEquals(new Dyad("SYRMIL", "SYRREB", 2, 2, 0, -10.0), dyads.get(0));
    assertEquals(3, dyads.size());
    List<PlaceCount> places = store.places(EventQuery.ALL, 10);
    assertEquals("Aleppo", places.get(0).name());
    assertEquals(2, places.get(0).events());
    assertEquals(170063L, places.get(0).geonamesId());
    assertEquals(2, places.size());
  }

  @Test
  void aggregatesFromTheSummaryTablesEqualThoseFromTheEvents() throws Exception {
    storeSample();
    assertSummariesAgreeWithEvents("after inserts");
    try (BulkLoader bulk = store.bulkLoader().batches(40, 16)) {
      SyntheticEvents gen = new SyntheticEvents(13);
      while (bulk.events() < 400) {
        SyntheticEvents.Item it = gen.next(bulk.nextSeq(), 400);
        bulk.add(it.article(), it.events(), it.storyIds());
      }
    }
    assertSummariesAgreeWithEvents("after a bulk load");
    // Undated, without target or place, and a replaced article whose events change code, country and number.
    store.ingest(article("u-1", "2024-02-05", "Daily Example", "Kenyan police detained protesters, date unknown."),
        List.of(event("u-1", 0, null, "KENCOP", null, PROTEST, null, "Kenyan police detained protesters."),
            event("u-1", 1, "2024-02-04", "KENCOP", "KENCVL", ACCUSE, NAIROBI, "Police accused protesters.")));
    Article changed = article("ap-1", "2024-02-02", "Agence Example", AP.text() + " Talks followed in Damascus.");
    store.ingest(changed, List.of(event("ap-1", 0, "2024-02-01", "SYRGOV", "FRA", MEET, DAMASCUS, changed.text()),
        killing("ap-1", 1, "2024-02-01", "SYRMIL", "SYRREB", IDLIB, 2, changed.text()),
        event("ap-1", 2, null, "FRA", "SYRGOV", ACCUSE, null, changed.text())));
    store.ingest(article("k-1", "2023-07-12", "Nairobi Example", "Nothing to code any more."), List.of());
    assertSummariesAgreeWithEvents("after replacements");
    store.compactSummaries();
    assertSummariesAgreeWithEvents("after compaction");
    store.withReader(c -> {
      for (Summaries.Table t : Summaries.Table.values()) {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(*) FROM (SELECT 1 FROM "
            + t.name + " GROUP BY " + t.keys + ") k), (SELECT COUNT(*) FROM " + t.name + " WHERE n <= 0) FROM " + t.name)) {
          rs.next();
          assertEquals(rs.getLong(2), rs.getLong(1), t.name + ": one row per key after compaction");
          assertEquals(0, rs.getLong(3), t.name + ": no empty or negative rows");
          assertTrue(rs.getLong(1) > 0, t.name);
        }
      }
      // A store made before the summaries: the migration back-fills them from the events.
      try (var s = c.createStatement()) {
        for (Summaries.Table t : Summaries.Table.values()) {
          s.execute("DROP TABLE " + t.name);
        }
        s.execute("DELETE FROM schema_version WHERE version >= 4");
      }
      return null;
    });
    store.close();
    store = reopen();
    assertSummariesAgreeWithEvents("after the migration's back-fill");
  }

  @Test
  void aggregatesAreAnsweredFromASummaryOnlyWhenEveryFilterIsOnItsColumns() {
    LocalDate d = LocalDate.parse("2024-01-01");
    assertEquals(Summaries.Table.DAYS, Summaries.forCounts(EventQuery.ALL));
    assertEquals(Summaries.Table.DAYS, Summaries.forCounts(query(d, d, null, null, "19", null, null, null, null)));
    assertEquals(Summaries.Table.COUNTRIES, Summaries.forCounts(query(d, null, null, "SYR", null, null, null, null, "")));
    assertEquals(null, Summaries.forCounts(query(null, null, null, "SYR", "19", null, null, null, null)));
    assertEquals(null, Summaries.forCounts(query(null, null, "SYR", null, null, null, null, null, null)));
    assertEquals(null, Summaries.forCounts(query(null, null, null, null, null, null, null, null, "army")));
    assertTrue(Summaries.forDyads(query(null, null, "SYR", null, null, null, null, null, null)));
    assertFalse(Summaries.forDyads(query(d, null, null, null, null, null, null, null, null)));
    assertTrue(Summaries.forPlaces(query(null, null, null, null, "19", 36.0, 37.0, 50.0, null)));
    assertFalse(Summaries.forPlaces(query(null, null, null, "SYR", null, null, null, null, null)));
  }

  /**
   * Every aggregate of many filter combinations, from the summaries (where the filters permit)
   * and from the events: the same counts and rankings; mean Goldstein to rounding, as sums of
   * doubles in another order.
   */
  private void assertSummariesAgreeWithEvents(String when) {
    LocalDate from = LocalDate.parse("2020-03-01");
    LocalDate to = LocalDate.parse("2024-02-01");
    List<EventQuery> queries = new ArrayList<>(List.of(EventQuery.ALL,
        query(from, to, null, null, null, null, null, null, null),
        query(null, LocalDate.parse("2024-02-01"), null, null, null, null, null, null, null),
        query(null, null, null, null, "19", null, null, null, null),
        query(null, null, null, null, "1", null, null, null, null),
        query(from, null, null, null, "112", null, null, null, null),
        query(null, null, null, "SYR", null, null, null, null, null),
        query(null, null, null, " ken ", null, null, null, null, null),
        query(from, to, null, "FRA", null, null, null, null, null),
        query(null, null, "SYR", null, null, null, null, null, null),
        query(null, null, "KENCOP", null, null, null, null, null, null),
        query(null, null, null, null, null, 36.0, 37.0, 150.0, null),
        query(null, null, null, null, "19", 36.0, 37.0, 150.0, null),
        query(from, to, "SYR", null, "1", null, null, null, null)));
    for (int quad = 1; quad <= 4; quad++) {
      queries.add(new EventQuery(null, null, null, null, null, null, null, null, null, quad, 100, 0));
      queries.add(new EventQuery(from, null, "SYR", null, null, null, null, null, null, quad, 100, 0));
      queries.add(new EventQuery(null, null, null, "SYR", null, null, null, null, null, quad, 100, 0));
    }
    for (EventQuery q : queries) {
      String what = when + ", " + q;
      store.useSummaries(false);
      long count = store.count(q);
      List<List<TimelineBucket>> timelines = Arrays.stream(Granularity.values()).map(g -> store.timeline(q, g)).toList();
      List<Dyad> dyads = store.dyads(q, 1000);
      List<PlaceCount> places = store.places(q, 1000);
      store.useSummaries(true);
      assertEquals(count, store.count(q), what);
      for (Granularity g : Granularity.values()) {
        assertEquals(timelines.get(g.ordinal()), store.timeline(q, g), what + " " + g);
      }
      List<Dyad> fromSummary = store.dyads(q, 1000);
      assertEquals(dyads.size(), fromSummary.size(), what);
      for (int i = 0; i < dyads.size(); i++) {
        Dyad a = dyads.get(i);
        Dyad b = fromSummary.get(i);
        assertEquals(List.of(a.source(), a.target(), a.events(), a.conflict(), a.cooperation()),
            List.of(b.source(), b.target(), b.events(), b.conflict(), b.cooperation()), what);
        assertEquals(a.meanGoldstein(), b.meanGoldstein(), 1e-9, what);
      }
      assertEquals(places, store.places(q, 1000), what);
      assertEquals(dyads.subList(0, Math.min(3, dyads.size())).stream().map(Dyad::source).toList(),
          store.dyads(q, 3).stream().map(Dyad::source).toList(), what + " top 3");
    }
  }

  private String export(ExportFormat f) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.export(f, new EventQuery(null, null, null, null, null, null, null, null, null, null, 0, 0), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void gdeltExportHasSixtyOneColumnsAndOneRowPerStory() {
    storeSample();
    List<String> rows = export(ExportFormat.GDELT).lines().toList();
    assertEquals(3, rows.size(), "the two shelling reports are one GDELT event");
    for (String r : rows) {
      assertEquals(61, r.split("\t", -1).length, r);
    }
    String[] shelling = rows.stream().filter(r -> r.contains("\t194\t")).findFirst().orElseThrow().split("\t", -1);
    assertEquals("20240201", shelling[1]);
    assertEquals("SYRMIL", shelling[5]);
    assertEquals("SYRREB", shelling[15]);
    assertEquals("19", shelling[28]);
    assertEquals("4", shelling[29]);
    assertEquals("2", shelling[31], "NumMentions");
    assertEquals("2", shelling[32], "NumSources");
    assertEquals("2", shelling[33], "NumArticles");
    assertEquals("Aleppo", shelling[52]);
    assertEquals("36.2021", shelling[56]);
    assertEquals(61, Exports.GDELT.size());
  }

  @Test
  void icewsExportHasItsTwentyColumnHeaderAndOneRowPerMention() {
    storeSample();
    List<String> rows = export(ExportFormat.ICEWS).lines().toList();
    assertEquals(String.join("\t", Exports.ICEWS), rows.get(0));
    assertEquals(20, Exports.ICEWS.size());
    assertEquals(5, rows.size());
    for (String r : rows) {
      assertEquals(20, r.split("\t", -1).length, r);
    }
    String[] kenya = rows.stream().filter(r -> r.contains("Nairobi")).findFirst().orElseThrow().split("\t", -1);
    assertEquals("2023-07-12", kenya[1]);
    assertEquals("Kenya", kenya[4]);
    assertEquals("141", kenya[6]);
    assertEquals("Nairobi Example", kenya[13]);
    assertEquals("Nairobi", kenya[14]);
    assertEquals("Kenya", kenya[17]);
  }

  @Test
  void acledExportHasItsColumnsAndOnlyViolenceProtestAndStrategicEvents() {
    storeSample();
    List<String> rows = export(ExportFormat.ACLED).lines().toList();
    assertEquals(String.join(",", Exports.ACLED), rows.get(0));
    assertEquals(3, rows.size(), "one shelling story and one protest; the accusation is no ACLED event");
    assertTrue(rows.stream().anyMatch(r -> r.contains(",Explosions/Remote violence,Shelling/artillery/missile attack,")),
        rows.toString());
    assertTrue(rows.stream().anyMatch(r -> r.contains(",Demonstrations,Protests,Peaceful protest,")), rows.toString());
  }

  @Test
  void thePloverExportLeavesOutPlainStatementsWhichPloverDoesNotCode() throws Exception {
    store.ingest(article("s-1", "2024-05-02", "Statement Example", "The ministry said talks would go on."),
        List.of(event("s-1", 0, "2024-05-02", "FRAGOV", null, STATEMENT, null, "The ministry said talks would go on.")));
    assertEquals(1, export(ExportFormat.JSONL).lines().count());
    assertEquals(0, export(ExportFormat.PLOVER).lines().count());
  }

  @Test
  void jsonlPloverCsvAndParquetExportsCarryEveryMention() throws Exception {
    storeSample();
    ObjectMapper json = new ObjectMapper();
    List<String> lines = export(ExportFormat.JSONL).lines().toList();
    assertEquals(4, lines.size());
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("vigil.event/1", first.get("schema").asText());
    assertEquals(store.story(first.get("id").asText()).orElseThrow().storyId(), first.get("story_id").asText());
    JsonNode plover = json.readTree(export(ExportFormat.PLOVER).lines().toList().get(0));
    assertEquals("ASSAULT", plover.get("event").asText());
    assertEquals("SYRMIL", plover.get("actor").get("code").asText());
    assertEquals(2, plover.get("num_mentions").asInt());
    List<String> csv = export(ExportFormat.CSV).lines().toList();
    assertEquals(String.join(",", Exports.FLAT), csv.get(0));
    assertEquals(5, csv.size());
    ByteArrayOutputStream parquet = new ByteArrayOutputStream();
    store.export(ExportFormat.PARQUET, EventQuery.ALL, parquet);
    byte[] bytes = parquet.toByteArray();
    assertEquals("PAR1", new String(Arrays.copyOf(bytes, 4), StandardCharsets.US_ASCII));
  }

  @Test
  void reopeningAStoreKeepsEverythingAndAppliesNoMigrationTwice() {
    storeSample();
    store.close();
    store = reopen();
    assertEquals(4, store.count(EventQuery.ALL));
    assertEquals(Outcome.UNCHANGED, store.ingest(AP, apEvents()));
    store.ingest(article("n-1", "2024-02-02", "Third Example", "Rebels said Aleppo was shelled."),
        List.of(killing("n-1", 0, "2024-02-02", null, "SYRREB", ALEPPO, 4, "Rebels said Aleppo was shelled.")));
    assertEquals(3, store.story("n-1:0:0").orElseThrow().numSources(), "linking goes on after a reopen");
    assertNotEquals(store.story("n-1:0:0").orElseThrow().storyId(), store.story("d-1:0:0").orElseThrow().storyId());
  }

  @Test
  void everyPageIsASliceOfTheWholeNewestFirstOrder() {
    // Dates from years apart to days apart, and undated events, which come last.
    String[] dates = {"2019-05-01", "2021-01-10", "2023-12-30", "2024-01-20", "2024-02-01", "2024-02-02", null,
        "2024-02-02", "2024-02-03", "2022-06-06", null, "2024-02-03"};
    for (int i = 0; i < dates.length; i++) {
      String id = "p-" + i;
      store.ingest(article(id, "2024-02-03", "Agence Example", "Report " + i),
          List.of(event(id, 0, dates[i], i % 2 == 0 ? "SYRMIL" : "KENGOV", "SYRREB", i % 3 == 0 ? MEET : ACCUSE, null,
              "Report " + i)));
    }
    for (EventQuery q : List.of(EventQuery.ALL, query(null, null, "SYR", null, null, null, null, null, null),
        query(null, LocalDate.parse("2023-12-31"), null, null, null, null, null, null, null),
        query(null, null, null, null, "112", null, null, null, null))) {
      List<String> all = ids(new EventQuery(q.from(), q.to(), q.actor(), q.country(), q.codePrefix(), null, null, null,
          null, null, 0, 0));
      for (int limit = 1; limit <= 4; limit++) {
        for (int offset = 0; offset <= all.size(); offset++) {
          EventQuery page = new EventQuery(q.from(), q.to(), q.actor(), q.country(), q.codePrefix(), null, null, null,
              null, null, limit, offset);
          assertEquals(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())), ids(page),
              q + " limit " + limit + " offset " + offset);
        }
      }
    }
    assertEquals(List.of("p-10:0:0", "p-6:0:0"), ids(EventQuery.ALL).subList(dates.length - 2, dates.length));
  }

  @Test
  void bulkLoadedRowsAndWordIndexAreWhatIngestWouldStore() throws Exception {
    store.ingest(AP, apEvents()); // the events table does not start at a row group boundary
    List<Object[]> expected = new ArrayList<>();
    expected.add(Columns.row(apEvents().get(0), store.story("ap-1:0:0").orElseThrow().storyId(), 1, AP.source()));
    Article odd = article("odd-1", "2024-02-02", "Agence Example", "x");
    List<Event> oddEvents = List.of(event("odd-1", 0, "2024-02-02", "SYRMIL", null, MEET, null,
        "Émile met the ARMY's chief in İstanbul (straße 12-B), rebel-held."), event("odd-1", 1, null, null, "SYRREB",
        ACCUSE, ALEPPO, "no date, no source"));
    Article controls = new Article("odd-2", LocalDate.parse("2024-02-03"), "", "Cell\tcell\r\nline \u0001 \\N \"q\"",
        "\\N");
    List<Event> controlEvents = List.of(event("odd-2", 0, "2024-02-03", "", "SYRREB", ACCUSE, null,
        "Tabs\tand\nbreaks\r\n, a \u0001\u0001 and \\N, \"quoted\", \u0007 bell."));
    try (BulkLoader bulk = store.bulkLoader().batches(40, 16)) {
      long first = bulk.nextSeq();
      bulk.add(odd, oddEvents, List.of("s" + first, "s" + (first + 1)));
      for (int i = 0; i < oddEvents.size(); i++) {
        expected.add(Columns.row(oddEvents.get(i), "s" + (first + i), first + i, odd.source()));
      }
      // Characters a file format of the loader could take for its own: tabs, line breaks, control
      // characters, quotes, a backslash-N, empty strings.
      long next = bulk.nextSeq();
      bulk.add(controls, controlEvents, List.of("s" + next));
      expected.add(Columns.row(controlEvents.get(0), "s" + next, next, controls.source()));
      SyntheticEvents gen = new SyntheticEvents(11);
      while (bulk.events() < 300) {
        long seq = bulk.nextSeq();
        SyntheticEvents.Item it = gen.next(seq, 300);
        bulk.add(it.article(), it.events(), it.storyIds());
        for (int i = 0; i < it.events().size(); i++) {
          expected.add(Columns.row(it.events().get(i), it.storyIds().get(i), seq + i, it.article().source()));
        }
      }
    }
    store.withReader(c -> {
      try (var s = c.createStatement(); var rs = s.executeQuery("SELECT " + Columns.NAMES + " FROM events ORDER BY seq")) {
        for (Object[] row : expected) {
          assertTrue(rs.next());
          for (int i = 0; i < row.length; i++) {
            assertEquals(row[i] == null ? null : String.valueOf(row[i]), value(rs, i), Columns.EVENTS.get(i).name());
          }
        }
        assertFalse(rs.next());
      }
      // The word index as the insert path and the migration make it, from the stored sentences.
      String tokens = Words.tokens(store.isDuckDb() ? Dialect.DUCKDB : Dialect.POSTGRES, "events", "1 = 1");
      for (String diff : List.of("SELECT seq, word FROM event_words EXCEPT " + tokens,
          tokens + " EXCEPT SELECT seq, word FROM event_words",
          "SELECT word FROM words EXCEPT SELECT word FROM event_words",
          "SELECT word FROM event_words EXCEPT SELECT word FROM words")) {
        try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM (" + diff + ") d")) {
          rs.next();
          assertEquals(0, rs.getLong(1), diff);
        }
      }
      try (var s = c.createStatement(); var rs = s.executeQuery(
          "SELECT (SELECT COUNT(*) FROM event_words), (SELECT COUNT(*) FROM (SELECT DISTINCT seq, word FROM event_words) d), "
              + "(SELECT COUNT(*) FROM words), (SELECT COUNT(DISTINCT word) FROM words)")) {
        rs.next();
        assertEquals(rs.getLong(2), rs.getLong(1), "each word once per event");
        assertEquals(rs.getLong(4), rs.getLong(3), "each word once in the vocabulary");
      }
      return null;
    });
    assertEquals(List.of("odd-1:0:0"), ids(query(null, null, null, null, null, null, null, null, "émile army's 12-b")));
    assertEquals(new StoredArticle("odd-2", controls.date(), "", controls.source(), controls.text(),
        JdbcEventStore.contentHash(controls)), store.article("odd-2").orElseThrow());
    assertEquals(List.of("odd-2:0:0"), ids(query(null, null, null, null, null, null, null, null, "breaks quoted")));
  }

  /** A column as the row builder's value would print, whatever type the driver returns. */
  private static String value(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    String v = switch (Columns.EVENTS.get(i).kind()) {
      case LONG -> String.valueOf(rs.getLong(i + 1));
      case INT -> String.valueOf(rs.getInt(i + 1));
      case DOUBLE -> String.valueOf(rs.getDouble(i + 1));
      case BOOLEAN -> String.valueOf(rs.getBoolean(i + 1));
      case DATE -> String.valueOf(rs.getDate(i + 1));
      case STRING -> rs.getString(i + 1);
    };
    return rs.wasNull() ? null : v;
  }
}
