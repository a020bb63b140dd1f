package org.vigil.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.vigil.model.Actor;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.model.EventDate;
import org.vigil.model.Location;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.model.Span;

/**
 * Made-up but plausible event records for load tests, without NLP: a news feed over five years,
 * articles of one to five events, a third of them repeating an earlier article's event (so stories
 * have several mentions). The same seed gives the same store.
 */
public final class SyntheticEvents {
  private static final String[] COUNTRIES = {"SYR", "IRQ", "UKR", "RUS", "USA", "FRA", "KEN", "NGA", "AFG", "PAK",
      "IND", "CHN", "ISR", "PSE", "TUR", "IRN", "EGY", "MLI", "SDN", "COL", "MEX", "BRA", "VEN", "YEM", "LBY"};
  private static final String[] SECTORS = {"", "GOV", "MIL", "COP", "REB", "CVL", "OPP", "BUS"};
  private static final String[] PUBLISHERS = {"Agence Example", "Daily Example", "Example Wire", "Radio Example",
      "Example Times", "Example Herald", "Example Post", "Example Tribune"};
  private static final CameoCode[] CODES = {
      new CameoCode("010", "Make statement", 0.0, 1, "AGREE", null),
      new CameoCode("036", "Express intent to meet or negotiate", 4.0, 1, "CONSULT", null),
      new CameoCode("040", "Consult", 1.0, 1, "CONSULT", "meet"),
      new CameoCode("042", "Make a visit", 1.9, 1, "CONSULT", "visit"),
      new CameoCode("057", "Sign formal agreement", 8.0, 1, "AGREE", null),
      new CameoCode("070", "Provide aid", 7.0, 2, "AID", null),
      new CameoCode("112", "Accuse", -2.0, 3, "ACCUSE", "allege"),
      new CameoCode("120", "Reject", -4.0, 3, "REJECT", null),
      new CameoCode("130", "Threaten", -4.4, 3, "THREATEN", null),
      new CameoCode("141", "Demonstrate or rally", -6.5, 3, "PROTEST", "demonstrate"),
      new CameoCode("173", "Arrest, detain", -5.0, 4, "COERCE", "arrest"),
      new CameoCode("180", "Use unconventional violence", -9.0, 4, "ASSAULT", null),
      new CameoCode("183", "Conduct suicide, car, or other non-military bombing", -10.0, 4, "ASSAULT", "bomb"),
      new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", null),
      new CameoCode("194", "Fight with artillery and tanks", -10.0, 4, "ASSAULT", null),
      new CameoCode("195", "Employ aerial weapons", -10.0, 4, "ASSAULT", "aerial")};
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 5 * 365;

  private final SplittableRandom random;
  private final List<Event> recent = new ArrayList<>();
  private final List<String> recentStories = new ArrayList<>();
  private int articles;

  public SyntheticEvents(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** One generated article with its events and the story each event belongs to. */
  public record Item(Article article, List<Event> events, List<String> storyIds) {
  }

  /** The next article; {@code nextSeq} is the sequence number its first event will get in the store. */
  public Item next(long nextSeq, long totalEvents) {
    int n = articles++;
    String id = "gen-" + n;
    // Dates advance with the feed, as a news archive loaded in order would.
    int day = (int) Math.min(DAYS - 1, (nextSeq * DAYS) / Math.max(1, totalEvents));
    LocalDate published = START.plusDays(day);
    String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
    int count = 1 + random.nextInt(5);
    List<Event> events = new ArrayList<>(count);
    List<String> stories = new ArrayList<>(count);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      Event e;
      String story;
      long seq = nextSeq + i;
      if (!recent.isEmpty() && random.nextInt(3) == 0) {
        int k = random.nextInt(recent.size());
        Event old = recent.get(k);
        e = copyAs(old, id, i, published);
        story = recentStories.get(k);
      } else {
        e = fresh(id, i, published);
        story = "s" + seq;
        if (recent.size() < 2000) {
          recent.add(e);
          recentStories.add(story);
        } else {
          int k = random.nextInt(recent.size());
          recent.set(k, e);
          recentStories.set(k, story);
        }
      }
      events.add(e);
      stories.add(story);
      text.append(e.sentence()).append(' ');
    }
    return new Item(new Article(id, published, "Report " + n, text.toString().strip(), publisher), events, stories);
  }

  private Event fresh(String doc, int i, LocalDate published) {
    CameoCode code = CODES[random.nextInt(CODES.length)];
    String c1 = COUNTRIES[random.nextInt(COUNTRIES.length)];
    String c2 = random.nextInt(3) == 0 ? COUNTRIES[random.nextInt(COUNTRIES.length)] : c1;
    Actor source = actor(c1, SECTORS[random.nextInt(SECTORS.length)], "Officials");
    Actor target = random.nextInt(6) == 0 ? null : actor(c2, SECTORS[random.nextInt(SECTORS.length)], "their rivals");
    Location where = random.nextInt(5) == 0 ? null : place(random.nextInt(4) == 0 ? c1 : c2);
    Integer dead = code.quadClass() == 4 && random.nextInt(2) == 0 ? 1 + random.nextInt(40) : null;
    String sentence = source.text() + " of " + c1 + " " + code.name().toLowerCase() + " " + (target == null ? "" :
        target.text() + " ") + (where == null ? "" : "in " + where.name() + " ") + "on day " + published + ".";
    LocalDate date = published.minusDays(random.nextInt(3));
    return new Event(doc + ":" + i + ":0", doc, i, sentence, new Span("acted", 0, 5),
        new EventDate(date.toString(), "day", "publication", null), source, target, code, where,
        dead == null ? Size.NONE : new Size(new Count(dead, null, null), null, null), null, Modality.ASSERTED, null,
        "synthetic", 0.9);
  }

  private Event copyAs(Event old, String doc, int i, LocalDate published) {
    return new Event(doc + ":" + i + ":0", doc, i, "Reportedly, " + old.sentence(), old.trigger(), old.date(),
        old.source(), old.target(), old.cameo(), old.location(), old.size(), null, old.modality(), null, old.rule(),
        0.7);
  }

  private static Actor actor(String country, String sector, String text) {
    return new Actor(text, 0, text.length(), null, country + sector, country,
        sector.isEmpty() ? List.of() : List.of(sector));
  }

  /** A place in a country: one of 40 made-up towns around a fixed point per country. */
  private Location place(String country) {
    int ci = 0;
    for (int k = 0; k < COUNTRIES.length; k++) {
      if (COUNTRIES[k].equals(country)) {
        ci = k;
      }
    }
    int town = random.nextInt(40);
    double lat = -30 + (ci * 37 % 70) + (town % 8) * 0.7;
    double lon = -100 + (ci * 53 % 200) + (town / 8) * 0.9;
    String name = country.charAt(0) + country.substring(1).toLowerCase() + "town " + town;
    return new Location(name, 0, name.length(), name, country, country + "-" + (town % 5), lat, lon,
        (long) (ci * 1000 + town), town == 0 ? "country" : "city");
  }
}
