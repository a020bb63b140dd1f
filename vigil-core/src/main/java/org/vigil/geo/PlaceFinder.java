package org.vigil.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.actor.ActorEntry;
import org.vigil.actor.ActorMatch;
import org.vigil.nlp.EntityMention;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;

/**
 * Finds the places a sentence names and picks, for each, the place it means, in the manner of
 * CLAVIN: population and feature class, the countries the article is about, and a country named
 * right after it ("Tripoli, Lebanon"). A person, an organisation or a demonym is never a place.
 */
public final class PlaceFinder {
  static final Set<String> LOCATIVE = PlaceWords.load("locative-prepositions");
  private static final Set<String> NOT_PLACES = PlaceWords.load("not-places");
  private static final int MAX_TOKENS = 6;
  private static final Set<String> JOINERS = PlaceWords.load("name-joiners");
  private static final Set<String> TITLES = PlaceWords.load("titles");

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
    return find(s, text, actors, articleCountries, null);
  }

  /**
   * Places named in a sentence, with the small places the gazetteer lacks that the text calls
   * places ("the village of Zingeti", "Barkoti district"): these keep their name and take the
   * coordinates of the place the sentence puts them in ("in Barkoti district of Punjab province"),
   * else of {@code around} (the article's country; may be null), at that place's precision.
   */
  public List<PlaceMention> find(ParsedSentence s, String text, List<ActorMatch> actors,
                                 Collection<String> articleCountries, Place around) {
    List<PlaceMention> out = known(s, text, actors, articleCountries);
    if (s.isParsed()) {
      unlisted(s, text, actors, out, around);
    }
    return out;
  }

  /** Nouns that make the name before them or after "of" a place ("Tal Hamra town", "the town of Tal Hamra"). */
  private static final Set<String> SETTLEMENTS = PlaceWords.load("settlement-nouns");
  /**
   * Heights and bases named by the word before them when written small ("the Kokkadicholai base",
   * "Treskavica mountain"); capitalized, they end a site's name ("Biju Hill").
   */
  private static final Set<String> HEIGHTS = PlaceWords.load("heights");
  private static final Set<String> TOWNS = PlaceWords.load("town-nouns");
  /**
   * Nouns that end the name of a site ("the Kindi Hospital", "Biju Hill", "Ja'ouneh Street"): the
   * capitalized noun is part of the name, and the site is where an act there happened.
   */
  private static final Set<String> SITES = PlaceWords.load("site-nouns");
  private static final Set<String> DIRECTIONS = PlaceWords.load("directions");

  private void unlisted(ParsedSentence s, String text, List<ActorMatch> actors, List<PlaceMention> out, Place around) {
    int n = s.size();
    List<PlaceMention> found = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String word = s.token(i).word();
      if (!SETTLEMENTS.contains(word.toLowerCase(Locale.ROOT))
          || HEIGHTS.contains(word.toLowerCase(Locale.ROOT)) && !HEIGHTS.contains(word)) {
        continue;
      }
      List<int[]> spans = new ArrayList<>();
      // "the Industrial city of Gujrat": before a town's "of" stands a modifier; before a district's,
      // its name ("the Amil neighbourhood of Baghdad").
      boolean modifier = i + 1 < n && s.token(i + 1).word().equals("of")
          && TOWNS.contains(s.token(i).word().toLowerCase(Locale.ROOT));
      if (i > 0 && !modifier && s.token(i - 1).isProperNoun() && nameWord(s, i - 1)) {
        int first = i - 1; // "Barkoti district", "the Barkoti district"
        while (first - 1 >= 0 && i - first < MAX_TOKENS - 1 && s.token(first - 1).isProperNoun() && nameWord(s, first - 1)) {
          first--;
        }
        spans.add(new int[] {first, i - 1});
      }
      if (i + 2 < n && s.token(i + 1).word().equals("of") && nameWord(s, i + 2)) {
        int last = i + 2; // "the village of Zingeti"
        while (last + 1 < n && last + 1 - (i + 2) < MAX_TOKENS - 1 && nameWord(s, last + 1)) {
          last++;
        }
        spans.add(new int[] {i + 2, last});
      }
      for (int[] span : spans) {
        int first = span[0];
        int last = span[1];
        while (first <= last && DIRECTIONS.contains(s.token(first).word().toLowerCase(Locale.ROOT))) {
          first++;
        }
        while (last > first && JOINERS.contains(s.token(last).word().toLowerCase(Locale.ROOT))) {
          last--; // "the village of Mainok as residents slept": a joiner ends no name
        }
        if (first > last || !s.token(first).isProperNoun() && !"LOCATION".equals(s.token(first).ner())
            || NOT_PLACES.contains(s.token(first).word().toLowerCase(Locale.ROOT))
            || overlaps(out, first, last) || overlaps(found, first, last) || overlapsActor(actors, first, last)) {
          continue;
        }
        String name = text.substring(s.token(first).start(), s.token(last).end());
        found.add(mention(s, text, first, last, unlistedIn(name, container(out, first, last, around))));
      }
    }
    sites(s, text, actors, out, found, around);
    // "shot two herders in Tambura", "the camp at Kodok": a name the tagger calls a
    // location, right after a locative preposition, is a place even when the gazetteer lacks it.
    for (int i = 1; i < n; i++) {
      // "in Serb-held Vogosca", "in nearby Kafr Nabl": a modifier may stand between.
      int b = i - 1;
      for (int guard = 0; b > 0 && guard < 2; guard++) {
        String w = s.token(b).word().toLowerCase(Locale.ROOT);
        if (DIRECTIONS.contains(w) || w.equals("nearby") || w.startsWith("neighbo")) {
          b--;
        } else if ((w.equals("held") || w.equals("controlled")) && b >= 3 && hyphenGlued(s, b - 1)) {
          b -= 3;
        } else {
          break;
        }
      }
      String before = s.token(b).word().toLowerCase(Locale.ROOT);
      if (before.equals("to") && b > 0 && EventPlacer.PLACE_NOUNS.contains(s.token(b - 1).lemma().toLowerCase(Locale.ROOT))) {
        before = "at"; // "near the entrance to Heathrow", "on the approaches to Kobani"
      }
      String ner = s.token(i).ner();
      if (!AT.contains(before) || !"LOCATION".equals(ner) && !"O".equals(ner) || !s.token(i).isProperNoun()
          || !Character.isUpperCase(s.token(i).word().codePointAt(0))
          || NOT_PLACES.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int last = i;
      while (last + 1 < n && last + 1 - i < MAX_TOKENS - 1) {
        if (ner.equals(s.token(last + 1).ner()) && s.token(last + 1).isProperNoun()
            && Character.isUpperCase(s.token(last + 1).word().codePointAt(0))) {
          last++;
        } else if (last + 2 < n && hyphenGlued(s, last + 1)
            && Character.isUpperCase(s.token(last + 2).word().codePointAt(0))) {
          last += 2; // "in Al-Dawr": the word after the hyphen is the name's own
        } else {
          break;
        }
      }
      if (overlaps(out, i, last) || overlaps(found, i, last) || overlapsActor(actors, i, last)
          || ner.equals("O") && !headsPhrase(s, i, last)) {
        i = last;
        continue;
      }
      String name = text.substring(s.token(i).start(), s.token(last).end());
      found.add(mention(s, text, i, last, unlistedIn(name, container(out, i, last, around))));
      i = last;
    }
    out.addAll(found);
  }

  /**
   * Sites the gazetteer lacks, named by capitalized words ending in a site noun ("stormed the Kindi
   * Hospital", "at Biju Hill"). A town the finder saw inside the name becomes part of the site and
   * gives its coordinates ("the Mosul Dam", when the tagger saw Mosul alone).
   */
  private void sites(ParsedSentence s, String text, List<ActorMatch> actors, List<PlaceMention> out,
                     List<PlaceMention> found, Place around) {
    for (int i = 1; i < s.size(); i++) {
      Token noun = s.token(i);
      if (!SITES.contains(noun.word().toLowerCase(Locale.ROOT)) || !Character.isUpperCase(noun.word().codePointAt(0))
          || noun.word().equals(noun.word().toUpperCase(Locale.ROOT))) {
        continue; // all capitals tell no name from a word
      }
      int first = i;
      while (first - 1 >= 0 && i - first < MAX_TOKENS - 1 && (nameWord(s, first - 1)
          || SITES.contains(s.token(first - 1).word().toLowerCase(Locale.ROOT))
          && Character.isUpperCase(s.token(first - 1).word().codePointAt(0)))) {
        first--;
      }
      while (first < i && JOINERS.contains(s.token(first).word().toLowerCase(Locale.ROOT))) {
        first++;
      }
      if (first == i || first > 0 && s.token(first - 1).word().equalsIgnoreCase("of")
          || i + 1 < s.size() && s.token(i + 1).isProperNoun() && Character.isUpperCase(s.token(i + 1).word().codePointAt(0))
          || overlaps(found, first, i) || overlapsActor(actors, first, i) && !absorbed(out, first, i)) {
        continue; // "the Ministry of Health Hospital", "Vanderbilt University Medical Center": a longer name
      }
      PlaceMention town = null;
      for (PlaceMention m : out) {
        if (m.first() >= first && m.last() <= i) {
          town = m;
        } else if (m.first() <= i && first <= m.last()) {
          town = null;
          first = -1;
          break;
        }
      }
      if (first < 0 || town != null && "country".equals(town.place().precision())) {
        continue; // a country in it names whose site it is ("the Syria Hospital" is no place in Syria)
      }
      // Not a town the tagger folded into the name unasked: "Georgetown University" is in no Georgetown.
      Place container = town != null ? town.place() : container(out, first, i, around);
      out.remove(town);
      String name = text.substring(s.token(first).start(), noun.end());
      found.add(mention(s, text, first, i, unlistedIn(name, container)));
    }
  }

  /**
   * Whether a name the tagger left untyped is itself what the preposition before it governs ("fighting
   * in Sheikh Maqsoud"), not a modifier ("in Facebook posts") nor an owner ("in Smith's report").
   */
  private static boolean headsPhrase(ParsedSentence s, int first, int last) {
    int head = -1;
    for (int k = first; k <= last; k++) {
      if (s.head(k) < first || s.head(k) > last) {
        if (head >= 0) {
          return false;
        }
        head = k;
      }
    }
    String rel = s.baseRelation(head);
    return head >= 0 && (rel.equals("obl") || rel.equals("nmod")) && !s.relation(head).equals("nmod:poss")
        && s.caseMarker(head) != null && AT.contains(s.caseMarker(head).toLowerCase(Locale.ROOT))
        && (last + 1 >= s.size() || !s.token(last + 1).lemma().equals("'s")); // also a typographic ’s
  }

  /**
   * A place the gazetteer lacks, with the coordinates and precision of the place it lies in; with
   * none known (no place in the sentence, no country for the article) it keeps its name only.
   */
  private static Place unlistedIn(String name, Place container) {
    if (container == null) {
      return new Place(0, name, null, null, Double.NaN, Double.NaN, -1, UNLISTED, null);
    }
    return new Place(0, name, container.country(), container.admin1(), container.lat(), container.lon(), -1,
        UNLISTED, container.precision());
  }

  /** Whether a place mention lies inside the span: an actor there may be that town, part of a site's name. */
  private static boolean absorbed(List<PlaceMention> known, int first, int last) {
    for (PlaceMention m : known) {
      if (m.first() >= first && m.last() <= last) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions that put what follows them on the map: "in Tambura", "near Kodok". */
  private static final Set<String> AT = PlaceWords.load("at-prepositions");

  /** Feature code of a place the text names but the gazetteer lacks (its coordinates are its container's). */
  static final String UNLISTED = "UNLISTED";

  private static boolean nameWord(ParsedSentence s, int k) {
    Token t = s.token(k);
    String w = t.word().toLowerCase(Locale.ROOT);
    return Character.isUpperCase(t.word().codePointAt(0)) && (t.isProperNoun() || t.isNoun())
        && (!SETTLEMENTS.contains(w) || HEIGHTS.contains(w)) && !NOT_PLACES.contains(w)
        || JOINERS.contains(w) || w.matches("(al|el|ad|ar|as|an|at|az|ash)-\\p{L}+");
  }

  private static boolean overlaps(List<PlaceMention> ms, int first, int last) {
    for (PlaceMention m : ms) {
      if (m.first() <= last && first <= m.last()) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsActor(List<ActorMatch> actors, int first, int last) {
    for (ActorMatch m : actors) {
      if (m.first() <= last && first <= m.last()) {
        return true;
      }
    }
    return false;
  }

  /** The known place the sentence puts a small place in: the nearest after it, else before it, else {@code around}. */
  private static Place container(List<PlaceMention> known, int first, int last, Place around) {
    PlaceMention after = null;
    PlaceMention before = null;
    for (PlaceMention m : known) {
      if (m.first() > last && (after == null || m.first() < after.first())) {
        after = m;
      }
      if (m.last() < first && (before == null || m.last() > before.last())) {
        before = m;
      }
    }
    return after != null ? after.place() : before != null ? before.place() : around;
  }

  private List<PlaceMention> known(ParsedSentence s, String text, List<ActorMatch> actors,
                                   Collection<String> articleCountries) {
    List<PlaceMention> out = new ArrayList<>();
    int n = s.size();
    for (int i = 0; i < n; i++) {
      ActorMatch actor = actorAt(actors, i);
      if (actor != null) {
        ActorEntry e = actor.entries().get(0);
        String named = text.substring(s.token(actor.first()).start(), s.token(actor.last()).end());
        List<Place> asPlace = gazetteer.candidates(named);
        if (e.kind() == ActorEntry.Kind.COUNTRY && !org.vigil.table.Names.key(named).equals(
            org.vigil.table.Names.key(e.name())) && asPlace.stream().anyMatch(p -> p.country().equals(e.country()))) {
          // "Gaza", "the West Bank": a country's alias that is a place of its own.
          out.add(mention(s, text, actor.first(), actor.last(), asPlace.stream()
              .filter(p -> p.country().equals(e.country())).findFirst().get()));
        } else if (e.kind() == ActorEntry.Kind.COUNTRY && gazetteer.country(e.country()) != null) {
          out.add(mention(s, text, actor.first(), actor.last(), gazetteer.country(e.country())));
          i = actor.last();
          continue;
        }
        // A seat named for its government ("the White House", "the Kremlin") is a place only where
        // the gazetteer knows it in that country: the White House is not Casablanca (Casa Blanca).
        if (e.kind() != ActorEntry.Kind.CAPITAL || asPlace.stream().noneMatch(p -> p.country().equals(e.country()))) {
          i = actor.last();
          continue;
        }
      }
      Token t = s.token(i);
      if (!Character.isUpperCase(t.word().codePointAt(0)) || NOT_PLACES.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int j = Math.min(n - 1, i + MAX_TOKENS - 1); j >= i; j--) {
        if (!allNamelike(s, i, j) || cutsWord(s, j)) {
          continue;
        }
        List<Place> candidates = gazetteer.candidates(text.substring(t.start(), s.token(j).end()));
        if (candidates.isEmpty() || personLike(s, i, j) || partOfLongerName(s, i, j) || endOfLongerName(s, actors, i)) {
          continue;
        }
        String key = org.vigil.table.Names.key(text.substring(t.start(), s.token(j).end()));
        out.add(mention(s, text, i, j, choose(candidates, key, s, j, articleCountries, actors)));
        i = j;
        break;
      }
    }
    return out;
  }

  /**
   * The place of the article's dateline, or null: a place that opens the article and is followed
   * by a comma, a parenthesis or a dash ("SAN SALVADOR, 12 NOV 89 --", "KABUL, Afghanistan (AP) -"),
   * or a country in the opening parenthesis of a dateline that names no town ("NO CITY (PERU),").
   */
  public Place dateline(ParsedSentence first, String text, List<ActorMatch> actors,
                        Collection<String> articleCountries) {
    if (first == null || first.index() != 0 || first.size() < 3 || !text.substring(0, first.token(0).start()).isBlank()) {
      return null;
    }
    for (PlaceMention m : find(first, text, actors, articleCountries)) {
      int next = m.last() + 1;
      if (m.first() > 5 || next >= first.size()) {
        return null;
      }
      String after = first.token(next).word();
      boolean opening = m.first() == 0 && (after.equals(",") || after.equals("(") || after.equals("-LRB-")
          || after.startsWith("-") || after.equals("--"));
      String before = m.first() > 0 ? first.token(m.first() - 1).word() : "";
      boolean bracketed = (before.equals("(") || before.equals("-LRB-")) && "country".equals(m.place().precision());
      if ((opening || bracketed) && m.place().country() != null) {
        return m.place();
      }
      if (m.first() == 0) {
        return null;
      }
    }
    return null;
  }

  private static ActorMatch actorAt(List<ActorMatch> actors, int i) {
    for (ActorMatch m : actors) {
      if (m.first() == i) {
        return m;
      }
    }
    return null;
  }

  /** A word hyphenated on both sides, inside one written name: the "au" of "Port-au-Prince". */
  private static boolean gluedInside(ParsedSentence s, int k) {
    return s.token(k - 1).word().equals("-") && s.token(k - 1).end() == s.token(k).start()
        && s.token(k + 1).word().equals("-") && s.token(k).end() == s.token(k + 1).start();
  }

  /** Whether a hyphen joins the two tokens with no space around it, as inside one written word. */
  private static boolean hyphenGlued(ParsedSentence s, int k) {
    return k > 0 && k + 1 < s.size() && s.token(k).word().equals("-")
        && s.token(k - 1).end() == s.token(k).start() && s.token(k).end() == s.token(k + 1).start();
  }

  /**
   * Whether a name ending at token {@code j} would cut a written word the tokenizer split at a
   * hyphen: "Al-" of "Al-Bayaa" (an article is no name), "Mazar-" of "Mazar-e-Sharif" (a short
   * lowercase link joins one name). "Kabul-Jalalabad" and "Baghdad-based" still hold Kabul and Baghdad.
   */
  private static boolean cutsWord(ParsedSentence s, int j) {
    if (s.token(j).word().equals("-")) {
      return true;
    }
    if (j + 2 >= s.size() || !hyphenGlued(s, j + 1)) {
      return false;
    }
    String next = s.token(j + 2).word();
    return JOINERS.contains(s.token(j).word().toLowerCase(Locale.ROOT))
        || Character.isLowerCase(next.codePointAt(0)) && (next.length() <= 3 || next.contains("-"));
  }

  private static boolean allNamelike(ParsedSentence s, int i, int j) {
    for (int k = i; k <= j; k++) {
      Token t = s.token(k);
      boolean cap = Character.isUpperCase(t.word().codePointAt(0));
      String w = t.word().toLowerCase(java.util.Locale.ROOT);
      boolean joiner = JOINERS.contains(w) || w.matches("(al|el|ad|ar|as|an|at|az|ash)-\\p{L}+")
          || k > i && k < j && gluedInside(s, k)
          || k > i + 1 && hyphenGlued(s, k - 1) && cutsWord(s, k - 2)
          || k > i && (w.equals("state") || w.equals("province") || w.equals("region") || w.equals("governorate")
          || w.equals("district") || w.equals("department"));
      if (!(cap && (t.isProperNoun() || "LOCATION".equals(t.ner()) || t.isNoun())) && !joiner) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person, not a place: the tagger saw a person and something else says so too — the person's
   * name runs on beyond the place name ("Paris Hilton"), a title comes before it, or it speaks.
   * The 3-class tagger often calls a town it does not know a person ("troops entered Saraqeb").
   */
  private static boolean personLike(ParsedSentence s, int i, int j) {
    if (!"PERSON".equals(s.token(i).ner()) && !"PERSON".equals(s.token(j).ner())) {
      return false;
    }
    if (i > 0 && LOCATIVE.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    EntityMention e = s.entityAt(i);
    boolean runsOn = e != null && (e.first() < i || e.last() > j);
    boolean titled = i > 0 && TITLES.contains(s.token(i - 1).word().toLowerCase(Locale.ROOT));
    boolean speaks = j + 1 < s.size() && s.token(j + 1).isVerb()
        && Set.of("say", "tell", "add", "note").contains(s.token(j + 1).lemma().toLowerCase(Locale.ROOT));
    boolean possessive = j + 1 < s.size() && s.token(j + 1).lemma().equals("'s");
    return runsOn || titled || speaks || possessive;
  }

  /**
   * The place name is only the start of a longer name the tagger sees as one ("La" of "La Fonda",
   * "New York" of "New York Times"), unless what follows is a place word ("Homs province").
   */
  private static boolean partOfLongerName(ParsedSentence s, int i, int j) {
    EntityMention e = s.entityAt(i);
    if (e == null || e.last() <= j || e.first() < i || s.token(j + 1).start() == s.token(j).end()) {
      return false; // a glued spelling ("Mazar-i-Sharif") is still the place the gazetteer knows by its start
    }
    for (int k = j + 1; k <= e.last(); k++) {
      if (!EventPlacer.PLACE_NOUNS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place name only ends a longer name ("the Tooth Relic Temple", "Vanderbilt Medical Center"):
   * a capitalized word that is no place, direction or actor comes right before it.
   */
  private static boolean endOfLongerName(ParsedSentence s, List<ActorMatch> actors, int i) {
    if (i == 0) {
      return false;
    }
    Token before = s.token(i - 1);
    if (i > 1 && before.word().equals("-") && before.end() == s.token(i).start()
        && s.token(i - 2).end() == before.start() && Character.isUpperCase(s.token(i - 2).word().codePointAt(0))
        && !JOINERS.contains(s.token(i - 2).word().toLowerCase(Locale.ROOT))) { // "Al-Fijah" is still Fijah
      return true; // "Mvog-Ada": the end of a hyphenated name the gazetteer does not know
    }
    return before.isProperNoun() && Character.isUpperCase(before.word().codePointAt(0))
        && !"LOCATION".equals(before.ner()) && !DIRECTIONS.contains(before.word().toLowerCase(Locale.ROOT))
        && !TITLES.contains(before.word().toLowerCase(Locale.ROOT)) && !overlapsActor(actors, i - 1, i - 1)
        && (i - 1 > 0 || !before.word().equals(before.word().toUpperCase(Locale.ROOT)));
  }

  private Place choose(List<Place> candidates, String key, ParsedSentence s, int last,
                       Collection<String> articleCountries, List<ActorMatch> actors) {
    // What follows the name: "Tripoli, Lebanon", "Paris, Texas", "Tripoli, in northern Lebanon".
    String nextCountry = null;
    boolean rightAfter = false;
    java.util.Set<String> nearbyNames = new java.util.HashSet<>();
    for (int k = last + 1; k < s.size() && k <= last + 7; k++) {
      Token t = s.token(k);
      if (t.isVerb() || t.word().equals(".") || t.word().equals(";") || t.word().equals("--")
          || t.word().equals("\u2014")) {
        break; // a dash ends a dateline ("LIMA, 5 OCT 89 -- Two U.S. citizens ...")
      }
      ActorMatch m = actorAt(actors, k);
      if (nextCountry == null && m != null && (m.kind() == ActorEntry.Kind.COUNTRY
          || m.kind() == ActorEntry.Kind.DEMONYM)) {
        nextCountry = m.entries().get(0).country();
        rightAfter = k == last + 2 && s.token(last + 1).word().equals(",");
      }
      StringBuilder name = new StringBuilder(t.word());
      nearbyNames.add(org.vigil.table.Names.key(name.toString()));
      if (k + 1 < s.size()) {
        nearbyNames.add(org.vigil.table.Names.key(t.word() + " " + s.token(k + 1).word()));
      }
    }
    // Names before it count too ("the British Columbia legislature in Victoria").
    for (int k = 0; k < last; k++) {
      nearbyNames.add(org.vigil.table.Names.key(s.token(k).word()));
      if (k + 1 < last) {
        nearbyNames.add(org.vigil.table.Names.key(s.token(k).word() + " " + s.token(k + 1).word()));
      }
    }
    Place best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Place p : candidates) {
      double score = Math.log10(p.population() + 10);
      if (p.population() == 0) {
        score += 5; // a reviewed supplement row
      } else if (p.precision().equals("admin1")) {
        score -= 1.5; // a region's population is its towns': the town of its name ("San Salvador") comes first
      }
      if (articleCountries.contains(p.country())) {
        score += 3;
      }
      if (p.country().equals(nextCountry)) {
        score += rightAfter ? 10 : 6;
      }
      if (p.admin1() != null && !p.precision().equals("admin1")
          && nearbyNames.contains(org.vigil.table.Names.key(p.admin1()))) {
        score += 10; // "Alexandria, Virginia", "London, Ontario"
      }
      if (org.vigil.table.Names.key(p.name()).equals(key)) {
        score += 2; // its own name, not an alternate ("New Delhi" is not Delhi)
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
