package org.vigil.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.actor.ActorEntry;
import org.vigil.actor.ActorMatch;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;

/**
 * Finds the places a sentence names and picks, for each, the place it means, in the manner of
 * CLAVIN: population and feature class, the countries the article is about, and a country named
 * right after it ("Tripoli, Lebanon"). A person, an organisation or a demonym is never a place.
 */
public final class PlaceFinder {
  static final Set<String> LOCATIVE = Set.of("in", "into", "at", "near", "outside", "inside", "across",
      "throughout", "around", "from", "to", "toward", "towards", "through", "within", "between", "on");
  private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "president", "mr.", "the", "said", "reuters", "ap",
      "god", "allah", "islam", "internet", "union", "university", "police", "army", "parliament", "congress");
  private static final int MAX_TOKENS = 4;

  private final Gazetteer gazetteer;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * Places named in a sentence.
   *
   * @param actors           the sentence's actor-table names (countries become country places)
   * @param articleCountries ISO alpha-3 codes of countries the article mentions, for disambiguation
   */
  public List<PlaceMention> find(ParsedSentence s, String text, List<ActorMatch> actors,
                                 Collection<String> articleCountries) {
    List<PlaceMention> out = new ArrayList<>();
    int n = s.size();
    for (int i = 0; i < n; i++) {
      ActorMatch actor = actorAt(actors, i);
      if (actor != null) {
        ActorEntry e = actor.entries().get(0);
        if (e.kind() == ActorEntry.Kind.COUNTRY && gazetteer.country(e.country()) != null) {
          out.add(mention(s, text, actor.first(), actor.last(), gazetteer.country(e.country())));
          i = actor.last();
          continue;
        }
        if (e.kind() != ActorEntry.Kind.CAPITAL) {
          i = actor.last();
          continue;
        }
      }
      Token t = s.token(i);
      if (!Character.isUpperCase(t.word().codePointAt(0)) || NOT_PLACES.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int j = Math.min(n - 1, i + MAX_TOKENS - 1); j >= i; j--) {
        if (!allNamelike(s, i, j)) {
          continue;
        }
        List<Place> candidates = gazetteer.candidates(text.substring(t.start(), s.token(j).end()));
        if (candidates.isEmpty() || personLike(s, i, j)) {
          continue;
        }
        out.add(mention(s, text, i, j, choose(candidates, s, text, j, articleCountries, actors)));
        i = j;
        break;
      }
    }
    return out;
  }

  private static ActorMatch actorAt(List<ActorMatch> actors, int i) {
    for (ActorMatch m : actors) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  private static boolean allNamelike(ParsedSentence s, int i, int j) {
    for (int k = i; k <= j; k++) {
      Token t = s.token(k);
      boolean cap = Character.isUpperCase(t.word().codePointAt(0));
      boolean joiner = t.word().equals("-") || t.word().equalsIgnoreCase("al") || t.word().equalsIgnoreCase("el")
          || t.word().equalsIgnoreCase("de") || t.word().equalsIgnoreCase("region") || t.word().equalsIgnoreCase("province");
      if (!(cap && (t.isProperNoun() || "LOCATION".equals(t.ner()) || t.isNoun())) && !joiner) {
        return false;
      }
    }
    return true;
  }

  /** Tagged as a person and not after a locative preposition: "Homs" after "in" is a place. */
  private static boolean personLike(ParsedSentence s, int i, int j) {
    if (!"PERSON".equals(s.token(i).ner()) && !"PERSON".equals(s.token(j).ner())) {
      return false;
    }
    return i == 0 || !LOCATIVE.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT));
  }

  private Place choose(List<Place> candidates, ParsedSentence s, String text, int last,
                       Collection<String> articleCountries, List<ActorMatch> actors) {
    String nextCountry = null;
    if (last + 2 < s.size() && s.token(last + 1).word().equals(",")) {
      ActorMatch m = actorAt(actors, last + 2);
      if (m != null && m.kind() == ActorEntry.Kind.COUNTRY) {
        nextCountry = m.entries().get(0).country();
      }
    }
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : candidates) {
      double score = Math.log10(p.population() + 10);
      if (p.population() == 0) {
        score += 5; // a reviewed supplement row
      }
      if (articleCountries.contains(p.country())) {
        score += 3;
      }
      if (p.country().equals(nextCountry)) {
        score += 10;
      }
      if (p.featureCode().equals("PPLC")) {
        score += 1.5;
      } else if (p.featureCode().startsWith("PPLA")) {
        score += 0.5;
      }
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return best;
  }

  private static PlaceMention mention(ParsedSentence s, String text, int i, int j, Place p) {
    int start = s.token(i).start();
    int end = s.token(j).end();
    return new PlaceMention(i, j, p, text.substring(start, end), start, end);
  }
}
