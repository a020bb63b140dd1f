package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.vigil.model.Event;

/**
 * MUC-3/4 documents: is there a violent incident, in which country, and were deaths detected.
 * Violent means CAMEO roots 18 to 20 or abduction (181) and the violent coercion codes 17x, told as
 * done (not hypothetical, not historical).
 */
final class MucEval implements Evaluator {
  private final UnaryOperator<String> countryName;
  private final Tally relevance = new Tally();
  private int located;
  private int locatedHits;
  private int deathTemplates;
  private int deathHits;
  private int noDeathTemplates;
  private int noDeathButDead;
  /** The same by the templates' own effect slots (see {@link #recordsDeath}). */
  private int effectDeathTemplates;
  private int effectDeathHits;
  private int effectNoDeathTemplates;
  private int effectNoDeathButDead;
  /** Gold templates with a resolved date, and how many a violent event's date matches, by closeness. */
  private int dated;
  private int dateHits;
  private int dateNear;
  private int dateMonth;
  private int datePublished;
  private final Misses misses = new Misses();

  /** @param countryName ISO alpha-3 code to the country's common name */
  MucEval(UnaryOperator<String> countryName) {
    this.countryName = countryName;
  }

  static boolean violent(Event e) {
    // An incident is an act the article reports as done: not one it supposes or urges ("we must
    // attack them"), nor one it recalls from more than a year before as background. Threats and
    // plans (future) stay, as the templates record threatened incidents too.
    if (e.modality().hypothetical() || e.modality().historical()) {
      return false;
    }
    int root = Integer.parseInt(e.cameo().root());
    return root >= 18 || e.cameo().code().startsWith("17") && !e.cameo().code().startsWith("172")
        || !e.size().isEmpty() && e.size().dead() != null;
  }

  @Override
  public void score(JsonNode item, List<Event> events) {
    List<Event> violent = events.stream().filter(MucEval::violent).toList();
    boolean gold = item.path("relevant").asBoolean(false) && item.path("gold").size() > 0;
    boolean ours = !violent.isEmpty();
    if (gold && ours) {
      relevance.tp++;
    } else if (ours) {
      relevance.fp++;
    } else if (gold) {
      relevance.fn++;
    }
    boolean ok = gold == ours;
    boolean deathsMissed = false;
    for (JsonNode t : item.path("gold")) {
      String country = t.path("location_country").asText("");
      if (!country.isEmpty()) {
        located++;
        boolean hit = violent.stream().anyMatch(e -> e.location() != null
            && sameCountry(country, e.location().country()));
        locatedHits += hit ? 1 : 0;
        ok &= hit;
      }
      String date = t.path("date").asText("");
      if (date.length() == 10) {
        dated++;
        dateHits += violent.stream().anyMatch(e -> dayApart(e, date) == 0) ? 1 : 0;
        dateNear += violent.stream().anyMatch(e -> dayApart(e, date) <= 1) ? 1 : 0;
        dateMonth += violent.stream().anyMatch(e -> e.date() != null && e.date().value().length() >= 7
            && e.date().value().startsWith(date.substring(0, 7))) ? 1 : 0;
        datePublished += item.path("date").asText("").startsWith(date) ? 1 : 0;
      }
      boolean dead = violent.stream().anyMatch(e -> e.size().dead() != null && e.size().dead().value() > 0);
      if (t.path("deaths").asBoolean(false)) {
        deathTemplates++;
        deathHits += dead ? 1 : 0;
      } else {
        noDeathTemplates++;
        noDeathButDead += dead ? 1 : 0;
      }
      if (recordsDeath(t)) {
        effectDeathTemplates++;
        effectDeathHits += dead ? 1 : 0;
        deathsMissed |= !dead;
        ok &= dead;
      } else {
        effectNoDeathTemplates++;
        effectNoDeathButDead += dead ? 1 : 0;
      }
    }
    if (!ok) {
      String expected = gold ? item.path("gold").size() + " incident(s) in "
          + item.path("gold").findValuesAsText("location_country") + (deathsMissed ? " with deaths" : "")
          : "no incident";
      misses.add(item.path("id").asText(), item.path("text").asText(), expected, violent);
    }
  }

  /**
   * Whether a template records a death by its own effect slot: one of the human targets' effects is
   * DEATH ("? DEATH" when uncertain). The data's {@code deaths} flag is also true for effects that
   * merely contain the word, "NO DEATH" and "NO INJURY OR DEATH", which say no one died.
   */
  static boolean recordsDeath(JsonNode template) {
    for (JsonNode effect : template.path("hum_target_effect")) {
      String category = effect.asText().split(":", 2)[0];
      for (String alternative : category.split("/")) {
        if (alternative.replace("?", "").trim().equals("DEATH")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Days between a day-precision event date and an ISO gold date; MAX_VALUE when not comparable. */
  private static long dayApart(Event e, String gold) {
    if (e.date() == null || !"day".equals(e.date().precision())) {
      return Long.MAX_VALUE;
    }
    return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(e.date().value()), LocalDate.parse(gold)));
  }

  private boolean sameCountry(String goldName, String iso3) {
    if (iso3 == null) {
      return false;
    }
    String ours = countryName.apply(iso3).toUpperCase(Locale.ROOT);
    return ours.equals(goldName) || goldName.equals("UNITED STATES") && iso3.equals("USA");
  }

  @Override
  public void report(PrintStream out, int max) {
    out.println(relevance.line("violent-incident documents"));
    out.println(Tally.ratio("incident country (templates)", locatedHits, located));
    out.println(Tally.ratio("deaths detected (templates)", effectDeathHits, effectDeathTemplates));
    out.println(Tally.ratio("deaths where gold has none", effectNoDeathButDead, effectNoDeathTemplates));
    // The data's own flag, which also counts "NO DEATH" effects as deaths: kept to compare with older figures.
    out.println(Tally.ratio("deaths detected (deaths flag)", deathHits, deathTemplates));
    out.println(Tally.ratio("deaths where flag has none", noDeathButDead, noDeathTemplates));
    out.println(Tally.ratio("incident date (templates)", dateHits, dated));
    out.println(Tally.ratio("incident date within 1 day", dateNear, dated));
    out.println(Tally.ratio("incident date same month", dateMonth, dated));
    // What dating every event by its article would score, were there an event: the floor to beat.
    out.println(Tally.ratio("gold date = publication date", datePublished, dated));
    misses.print(out, max);
  }
}
