package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.vigil.model.Event;

/**
 * MUC-3/4 documents: is there a violent incident, in which country, and were deaths detected.
 * Violent means CAMEO roots 18 to 20 or abduction (181) and the violent coercion codes 17x.
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
  private final Misses misses = new Misses();

  /** @param countryName ISO alpha-3 code to the country's common name */
  MucEval(UnaryOperator<String> countryName) {
    this.countryName = countryName;
  }

  static boolean violent(Event e) {
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
    for (JsonNode t : item.path("gold")) {
      String country = t.path("location_country").asText("");
      if (!country.isEmpty()) {
        located++;
        boolean hit = violent.stream().anyMatch(e -> e.location() != null
            && sameCountry(country, e.location().country()));
        locatedHits += hit ? 1 : 0;
        ok &= hit;
      }
      boolean dead = violent.stream().anyMatch(e -> e.size().dead() != null && e.size().dead().value() > 0);
      if (t.path("deaths").asBoolean(false)) {
        deathTemplates++;
        deathHits += dead ? 1 : 0;
        ok &= dead;
      } else {
        noDeathTemplates++;
        noDeathButDead += dead ? 1 : 0;
      }
    }
    if (!ok) {
      String expected = gold ? item.path("gold").size() + " incident(s) in "
          + item.path("gold").findValuesAsText("location_country") : "no incident";
      misses.add(item.path("id").asText(), item.path("text").asText(), expected, violent);
    }
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
    out.println(Tally.ratio("deaths detected (templates)", deathHits, deathTemplates));
    out.println(Tally.ratio("deaths where gold has none", noDeathButDead, noDeathTemplates));
    misses.print(out, max);
  }
}
