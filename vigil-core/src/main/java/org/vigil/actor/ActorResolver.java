package org.vigil.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.vigil.model.Actor;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;
import org.vigil.table.Names;
import org.vigil.table.WordTable;

/**
 * Turns the noun phrase headed by a token into an actor: country plus sectors, an organisation,
 * or a person whose code follows the article's date; pronouns and definite descriptions go to the
 * article's {@link Discourse}.
 */
public final class ActorResolver {
  /** Words for nobody in particular: never an actor, whatever place follows them. */
  private static final Set<String> NO_ONE_IN_PARTICULAR = Set.of("one", "anyone", "anybody", "nobody", "no-one",
      "everyone", "everybody", "someone", "somebody");
  private static final Set<String> NOT_IN_PHRASE = Set.of("conj", "cc", "acl", "acl:relcl", "parataxis",
      "ccomp", "advcl", "dep", "appos", "punct", "obl", "xcomp", "csubj", "nsubj", "obj", "mark", "ref");
  private static final Set<String> HE_SHE = Set.of("he", "she", "him", "her");
  private static final Set<String> THEY = Set.of("they", "them");

  /** The gender a personal pronoun gives, else null. */
  private static Character gender(String pronoun) {
    return switch (pronoun) {
      case "he", "him", "his" -> 'm';
      case "she", "her" -> 'f';
      default -> null;
    };
  }
  /** Sectors that bear arms: the likely doers of violence a pronoun stands for. */
  private static final Set<String> ARMED = Set.of("MIL", "COP", "REB", "INS", "UAF", "SEP", "CRM", "SPY");
  private static final Set<String> IT = Set.of("it");
  private static final Set<String> LANDS = WordTable.load(ActorResolver.class, "words/lands.tsv");
  private static final Set<String> ORG_WORDS = WordTable.load(ActorResolver.class, "words/organisation-words.tsv");
  private static final Set<String> PERSON_TITLES = WordTable.load(ActorResolver.class, "words/person-titles.tsv");
  /** TABARI's null code: the name is known and stands for no actor. */
  public static final String NULL_CODE = "---";
  private static final Set<String> OWN_PREPS = Set.of("of", "for", "from", "in");
  /** What people do in a place, or are kept from doing: "rallies in Yangon", "a curfew in Algiers". */
  private static final Set<String> PEOPLES_ACTS = WordTable.load(ActorResolver.class, "words/peoples-acts.tsv");
  /** Legislatures' names that many states share: "Congress" is the U.S. one only where no other country is meant. */
  private static final Set<String> SHARED_TITLES = WordTable.load(ActorResolver.class, "words/shared-titles.tsv");
  /** Nouns for a people living somewhere: "the Albanian population of the province". */
  private static final Set<String> PEOPLES = WordTable.load(ActorResolver.class, "words/peoples.tsv");
  /** Nouns that refer back to a region the sentence named: "of the province". */
  private static final Set<String> REGIONS = WordTable.load(ActorResolver.class, "words/regions.tsv");
  /** Words that count people: "thousands of Nigerians". */
  private static final Set<String> QUANTITIES = WordTable.load(ActorResolver.class, "words/quantities.tsv");
  /** Sector nouns whose adjective is no actor. */
  private static final Set<String> ADJECTIVE_SENSE = WordTable.load(ActorResolver.class, "words/adjective-sense.tsv");
  /** Nouns of a relation to another actor: whose ally or rival a phrase names is someone else. */
  private static final Set<String> RELATIONS = WordTable.load(ActorResolver.class, "words/relations.tsv");
  private static final Set<String> FORMER = WordTable.load(ActorResolver.class, "words/former.tsv");
  /** A country after these is where something happens ("a curfew in Algiers"), not what is acted on. */
  private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near", "inside", "within", "across",
      "throughout", "around", "outside");
  /**
   * How a country is named as a party ("sanction Turkey", "urged Iran's government", "what China
   * does"), not as part of a name ("the National Union for the Independence of Angola").
   */
  private static final Set<String> ARGUMENT = Set.of("obj", "iobj", "obl", "nsubj", "nsubj:pass", "nmod:poss");
  private static final Set<String> LOCAL = WordTable.load(ActorResolver.class, "words/local.tsv");
  /** Sectors of state bodies, which rarely act on their own country by name. */
  private static final Set<String> STATE = Set.of("GOV", "LEG", "MIL", "JUD");
  private static final Set<String> ARMED_GROUPS = Set.of("INS", "REB", "UAF", "SEP");
  /** Who is named by where they work ("an analyst at a think tank"), when their title names no sector. */
  private static final Set<String> AFFILIATED = WordTable.load(ActorResolver.class, "words/affiliated.tsv");
  /** Words for states that "both" or "the two" can point back to. */
  private static final Set<String> STATES_WORDS = WordTable.load(ActorResolver.class, "words/states-words.tsv");
  /** Plain words for people, who are civilians when counted or acted on ("kidnapped 20 women"). */
  private static final Set<String> PEOPLE = WordTable.load(ActorResolver.class, "words/people-nouns.tsv");
  /** What calls people victims: "innocent people", "unarmed people". */
  private static final Set<String> VICTIMS = WordTable.load(ActorResolver.class, "words/victim-adjectives.tsv");
  /** What says people are not known, or are armed: such people are not civilians. */
  private static final Set<String> UNKNOWN = WordTable.load(ActorResolver.class, "words/unknown-adjectives.tsv");
  /** Sides of a country's own conflict, against its state. */
  private static final Set<String> SIDES = Set.of("REB", "INS", "SEP", "UAF", "OPP");
  /** State sectors that act at home: a government or its police, not its army. */
  private static final Set<String> DOMESTIC_STATE = Set.of("GOV", "COP");
  private static final Set<String> SEVERAL = Set.of("two", "three", "four", "both");
  /** Participles that, hyphened to a noun, name who holds a place: "rebel-held", "government-controlled". */
  private static final Set<String> HELD = WordTable.load(ActorResolver.class, "words/held.tsv");
  /**
   * Premodifiers that say an actor is not of the country the text is about ("foreign military
   * helicopters", "international rights groups"), so it takes no country from context.
   */
  private static final Set<String> NOT_LOCAL = WordTable.load(ActorResolver.class, "words/not-local.tsv");
  /**
   * Verbs whose "from" phrase says where someone is taken or comes from ("recalled its ambassador
   * from Rome", "pulled troops from Mali"), so it is no part of the people moved.
   */
  private static final Set<String> MOVED_FROM = WordTable.load(ActorResolver.class, "words/moved-from-verbs.tsv");
  /** Units of money: a sum is never an actor. */
  private static final Set<String> MONEY = WordTable.load(ActorResolver.class, "words/money.tsv");
  /** What a verb leaves its victim, which the parser may hang on the victim: "shot dead", "burned alive". */
  private static final Set<String> STATE_OF_VICTIM = Set.of("dead", "alive");
  /** Sectors of a state's own forces and officials: such captives are mostly of their captors' country. */
  private static final Set<String> STATE_FORCES = Set.of("MIL", "COP", "GOV", "SPY");
  /** Verbs that take or free captives, whose nationality is then no guide to the captors'. */
  private static final Set<String> CAPTIVE_VERBS = WordTable.load(ActorResolver.class, "words/captive-verbs.tsv");

  private final ActorLexicon lexicon;
  private final SectorLexicon sectors;

  public ActorResolver(ActorLexicon lexicon, SectorLexicon sectors) {
    this.lexicon = lexicon;
    this.sectors = sectors;
  }

  public ActorLexicon lexicon() {
    return lexicon;
  }

  /** A resolver bound to one sentence: table names are found once, then phrases resolve against them. */
  public Sentence forSentence(ParsedSentence s, String text, LocalDate date, Discourse discourse) {
    return new Sentence(s, text, date, discourse, lexicon.find(s, text));
  }

  /**
   * The country an article is mostly about: the one its table names mention most. On ties a country
   * named as the place where things happen wins ("kidnapped two Italian aid workers in Mali" is about
   * Mali: a demonym often gives foreigners' nationality), then the first named.
   */
  public static String mainCountry(List<Sentence> sentences) {
    java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    Set<String> named = new java.util.HashSet<>();
    for (Sentence v : sentences) {
      for (ActorMatch m : v.matches()) {
        ActorEntry e = m.entries().get(0);
        boolean shared = m.first() == m.last()
            && SHARED_TITLES.contains(Names.key(v.s.token(m.first()).word())); // "Congress" may be India's
        if (e.country() != null && e.kind() != ActorEntry.Kind.PERSON && !shared) {
          counts.merge(e.country(), 1, Integer::sum);
          if ((m.kind() == ActorEntry.Kind.COUNTRY || m.kind() == ActorEntry.Kind.CAPITAL) && wherePlaced(v.s, m.last())) {
            named.add(e.country()); // where things happen: "in northern Mali", "off the coast of Somalia"
          }
        }
      }
    }
    String best = null;
    int max = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() > max || e.getValue() == max && named.contains(e.getKey()) && !named.contains(best)) {
        max = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /** Prepositions that say where something happens: a country after them is the scene, not a party. */
  private static final Set<String> SCENE_PREPS = Set.of("in", "near", "inside", "outside", "across", "throughout",
      "around", "within", "off");

  /** Whether a name is the place something happens: "in Mali", "off the coast of Somalia". */
  private static boolean wherePlaced(ParsedSentence s, int i) {
    if (!s.isParsed()) {
      return false; // a sentence not worth parsing has no relations
    }
    for (int k = i, guard = 0; k >= 0 && guard < 3; k = s.head(k), guard++) {
      String cm = s.caseMarker(k);
      if (cm != null && SCENE_PREPS.contains(cm)) {
        return true;
      }
      if (!(s.relation(k).startsWith("compound") || "of".equals(cm))) {
        return false;
      }
    }
    return false;
  }

  /** The actors of one sentence. */
  public final class Sentence {
    private final ParsedSentence s;
    private final String text;
    private final LocalDate date;
    private final Discourse discourse;
    private final List<ActorMatch> matches;
    private String articleCountry;
    private IntFunction<String> townCountry = i -> null;
    /** Prepositions that place something in a town. */
    private static final Set<String> TOWN_PREPS = Set.of("in", "near", "at", "outside");
    /** Tokens of the phrase last read by sectorsIn that named a sector ("foreign" of "foreign minister"). */
    private Set<Integer> sectorWords = Set.of();
    /** Whether the phrase last read by sectorsIn named only a default sector ("official" GOV). */
    private boolean defaulted;

    /** The article's main country, for actors the text gives no country ("police", "rebels"). */
    public void setArticleCountry(String iso3) {
      this.articleCountry = iso3;
    }

    /** Where the sentence's towns are: token index to the country of the town named there, else null. */
    public void setTownCountry(IntFunction<String> townCountry) {
      this.townCountry = townCountry;
    }

    /**
     * "A missionary from Calgary", "the mayor of Lyon", "police in Karachi": the country of the town
     * or region the phrase's own of/from/in phrase names ("from the city of Calgary" too).
     */
    private String townOf(int head) {
      for (int c : s.children(head, "nmod")) {
        String cm = s.caseMarker(c);
        if (!"of".equals(cm) && !"from".equals(cm) && !"in".equals(cm)) {
          continue;
        }
        String iso = townCountry.apply(c);
        for (int d : s.children(c, "nmod")) {
          if (iso == null && "of".equals(s.caseMarker(d))) {
            iso = townCountry.apply(d);
          }
        }
        if (iso != null) {
          return iso;
        }
      }
      return null;
    }

    /**
     * "Sent tents to earthquake survivors in Morocco": an "in" phrase right after civilians that the
     * parser hung on the verb is still where they are. Forces sent or posted somewhere ("deployed
     * troops in Mali") are not that country's, so only unarmed people take it.
     */
    private String placeAfter(int head, List<Integer> phrase, List<String> found) {
      int up = s.head(head);
      if (up < 0 || s.baseRelation(head).startsWith("nsubj") || found.stream().anyMatch(f ->
          STATE.contains(f) || ARMED_GROUPS.contains(f) || f.equals("COP"))) {
        return null;
      }
      int next = phrase.get(phrase.size() - 1) + 1;
      for (int c : s.children(up, "obl")) {
        if (c > head && "in".equals(s.caseMarker(c)) && s.children(c, "case").contains(next)) {
          return namedCountry(c) != null ? namedCountry(c) : townCountry.apply(c);
        }
      }
      return null;
    }

    /**
     * The one country this sentence names, else the article's main country, else null. A country
     * a state body's own verb acts on is not the body's ("officials urged Turkey", "leaders agreed
     * to counter China"): it is neither taken from the sentence nor from the article. Rebels or
     * police acting on a country are mostly its own, so they may take it.
     */
    private String contextCountry(int head, List<String> found) {
      Set<String> actedOn = STATE.containsAll(found) ? actedOnCountries(head) : captiveCountries(head);
      String only = null;
      String groupHome = null;
      for (ActorMatch m : matches) {
        String c = m.entries().get(0).country();
        String older = lexicon.before(c, date);
        c = older != null && m.kind() != ActorEntry.Kind.ORGANISATION ? older : c;
        if (c == null || m.kind() == ActorEntry.Kind.PERSON || actedOn.contains(c) || possessorOfRelation(m.first(), -1)) {
          continue;
        }
        if (m.kind() == ActorEntry.Kind.ORGANISATION && STATE.containsAll(found)
            && m.entries().get(0).sectors().stream().anyMatch(ARMED_GROUPS::contains)) {
          groupHome = c;
          continue; // "government forces retook the town from Islamic State": an armed group's home is not theirs
        }
        if (only != null && !only.equals(c)) {
          return articleCountry != null && actedOn.contains(articleCountry) ? null : articleCountry;
        }
        only = c;
      }
      if (only == null && (articleCountry == null || articleCountry.equals(groupHome))) {
        // "Police in Istanbul detained 45 demonstrators": they are Turkey's. An article's country
        // that is only the armed group's home is no better guide than the town fought over.
        String town = sentenceTownCountry(articleCountry != null);
        if (town != null || articleCountry == null) {
          return town;
        }
      }
      return only != null ? only : articleCountry != null && actedOn.contains(articleCountry) ? null : articleCountry;
    }

    /**
     * The one country of the towns this sentence places things in ("in Istanbul"), else null; with
     * {@code anyRole}, of every town it names ("retook the town of Palmyra").
     */
    private String sentenceTownCountry(boolean anyRole) {
      String only = null;
      for (int i = 0; i < s.size(); i++) {
        // "in Zamfara state": the preposition hangs on the place noun the name is a compound of
        int phrase = s.relation(i).equals("compound") ? s.head(i) : i;
        if (!s.token(i).isProperNoun() || !anyRole && !TOWN_PREPS.contains(String.valueOf(s.caseMarker(phrase)))) {
          continue;
        }
        String iso = townCountry.apply(i);
        if (iso != null && only != null && !only.equals(iso)) {
          return null;
        }
        only = iso != null ? iso : only;
      }
      return only;
    }

    /**
     * Countries named as parties (not by a demonym on another noun: "attacked a Chadian army base"
     * keeps Chad) in the object or complements of the verb whose subject {@code head} is; a place
     * of the verb's own clause ("a curfew in Algiers") is no party, one in what it reports is.
     */
    private Set<String> actedOnCountries(int head) {
      Set<String> out = new java.util.HashSet<>();
      int v = s.head(head);
      if (v < 0 || !s.baseRelation(head).equals("nsubj")) {
        return out;
      }
      for (ActorMatch m : matches) {
        int k = m.last();
        boolean origin = (m.kind() == ActorEntry.Kind.COUNTRY || m.kind() == ActorEntry.Kind.CAPITAL)
            && s.baseRelation(k).equals("nmod") && ("of".equals(s.caseMarker(k)) || "from".equals(s.caseMarker(k)));
        if ((m.kind() == ActorEntry.Kind.DEMONYM && s.relation(k).equals("amod") || origin) && s.head(k) >= 0
            && sectors.lookup(s.token(s.head(k)).lemma().toLowerCase(java.util.Locale.ROOT)) != null) {
          // "hosted the Kenyan leader", "met an envoy from Brazil": the country names a party through its actor noun
          k = s.head(k);
        } else if (m.kind() != ActorEntry.Kind.COUNTRY && m.kind() != ActorEntry.Kind.CAPITAL) {
          continue;
        }
        if (k != v
            && s.dominates(v, k) && !s.dominates(head, k) && (ARGUMENT.contains(s.relation(k)) || partyOfObject(v, k))
            && (reported(v, k) || !inPlace(v, k))) {
          out.add(m.entries().get(0).country());
        }
      }
      return out;
    }

    /**
     * "Rebels released 14 hostages, among them two Canadian engineers", "gunmen seized three
     * Japanese tourists": the nationality news gives the people taken or freed marks them as
     * foreigners, so it is not their captors'.
     */
    private Set<String> captiveCountries(int head) {
      Set<String> out = new java.util.HashSet<>();
      int v = s.head(head);
      String rel = s.relation(head);
      if (v < 0 || !(s.baseRelation(head).equals("nsubj") || rel.equals("obl:agent"))
          || !CAPTIVE_VERBS.contains(s.token(v).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return out;
      }
      for (ActorMatch m : matches) {
        int k = m.last();
        List<String> held = s.head(k) < 0 ? null
            : sectors.lookup(s.token(s.head(k)).lemma().toLowerCase(java.util.Locale.ROOT));
        if (m.kind() == ActorEntry.Kind.DEMONYM && s.relation(k).equals("amod") && s.dominates(v, k)
            && !s.dominates(head, k) && (held == null || held.stream().noneMatch(STATE_FORCES::contains))) {
          // (captured soldiers are mostly of the captors' own country: "rebels captured 20 Syrian soldiers")
          out.add(m.entries().get(0).country());
        }
      }
      return out;
    }

    /**
     * "Held talks with officials from Ghana", "is in Moscow for talks with his Russian counterpart":
     * a party of the event noun the verb carries or travels for.
     */
    private boolean partyOfObject(int v, int k) {
      int up = s.head(k);
      return s.relation(k).equals("nmod") && up >= 0 && s.head(up) == v
          && (s.relation(up).equals("obj") || s.baseRelation(up).equals("obl") && "for".equals(s.caseMarker(up)))
          && !PLACE_PREPS.contains(String.valueOf(s.caseMarker(k)));
    }

    /** Whether token {@code k} is inside a locative phrase under {@code v} ("in Yangon, Myanmar's hub"). */
    private boolean inPlace(int v, int k) {
      for (int c = k; c >= 0 && c != v; c = s.head(c)) {
        if (PLACE_PREPS.contains(String.valueOf(s.caseMarker(c)))) {
          return true;
        }
      }
      return false;
    }

    /** Whether token {@code k} is in what verb {@code v} reports ("said the attackers came from Afghanistan"). */
    private boolean reported(int v, int k) {
      int c = k;
      while (c >= 0 && s.head(c) != v) {
        c = s.head(c);
      }
      return c >= 0 && (s.relation(c).equals("ccomp") || s.relation(c).equals("parataxis"));
    }

    /**
     * Whether token {@code i} is inside an organisation's name the tables do not know, one not
     * ending in a sector word ("German Marshall Fund", "International Refugee Assistance Project";
     * "Afghan National Army" and "Russian Defense Ministry" end in one; see also
     * {@link #inStatelessName}), and not holding the
     * phrase's {@code head} (the name's words are the organisation's own).
     */
    /**
     * Whether token {@code i} is in a run of capitalised names opening with "World",
     * "International" or "Global" that the tables do not know and that does not hold the phrase's
     * {@code head}: "World Uyghur Congress" is no state's legislature, whatever its last word.
     */
    private boolean inStatelessName(int i, int head) {
      if (!capitalisedName(i)) {
        return false;
      }
      int first = i;
      int last = i;
      while (first > 0 && capitalisedName(first - 1)) {
        first--;
      }
      while (last + 1 < s.size() && capitalisedName(last + 1)) {
        last++;
      }
      if (first == last || !NO_STATE.contains(s.token(first).word().toLowerCase(Locale.ROOT))
          || first <= head && head <= last) {
        return false;
      }
      int a = first;
      int b = last;
      // Known only when the tables name the whole run ("World Health Organization"), not a shared
      // last word of it ("Congress").
      return matches.stream().noneMatch(m -> m.kind() == ActorEntry.Kind.ORGANISATION && m.first() <= a && b <= m.last());
    }

    private boolean capitalisedName(int i) {
      return s.token(i).isProperNoun() && Character.isUpperCase(s.token(i).word().codePointAt(0));
    }

    /** First words of an organisation's name that say it belongs to no state. */
    private static final Set<String> NO_STATE = WordTable.load(ActorResolver.class, "words/no-state.tsv");

    private boolean inUnknownOrganisationName(int i, int head) {
      if (inStatelessName(i, head)) {
        return true;
      }
      if (!"ORGANIZATION".equals(s.token(i).ner())) {
        return false;
      }
      int first = i;
      int last = i;
      while (first > 0 && "ORGANIZATION".equals(s.token(first - 1).ner())) {
        first--;
      }
      while (last + 1 < s.size() && "ORGANIZATION".equals(s.token(last + 1).ner())) {
        last++;
      }
      if (first == last || !s.token(last).isProperNoun() || first <= head && head <= last) {
        return false;
      }
      for (int k = Math.max(first + 1, last - 2); k <= last; k++) {
        if (sectors.lookup(s.textOf(text, k, last)) != null || sectors.lookup(s.token(last).lemma()) != null) {
          return false;
        }
        // "British Defence Secretary Tom King": the tagger's name runs into a title, which it is part of
        if (last + 1 < s.size() && sectors.lookup(s.textOf(text, k, last + 1)) != null) {
          return false;
        }
      }
      for (ActorMatch m : matches) {
        if (m.first() <= first && last <= m.last() || m.kind() == ActorEntry.Kind.ORGANISATION
            && m.first() <= last && first <= m.last()) {
          return false; // a name the tables know
        }
      }
      return true;
    }

    Sentence(ParsedSentence s, String text, LocalDate date, Discourse discourse, List<ActorMatch> matches) {
      this.s = s;
      this.text = text;
      this.date = date;
      this.discourse = discourse;
      this.matches = matches;
    }

    public List<ActorMatch> matches() {
      return matches;
    }

    /** The actor named by the phrase headed by token {@code head}, or null when it names none. */
    public Actor resolve(int head) {
      Discourse.Entity e = resolveEntity(head);
      return e == null || e.actor().code() == null ? null : e.actor();
    }

    /**
     * The actors a phrase names: its one actor, plus one per country conjoined to its country
     * modifier ("Hungarian and Romanian officials" are HUNGOV and ROUGOV).
     */
    public List<Actor> resolveAll(int head) {
      List<Actor> pair = bothStates(head);
      if (pair != null) {
        return pair;
      }
      Actor neighbour = neighbourState(head);
      if (neighbour != null) {
        return List.of(neighbour);
      }
      Actor a = resolve(head);
      if (a == null) {
        return List.of();
      }
      List<Actor> out = new ArrayList<>(List.of(a));
      if (a.country() == null) {
        return out;
      }
      List<Integer> modifiers = new ArrayList<>(s.children(head));
      int origin = strandedOrigin(head);
      if (origin >= 0) {
        modifiers.add(origin);
      }
      for (int m : modifiers) {
        boolean modifier = s.relation(m).equals("amod") || s.relation(m).startsWith("compound")
            || m == origin || s.baseRelation(m).equals("nmod") && m > head && s.caseMarker(m) != null
            && OWN_PREPS.contains(s.caseMarker(m));
        if (!modifier) {
          continue;
        }
        for (int c : s.children(m, "conj")) {
          String iso = namedCountry(c);
          if (iso != null && out.stream().noneMatch(x -> iso.equals(x.country()))) {
            out.add(new Actor(a.text(), a.start(), a.end(), null, code(iso, a.sectors()), iso, a.sectors()));
          } else if (iso == null && s.baseRelation(m).equals("nmod")) {
            // "negotiators from Sudan and the rebels": the rebels' negotiators are a party too.
            Actor own = conjoinedSide(a, c);
            Actor side = own != null ? own : resolve(c);
            if (side != null && out.stream().noneMatch(x -> side.code().equals(x.code()))) {
              out.add(side);
            }
          }
        }
      }
      return out;
    }

    /**
     * "Both countries", "the two nations" with no country of their own: the two states just named,
     * as they are (each one's own code). Null when the phrase is not such or the two are not clear.
     */
    private List<Actor> bothStates(int head) {
      String w = s.token(head).word().toLowerCase(Locale.ROOT);
      if (!STATES_WORDS.contains(w)) {
        return null;
      }
      boolean two = s.children(head).stream().anyMatch(c -> {
        String x = s.token(c).word().toLowerCase(Locale.ROOT);
        return x.equals("both") || x.equals("two") && s.relation(c).equals("nummod");
      });
      List<Integer> phrase = phrase(head);
      if (!two || !matchesIn(phrase).isEmpty()) {
        return null;
      }
      List<Discourse.Entity> pair = discourse.lastTwoCountries(s.index(), s.token(phrase.get(0)).start());
      if (pair == null) {
        return null;
      }
      int first = phrase.get(0);
      int last = phrase.get(phrase.size() - 1);
      String mention = s.textOf(text, first, last);
      return pair.stream().map(e -> e.actor().withMention(mention, s.token(first).start(), s.token(last).end())).toList();
    }

    /**
     * "Algeria cut ties with Morocco, accusing its neighbour of ...": "its neighbour" with no name of
     * its own is the other of the two states just named, the one the pronoun does not stand for.
     * Null when the phrase is not such or the two are not clear.
     */
    private Actor neighbourState(int head) {
      String w = s.token(head).word().toLowerCase(Locale.ROOT);
      int poss = s.firstChild(head, "nmod:poss");
      if (!(w.equals("neighbour") || w.equals("neighbor")) || poss < 0
          || !Set.of("its", "their").contains(s.token(poss).word().toLowerCase(Locale.ROOT))
          || !matchesIn(phrase(head)).isEmpty()) {
        return null;
      }
      // The two states named earlier in the sentence: the first is mostly the one "its" stands for
      // (the subject), the other its neighbour.
      List<Integer> named = new ArrayList<>();
      List<String> countries = new ArrayList<>();
      for (ActorMatch m : matches) {
        ActorEntry e = m.entries().get(0);
        if (m.last() < head && (e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.CAPITAL)
            && e.country() != null && !countries.contains(e.country())) {
          countries.add(e.country());
          named.add(m.last());
        }
      }
      if (countries.size() != 2) {
        return null;
      }
      Actor other = resolve(named.get(1));
      if (other == null || !countries.get(1).equals(other.country())) {
        return null;
      }
      int first = phrase(head).get(0);
      return other.withMention(s.textOf(text, first, head), s.token(first).start(), s.token(head).end());
    }

    /**
     * The actor of {@code conjunct}, conjoined to {@code first}: an armed or opposition side that
     * names no country of its own is of the country of the state it is named beside ("the
     * Colombian government and the rebels", "Sudan and the rebels"): the two sides of one
     * country's conflict. A state's army is left out, as it may fight abroad ("U.S. troops and
     * insurgents"). Null to keep the conjunct as it resolves.
     */
    public Actor conjoinedSide(Actor first, int conjunct) {
      Actor a = resolve(conjunct);
      if (a == null || first.country() == null || first.country().equals(a.country())
          || a.sectors().stream().noneMatch(SIDES::contains)
          || !(first.sectors().isEmpty() ? first.code().equals(first.country())
              : DOMESTIC_STATE.containsAll(first.sectors()))
          || !matchesIn(conjunct, phrase(conjunct)).isEmpty() || townOf(conjunct) != null) {
        return null;
      }
      String c = first.country();
      return new Actor(a.text(), a.start(), a.end(), a.name(), code(c, a.sectors()), c, a.sectors());
    }

    /**
     * For "they" at {@code head} as the doer of violence: the latest armed group of the last
     * sentences, when the plain antecedent (the latest subject) carries no arms ("Villagers met
     * at the market. They opened fire at dawn" means the gunmen named before them). Null to keep the plain one.
     */
    public Actor armedAntecedent(int head) {
      Token t = s.token(head);
      if (!THEY.contains(t.word().toLowerCase(Locale.ROOT))) {
        return null;
      }
      Actor plain = resolve(head);
      if (plain != null && plain.sectors().stream().anyMatch(ARMED::contains)) {
        return null;
      }
      Discourse.Entity e = discourse.lastGroupOf(ARMED, s.index(), t.start(), true);
      return e == null ? null : relabel(e, t.word(), t.start(), t.end()).actor();
    }

    /**
     * A town or capital as what force is used on ("shelled Juba", "attacked Kadugli"): its people,
     * CVL of its country, not its government. Null when the phrase names no such place, or names
     * a sector or an imported entry.
     */
    public Actor placeAsPeople(int head) {
      // Capitalised, not necessarily tagged a name: the tagger reads "Homs" as the plural of "hom".
      if (!Character.isUpperCase(s.token(head).word().codePointAt(0)) || !sectorsIn(phrase(head)).isEmpty()) {
        return null;
      }
      String iso = null;
      for (ActorMatch m : matches) {
        if (m.first() <= head && head <= m.last()) {
          ActorEntry e = m.entries().get(0);
          if (m.kind() != ActorEntry.Kind.CAPITAL || !e.code().equals(e.country() + "GOV")) {
            return null;
          }
          iso = e.country();
        }
      }
      iso = iso != null ? iso : townCountry.apply(head);
      if (iso == null) {
        return null;
      }
      String older = lexicon.before(iso, date);
      iso = older != null ? older : iso;
      List<Integer> p = phrase(head);
      int first = p.get(0);
      while (first < head && s.token(first).pos().equals("DT")) {
        first++;
      }
      int last = p.get(p.size() - 1);
      return new Actor(s.textOf(text, first, last), s.token(first).start(), s.token(last).end(),
          lexicon.countryName(iso), iso + "CVL", iso, List.of("CVL"));
    }

    /** Whether token {@code i} is a demonym ("Liberian"), not a country's name. */
    public boolean isDemonym(int i) {
      return matches.stream().anyMatch(m -> m.first() <= i && i <= m.last() && m.kind() == ActorEntry.Kind.DEMONYM);
    }

    /** The country a country name or demonym at token {@code i} names, else null. */
    public String namedCountry(int i) {
      for (ActorMatch m : matches) {
        if (m.first() <= i && i <= m.last()
            && (m.kind() == ActorEntry.Kind.DEMONYM || m.kind() == ActorEntry.Kind.COUNTRY)) {
          return m.entries().get(0).country();
        }
      }
      return null;
    }

    /**
     * The phrase as an actor even when it names no known one ("witnesses"): attribution keeps who
     * said it, coded or not.
     */
    public Actor mention(int head) {
      Discourse.Entity e = resolveEntity(head);
      if (e != null) {
        return e.actor(); // a person with no code keeps the name a pronoun resolved to
      }
      List<Integer> p = phrase(head);
      int first = p.get(0);
      while (first < head && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("PRP$"))) {
        first++;
      }
      int last = p.get(p.size() - 1);
      return new Actor(s.textOf(text, first, last), s.token(first).start(), s.token(last).end(), null, null, null,
          List.of());
    }

    /** In a sentence that was not parsed, remembers the people and groups its table names name. */
    public void rememberNamed() {
      int firstVerb = s.size();
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).isVerb()) {
          firstVerb = i;
          break;
        }
      }
      for (ActorMatch m : matches) {
        ActorEntry e = m.entries().get(0);
        if (e.kind() == ActorEntry.Kind.DEMONYM) {
          continue;
        }
        String mention = s.textOf(text, m.first(), m.last());
        int start = s.token(m.first()).start();
        int end = s.token(m.last()).end();
        Discourse.Entity entity = e.kind() == ActorEntry.Kind.PERSON
            ? person(m, List.of(), false, mention, start, end)
            : entity(new Actor(mention, start, end, e.name(), e.code(), e.country(), e.sectors()), e.kind(), null,
                false);
        if (entity != null) {
          discourse.remember(entity, m.last() < firstVerb);
        }
      }
    }

    /**
     * Remembers the people the tables name inside other phrases ("a spokesman for President X"),
     * so that a later "the president" can mean them; subjects were remembered before.
     */
    public void rememberNestedPeople() {
      for (ActorMatch m : matches) {
        if (m.entries().get(0).kind() != ActorEntry.Kind.PERSON || s.relation(m.last()).startsWith("nsubj")) {
          continue;
        }
        Discourse.Entity entity = person(m, List.of(), false, s.textOf(text, m.first(), m.last()),
            s.token(m.first()).start(), s.token(m.last()).end());
        if (entity != null) {
          discourse.remember(entity, false);
        }
      }
      // The same for someone the tables do not know but the text titles: "an aide to Peruvian
      // President X".
      for (int i = 0; i < s.size(); i++) {
        int name = i;
        if (!s.token(i).ner().equals("PERSON") || s.relation(i).startsWith("nsubj") || s.relation(i).equals("compound")
            || s.relation(i).equals("flat") || matches.stream().anyMatch(m -> m.first() <= name && name <= m.last())
            || phrase(i).stream().noneMatch(k -> k < name && s.token(k).lemma().equalsIgnoreCase("president"))) {
          continue;
        }
        Discourse.Entity e = resolveEntity(i);
        if (e != null && e.kind() == ActorEntry.Kind.PERSON && e.actor().code() != null) {
          discourse.remember(e, false);
        }
      }
    }

    /** Resolves and remembers the actor for later pronouns; {@code subject} marks a clause subject. */
    public Actor resolveAndRemember(int head, boolean subject) {
      Discourse.Entity e = resolveEntity(head);
      if (e == null) {
        return null;
      }
      discourse.remember(e, subject);
      return e.actor().code() == null ? null : e.actor();
    }

    private Discourse.Entity resolveEntity(int head) {
      Discourse.Entity e = resolveNamed(head);
      if (e != null && e.actor().code() != null) {
        int acronym = shortNameGiven(head);
        if (acronym >= 0) {
          discourse.nameShort(s.token(acronym).word(), e);
        }
        return e;
      }
      // "PSI said", "PSI head Dr. Rosa Campos said": a short name the article gave an actor before
      Discourse.Entity body = null;
      for (int i : phrase(head)) {
        if (body == null && acronym(s.token(i).word())) {
          body = discourse.byShortName(s.token(i).word());
        }
      }
      if (body == null || e != null && e.kind() != ActorEntry.Kind.PERSON) {
        return e;
      }
      Actor b = body.actor();
      if (e == null) {
        List<Integer> p = phrase(head);
        return relabel(body, s.textOf(text, p.get(0), p.get(p.size() - 1)), s.token(p.get(0)).start(),
            s.token(p.get(p.size() - 1)).end());
      }
      Actor who = e.actor();
      return entity(new Actor(who.text(), who.start(), who.end(), who.name(), b.code(), b.country(), b.sectors()),
          ActorEntry.Kind.PERSON, null, false);
    }

    /**
     * The short name a phrase gives its actor, "..., or PSI," or "... (PSI)": a word in capitals
     * conjoined by "or" or set in brackets after the name; -1 when there is none.
     */
    private int shortNameGiven(int head) {
      for (int c : s.children(head)) {
        String rel = s.relation(c);
        if ((rel.equals("conj") || rel.equals("appos") || rel.equals("dep")) && c > head
            && acronym(s.token(c).word())
            && (s.token(c - 1).word().equalsIgnoreCase("or") || s.token(c - 1).word().equals("(")
            || s.token(c - 1).word().equals("-LRB-"))
            && s.children(c).stream().allMatch(d -> d < c || s.relation(d).equals("punct"))) {
          return c;
        }
      }
      return -1;
    }

    /** A word of two to eight capitals: what an article may give as an actor's short name. */
    private static boolean acronym(String w) {
      return w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    private Discourse.Entity resolveNamed(int head) {
      Token h = s.token(head);
      List<Integer> phrase = phrase(head);
      int first = phrase.get(0);
      int last = phrase.get(phrase.size() - 1);
      // Leading determiners and possessive pronouns are not part of the mention.
      while (first < head && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("PRP$")
          || STATE_OF_VICTIM.contains(s.token(first).word().toLowerCase(Locale.ROOT)))) {
        first++; // ("shot dead a councillor": the parser may hang the verb's "dead" on the victim)
      }
      String mention = s.textOf(text, first, last);
      int start = s.token(first).start();
      int end = s.token(last).end();
      String lower = h.word().toLowerCase(Locale.ROOT);
      if (NO_ONE_IN_PARTICULAR.contains(lower) && (!lower.equals("one")
          || s.children(head).stream().noneMatch(c -> "of".equals(s.caseMarker(c))))) {
        // "there is no one in Albania who can say", "anyone in Lima": nobody in particular, whatever
        // the place after it ("one of the gunmen" is still the gunmen's)
        return null;
      }

      if (h.pos().equals("PRP")) {
        // An object pronoun is not its own clause's subject: in "they shot them" they are others.
        Discourse.Entity subject = objectPronoun(head) ? ownSubject(head) : null;
        Discourse.Entity ref = null;
        if (lower.equals("them") && objectPronoun(head)) {
          ref = pluralBefore(head, subject);
        }
        if (ref == null) {
          ref = HE_SHE.contains(lower) ? discourse.lastPerson(s.index(), start, subject, gender(lower))
              : THEY.contains(lower) ? discourse.lastGroup(s.index(), start, true, subject)
              : IT.contains(lower) ? discourse.lastGroup(start, false, subject) : null;
        }
        return ref == null ? null : relabel(ref, mention, start, end);
      }

      if (MONEY.contains(h.lemma().toLowerCase(Locale.ROOT))) {
        return null; // "pledged 1 billion euros in military aid to Kyiv": a sum, whatever it is for
      }
      List<String> found = sectorsIn(phrase);
      if (found.isEmpty() && plainPeople(head)) {
        found = List.of("CVL"); // "thousands of people marched": a crowd is civilians, as protesters are
      }
      if (found.isEmpty() && AFFILIATED.contains(h.lemma().toLowerCase(Locale.ROOT)) || defaulted) {
        List<String> employer = employerSectors(head);
        found = employer != null ? employer : found;
      }
      boolean former = phrase.stream().anyMatch(i -> FORMER.contains(s.token(i).word().toLowerCase(Locale.ROOT)));

      // A bare family name is first the person the article named in full ("Kim" after "Kim Jong Un").
      // The tagger may miss a rare surname ("Okonkwo" as an organisation): it is still the person
      // named before when no table knows the word and nothing else in the sentence names it.
      boolean surname = h.isProperNoun() && ("PERSON".equals(h.ner())
          || !"LOCATION".equals(h.ner()) && phrase.size() == 1 && !lexicon.knowsWord(h.word())
              && matchesIn(head, phrase).isEmpty());
      if (surname && personName(head).indexOf(' ') < 0) {
        Discourse.Entity ref = discourse.personBySurname(h.word());
        if (ref != null) {
          return relabel(ref, mention, start, end);
        }
      }
      // A person named in the phrase or in an apposition ("the U.S. ambassador, Susan Rice").
      for (ActorMatch m : matchesIn(head, withAppositions(head, phrase))) {
        if (m.kind() == ActorEntry.Kind.PERSON) {
          Discourse.Entity p = person(m, found, former, mention, start, end);
          if (p != null) {
            return p;
          }
        }
      }
      // "his country", "its government": the possessor's country.
      int poss = s.firstChild(head, "nmod:poss");
      if (poss >= 0 && s.token(poss).pos().equals("PRP$") && matchesIn(phrase).isEmpty()) {
        String pw = s.token(poss).word().toLowerCase(Locale.ROOT);
        int at = s.token(poss).start();
        Discourse.Entity owner = pw.equals("his") || pw.equals("her") ? discourse.lastPerson(s.index(), at, null, gender(pw))
            : discourse.lastGroup(at, pw.equals("their"));
        boolean land = lower.equals("country") || lower.equals("nation");
        // "their government" is an actor, "their credentials" a thing.
        if (owner != null && owner.actor().country() != null && (land || !found.isEmpty())) {
          String c = owner.actor().country();
          List<String> sec = land ? List.of() : found;
          return entity(new Actor(mention, start, end, lexicon.countryName(c), code(c, sec), c, sec),
              ActorEntry.Kind.COUNTRY, null, isPlural(h));
        }
      }
      boolean definite = phrase.stream().anyMatch(i -> s.token(i).lemma().equalsIgnoreCase("the"));
      if (definite && personTitle(h) && !isPlural(h)) {
        // "the Iranian leader", "the minister": the person named before, when there is one.
        Discourse.Entity ref = discourse.lastPersonLike(demonymCountry(phrase), h.lemma().toLowerCase(Locale.ROOT));
        if (ref != null && matchesIn(phrase).stream().allMatch(m -> m.kind() == ActorEntry.Kind.DEMONYM
            || m.kind() == ActorEntry.Kind.COUNTRY) && sameSide(ref, found)) {
          return relabel(ref, mention, start, end);
        }
      }
      ActorMatch best = peopleOfAPlace(bestMatch(head, phrase), head, phrase);
      if (best != null) {
        ActorEntry e = onDate(best.entries(), date);
        if (e == null || NULL_CODE.equals(e.code())) {
          return null; // an imported name with a null code, or none for this date: known, and no actor
        }
        e = notYetIndependent(e);
        if (e.kind() == ActorEntry.Kind.ORGANISATION) {
          List<String> sec = e.sectors();
          // Where it is does not change whose it is: "Hezbollah fighters in Syria" stay Lebanese.
          String other = demonymCountry(phrase.stream().filter(i -> !inPlace(head, i)).toList());
          if (e.country() != null && !sec.isEmpty() && other != null && !other.equals(e.country())) {
            // A state body's name with another country: "Peru's Congress" is Peru's legislature.
            return entity(new Actor(mention, start, end, null, code(other, sec), other, sec),
                ActorEntry.Kind.ORGANISATION, null, isPlural(h));
          }
          if (inStatelessName(best.first(), -1)) {
            return null; // "the World Uyghur Congress" is no state's Congress, and unknown to the tables
          }
          ActorEntry local = sharedTitle(best, e);
          if (local != null) {
            return entity(new Actor(mention, start, end, local.name(), local.code(), local.country(), local.sectors()),
                ActorEntry.Kind.ORGANISATION, null, isPlural(h));
          }
          String code = e.code();
          if (former && e.country() != null && !(best.first() <= head && head <= best.last())) {
            sec = List.of(); // "a former State Department official" speaks for no government now
            code = e.country();
          }
          int who = personNamed(head);
          if ((personTitle(h) || who >= 0) && !(best.first() <= head && head <= best.last())) {
            // "a State Department spokesperson", "U.N. coordinator Andrew Kirkwood": a person, whom
            // "the spokesperson", "Kirkwood" or "he" may mean later.
            return entity(new Actor(mention, start, end, who >= 0 ? personName(who) : null, code, e.country(), sec),
                ActorEntry.Kind.PERSON, personTitle(h) ? lower : null, false);
          }
          return entity(new Actor(mention, start, end, e.name(), code, e.country(), sec),
              ActorEntry.Kind.ORGANISATION, null, isPlural(h));
        }
        List<String> sec = new ArrayList<>(found);
        if (e.kind() == ActorEntry.Kind.CAPITAL && best.first() <= head && head <= best.last()) {
          sec = List.of("GOV");
        }
        String home = e.kind() == ActorEntry.Kind.DEMONYM ? homeOfPeople(head, best) : null;
        if (home != null) {
          e = new ActorEntry(ActorEntry.Kind.COUNTRY, lexicon.countryName(home), home, home, List.of(), null, null,
              null, false);
        }
        if (sec.isEmpty() && PEOPLES_ACTS.contains(h.lemma().toLowerCase(Locale.ROOT))
            && !(best.first() <= head && head <= best.last()) && inPlace(head, best.first())) {
          // "a curfew in Algiers", "banned voting in East Jerusalem": what a place's people do, or
          // may not do, there stands for them ("peace in Ithilen" is still the country's).
          sec = new ArrayList<>(List.of("CVL"));
        } else if (sec.isEmpty() && e.kind() == ActorEntry.Kind.DEMONYM && e.code().equals(e.country())
            && (best.first() <= head && head <= best.last() && individuals(head, phrase)
            // "tens of thousands of Israelis": the phrase is headed by the count
            || best.first() > head && QUANTITIES.contains(h.lemma().toLowerCase(Locale.ROOT))
            && isPlural(s.token(best.last())))) {
          sec = new ArrayList<>(List.of("CVL")); // "168 Liberians", "thousands of Nigerians", "young Algerians"
        }
        if (former) {
          sec.remove("GOV");
        }
        boolean named = best.first() <= head && head <= best.last();
        int who = named ? -1 : personNamed(head);
        ActorEntry.Kind kind = named ? ActorEntry.Kind.COUNTRY : personTitle(h) || who >= 0 ? ActorEntry.Kind.PERSON
            : ActorEntry.Kind.COUNTRY;
        // "South African opposition politician Mmusi Maimane" is a person, for a later "he".
        String name = who >= 0 ? personName(who) : named || sec.isEmpty() ? lexicon.countryName(e.country()) : null;
        // A country's or demonym's code is its country; an imported entry's is the code it was given.
        String base = e.kind() == ActorEntry.Kind.COUNTRY || e.kind() == ActorEntry.Kind.DEMONYM ? e.code() : e.country();
        return entity(new Actor(mention, start, end, name, code(base, sec), e.country(), sec),
            kind, personTitle(h) ? lower : null, isPlural(h));
      }
      // "the ELN ... the guerrillas": a bare definite plural of an armed sector is the armed group of
      // that sector named in this sentence or the two before
      List<String> armed = definite && phrase.size() == 2 && isPlural(h) ? sectors.lookup(lower) : null;
      if (armed != null && !armed.isEmpty() && ARMED_GROUPS.containsAll(armed)) {
        ActorEntry named = null;
        for (ActorMatch m : matches) { // named earlier in this sentence, not yet remembered
          ActorEntry e = m.entries().get(0);
          if (m.last() < first && e.kind() == ActorEntry.Kind.ORGANISATION && e.code().length() > 6
              && e.sectors().containsAll(armed)) {
            named = e;
          }
        }
        if (named != null) {
          return entity(new Actor(mention, start, end, named.name(), named.code(), named.country(), named.sectors()),
              ActorEntry.Kind.ORGANISATION, null, true);
        }
        Discourse.Entity ref = discourse.lastGroupOf(Set.copyOf(armed), s.index(), start, false);
        if (ref != null && ref.actor().code().length() > 6 && ref.actor().sectors().containsAll(armed)) {
          return relabel(ref, mention, start, end);
        }
      }
      // "the league", "the minister": the most recent fitting entity.
      if (definite && ORG_WORDS.contains(h.lemma().toLowerCase(Locale.ROOT))) {
        Discourse.Entity ref = discourse.lastOrganisationNamed(h.lemma());
        if (ref == null && lower.equals("group") && phrase.size() == 2) {
          // "The group also opposes ...": a bare "the group" is the armed group the story is about,
          // named in this sentence or the two before ("the Baloch Liberation Army ... the group").
          ref = discourse.lastGroupOf(ARMED_GROUPS, s.index(), start, false);
        }
        if (ref != null) {
          return relabel(ref, mention, start, end);
        }
      }
      if (definite && personTitle(h) && !isPlural(h)) {
        String country = demonymCountry(phrase);
        Discourse.Entity ref = discourse.lastPersonLike(country, h.lemma().toLowerCase(Locale.ROOT));
        if (ref != null && sameSide(ref, found)) {
          return relabel(ref, mention, start, end);
        }
      }
      if (h.isProperNoun() && "PERSON".equals(h.ner())) {
        Discourse.Entity ref = discourse.personBySurname(h.word());
        if (ref != null) {
          return relabel(ref, mention, start, end);
        }
      }
      int who = personNamed(head);
      String own = null;
      if (who == head && found.isEmpty()) {
        // "Frantz Exantus, Haiti's justice minister": an apposition naming a country gives the
        // person's country and sector. Without one ("a vice president at a think tank") the title
        // may be anyone's, and the sentence's country is no guide.
        for (int a : s.children(head, "appos")) {
          List<Integer> ap = phrase(a);
          List<String> sec = sectorsIn(ap);
          String c = demonymCountry(ap);
          if (c == null && !sec.isEmpty()) {
            c = townOf(a); // "Rosa Campos, a council member in Cusco province": the province's country
          }
          if (!sec.isEmpty() && c != null) {
            found = sec;
            own = c;
            phrase = ap;
            break;
          }
        }
      }
      if (!found.isEmpty()) {
        // "Police", "rebels": the country the sentence or article is about, as a human coder reads it.
        String town = own != null ? null : townOf(head) != null ? townOf(head) : placeAfter(head, phrase, found);
        if (town == null && own == null && plainPeople(head)) {
          // "hundreds of people were killed in Aleppo ... near the Turkish border": people are
          // where the sentence places them, before any country it names.
          town = sentenceTownCountry(false);
        }
        String c = own != null ? own : town != null ? town : notLocal(phrase) || severalLeaders(head) ? null
            : contextCountry(head, found);
        return entity(new Actor(mention, start, end, who >= 0 ? personName(who) : null,
            c == null ? String.join("", found) : code(c, found), c, found),
            who >= 0 ? ActorEntry.Kind.PERSON : ActorEntry.Kind.COUNTRY, null, isPlural(h));
      }
      if (who >= 0) {
        Discourse.Entity role = roleInApposition(head, who, mention, start, end);
        if (role != null) {
          return role;
        }
        // A person the tables do not know (an analyst, a lawyer): no actor, but the antecedent of "he".
        return entity(new Actor(mention, start, end, personName(who), null, null, List.of()),
            ActorEntry.Kind.PERSON, null, false);
      }
      return null;
    }

    /**
     * "In India, Congress leaders said": a legislature's name that many states share, written
     * without its country, is the body of the country the sentence places itself in ("in India")
     * or, when the sentence names no country, of the article's country; a party of that country
     * by that name comes first (India's Congress party). Null to keep the table's entry.
     */
    private ActorEntry sharedTitle(ActorMatch m, ActorEntry e) {
      if (m.first() != m.last() || !SHARED_TITLES.contains(Names.key(s.token(m.first()).word()))
          || e.country() == null) {
        return null;
      }
      String place = null;
      boolean anyCountry = false;
      for (ActorMatch o : matches) {
        ActorEntry.Kind k = o.kind();
        if (o == m || k == ActorEntry.Kind.PERSON || k == ActorEntry.Kind.ORGANISATION) {
          continue;
        }
        String c = o.entries().get(0).country();
        if (e.country().equals(c)) {
          return null; // "the U.S. Congress", or America named beside it
        }
        anyCountry = true;
        int k0 = o.last();
        if ("in".equals(s.caseMarker(k0)) && s.head(k0) >= 0 && !s.dominates(k0, m.first())) {
          place = place == null || place.equals(c) ? c : "";
        }
      }
      String iso = place != null && !place.isEmpty() ? place : !anyCountry ? articleCountry : null;
      if (iso == null || iso.equals(e.country())) {
        return null;
      }
      ActorEntry party = lexicon.partyNamed(s.token(m.first()).word(), iso);
      List<String> sec = party != null ? party.sectors() : e.sectors();
      return party != null ? party : new ActorEntry(ActorEntry.Kind.ORGANISATION, null, code(iso, sec), iso, sec,
          null, null, null, false);
    }

    /**
     * "The Albanian population of Montenegro", "the Serb minority in the province" (a province the
     * sentence named): a people is of the country it lives in, named in its of/in phrase, directly
     * or as a town, or by "the province" (the country the sentence named before). Else null.
     */
    private String homeOfPeople(int head, ActorMatch demonym) {
      if (!PEOPLES.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) || demonym.last() >= head) {
        return null;
      }
      String own = demonym.entries().get(0).country();
      for (int c : s.children(head, "nmod")) {
        String cm = s.caseMarker(c);
        if (!"of".equals(cm) && !"in".equals(cm)) {
          continue;
        }
        String iso = namedCountry(c) != null ? namedCountry(c) : townCountry.apply(c);
        if (iso == null && REGIONS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))
            && s.children(c, "det").stream().anyMatch(d -> s.token(d).lemma().equalsIgnoreCase("the"))) {
          for (ActorMatch m : matches) {
            if (m.last() < demonym.first() && m.kind() == ActorEntry.Kind.COUNTRY) {
              iso = m.entries().get(0).country(); // the latest country named before it
            }
          }
        }
        if (iso != null) {
          return iso.equals(own) ? null : iso;
        }
      }
      return null;
    }

    /**
     * Whether a plural demonym stands for people, not for their state: counted ("168 Liberians",
     * "thousands of Nigerians"), described ("young Algerians") or placed ("Palestinians of the West
     * Bank"). A bare "the Palestinians" may be their leadership.
     */
    /** Adjectives that describe people, which the tagger takes for a name at a sentence's start. */
    private static final Set<String> DESCRIBING_PEOPLE = WordTable.load(ActorResolver.class, "words/describing-people.tsv");

    private boolean individuals(int head, List<Integer> phrase) {
      if (!isPlural(s.token(head))) {
        return false;
      }
      int up = s.head(head);
      if (up >= 0 && s.baseRelation(head).equals("nmod") && "of".equals(s.caseMarker(head))
          && (s.token(up).pos().equals("CD") || QUANTITIES.contains(s.token(up).lemma().toLowerCase(Locale.ROOT)))) {
        return true;
      }
      for (int c : s.children(head)) {
        String rel = s.baseRelation(c);
        // A sentence's first word is capitalised, so the tagger may read "Young Algerians" as a name.
        boolean describing = rel.equals("amod") || rel.equals("compound") && c == 0
            && DESCRIBING_PEOPLE.contains(s.token(c).word().toLowerCase(Locale.ROOT));
        if (rel.equals("nummod") || describing && namedCountry(c) == null
            || rel.equals("nmod") && c > head && ("of".equals(s.caseMarker(c)) || "from".equals(s.caseMarker(c))
            || "in".equals(s.caseMarker(c)))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Bosnian Serbs", "Afghan Uzbeks": a people named by the country they live in are of that
     * country, not of the state their name recalls.
     */
    private ActorMatch peopleOfAPlace(ActorMatch best, int head, List<Integer> phrase) {
      if (best == null || best.kind() != ActorEntry.Kind.DEMONYM || !isPlural(s.token(head))
          || best.first() > head || head > best.last()) {
        return best;
      }
      for (ActorMatch m : matchesIn(phrase)) {
        if (m.last() < best.first() && s.head(m.last()) == head
            && (m.kind() == ActorEntry.Kind.DEMONYM || m.kind() == ActorEntry.Kind.COUNTRY)
            && !m.entries().get(0).country().equals(best.entries().get(0).country())) {
          return m;
        }
      }
      return best;
    }

    /**
     * A state named before its independence is the state it was part of ("Juba" in 2000 is Sudan's,
     * and no capital yet). Imported entries keep the code they were given.
     */
    private ActorEntry notYetIndependent(ActorEntry e) {
      String older = lexicon.before(e.country(), date);
      boolean shipped = e.code().equals(e.country())
          || e.kind() == ActorEntry.Kind.CAPITAL && e.code().equals(e.country() + "GOV");
      if (older == null || !shipped || e.kind() == ActorEntry.Kind.ORGANISATION || e.kind() == ActorEntry.Kind.PERSON) {
        return e;
      }
      ActorEntry.Kind kind = e.kind() == ActorEntry.Kind.CAPITAL ? ActorEntry.Kind.COUNTRY : e.kind();
      return new ActorEntry(kind, lexicon.countryName(older), older, older, List.of(), null, null, null, false);
    }

    /**
     * Whether token {@code i} is plain "people" (or "persons") heading its phrase, not a word of a
     * name: "People's Protection Units" is a militia, and the table has no "people" row for that
     * reason. "Unidentified persons placed bombs": who is not known is not known to be civilians.
     */
    private boolean plainPeople(int i) {
      Token t = s.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      return PEOPLE.contains(w) && t.pos().equals("NNS") && !s.relation(i).startsWith("compound")
          && s.children(i, "case").stream().noneMatch(c -> s.token(c).word().startsWith("'"))
          && s.children(i, "amod").stream().noneMatch(c -> UNKNOWN.contains(s.token(c).word().toLowerCase(Locale.ROOT)))
          && counted(i);
    }

    /**
     * People counted are a crowd or the victims of an act ("20 people", "thousands of people",
     * "many people", "shot people", "innocent people"); "people lose their cards when convicted", "these people do not know" are
     * people in general or someone else's, no actor.
     */
    private boolean counted(int i) {
      int up = s.head(i);
      String rel = s.relation(i);
      return s.firstChild(i, "nummod") >= 0
          // "shot people on the train", "people were detained": those it was done to are particular
          || up >= 0 && (rel.equals("obj") || rel.equals("nsubj:pass")) && s.token(up).isVerb()
              && org.vigil.size.CasualtyCounter.isCasualtyWord(s.token(up).lemma())
          || s.children(i, "amod").stream().anyMatch(c -> VICTIMS.contains(s.token(c).word().toLowerCase(Locale.ROOT)))
          || s.children(i, "amod").stream().anyMatch(c -> QUANTITIES.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)))
          || up >= 0 && "of".equals(s.caseMarker(i)) && (s.token(up).pos().equals("CD")
              || QUANTITIES.contains(s.token(up).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * The sectors of whom the person at {@code head} works for, named in an "at" or "with" phrase
     * ("an analyst at a think tank" NGO, "a senior official at the Council on Foreign Relations"
     * none: an organisation the tables do not know is no state), else null: "an official at the
     * scene" names no employer and keeps the title's default.
     */
    private List<String> employerSectors(int head) {
      boolean wasDefaulted = defaulted;
      Set<Integer> words = sectorWords;
      try {
        for (int c : s.children(head, "nmod")) {
          String cm = String.valueOf(s.caseMarker(c));
          if (c < head || !cm.equals("at") && !cm.equals("with")) {
            continue;
          }
          List<String> sec = sectorsIn(phrase(c));
          if (defaulted) {
            sec = List.of(); // "an official at the Leadership Institute": no default of its words
          }
          if (!sec.isEmpty() || s.token(c).isProperNoun()) {
            return sec;
          }
        }
        return null;
      } finally {
        defaulted = wasDefaulted; // the head's own phrase is read on after this
        sectorWords = words;
      }
    }

    /**
     * "Jan Novak, a spokesman for the Czech Red Cross, said": a person the tables do not know speaks for
     * the body or country his apposition names, as if the role had been written before the name
     * ("Red Cross spokesman Jan Novak"). The role must name one (an organisation, or a country with a
     * sector: "an Italian historian" is no one's voice, "an opposition lawmaker" not known to be
     * whose), and must not be another person's ("the son of President X"). Null when it does not.
     */
    private Discourse.Entity roleInApposition(int head, int who, String mention, int start, int end) {
      if (who != head) {
        return null;
      }
      for (int a : s.children(head, "appos")) {
        List<Integer> ap = phrase(a);
        if (namedPerson(s.token(a)) || ap.stream().anyMatch(i -> i != a && namedPerson(s.token(i)))) {
          continue;
        }
        List<ActorMatch> named = matchesIn(ap);
        // "an expert on Korea at the Hudson Institute": the body he works at, not the country he studies
        int employer = named.stream().noneMatch(m -> m.kind() == ActorEntry.Kind.ORGANISATION) ? employerNamed(a) : -1;
        if (employer >= 0) {
          named = matchesIn(employer, span(employer)); // "Council on Foreign Relations" whole
        }
        if (named.isEmpty() || named.stream().anyMatch(m -> m.kind() == ActorEntry.Kind.PERSON)) {
          continue;
        }
        boolean body = named.stream().anyMatch(m -> m.kind() == ActorEntry.Kind.ORGANISATION);
        boolean wasDefaulted = defaulted;
        Set<Integer> words = sectorWords;
        Discourse.Entity e = resolveEntity(employer >= 0 ? employer : a);
        defaulted = wasDefaulted;
        sectorWords = words;
        if (e == null || e.actor().code() == null || !body && e.actor().sectors().isEmpty()) {
          continue;
        }
        Actor r = e.actor();
        return entity(new Actor(mention, start, end, personName(who), r.code(), r.country(), r.sectors()),
            ActorEntry.Kind.PERSON, null, false);
      }
      return null;
    }

    /**
     * The organisation a role in apposition works at, named in an "at" or "with" phrase of the role
     * or of what it is "of" ("a senior fellow at the Hudson Institute", "head of the Asia program at
     * Chatham House"), or -1. Only a body the tables know counts: an unknown one is no one's voice.
     */
    private int employerNamed(int role) {
      List<Integer> holders = new ArrayList<>(List.of(role));
      for (int c : s.children(role, "nmod")) {
        if ("of".equals(s.caseMarker(c))) {
          holders.add(c);
        }
      }
      for (int h : holders) {
        for (int c : s.children(h, "nmod")) {
          String cm = String.valueOf(s.caseMarker(c));
          if (c > h && (cm.equals("at") || cm.equals("with"))
              && matchesIn(c, span(c)).stream().anyMatch(m -> m.kind() == ActorEntry.Kind.ORGANISATION)) {
            return c;
          }
        }
      }
      return -1;
    }

    /** The tokens of i's subtree, in order. */
    private List<Integer> span(int i) {
      int[] b = s.subtreeBounds(i);
      List<Integer> out = new ArrayList<>();
      for (int t = b[0]; t <= b[1]; t++) {
        out.add(t);
      }
      return out;
    }

    /** A name the tagger sees as a person's ("Hecker" of "analyst Michael Hecker"). */
    private boolean namedPerson(Token h) {
      return h.isProperNoun() && "PERSON".equals(h.ner());
    }

    /**
     * The token naming the person a phrase is, or -1: its head, or the head of a name in apposition
     * to a singular head ("one of the authors, Vasily Gatov").
     */
    private int personNamed(int head) {
      if (namedPerson(s.token(head))) {
        return head;
      }
      if (isPlural(s.token(head))) {
        return -1;
      }
      for (int a : s.children(head, "appos")) {
        if (namedPerson(s.token(a))) {
          return a;
        }
      }
      // "U.N. Humanitarian Coordinator for Haiti Ana Ruiz", parsed with the name as a modifier;
      // not a possessor ("Trump's lawyer" is not Trump).
      for (int t : phrase(head)) {
        if (t != head && namedPerson(s.token(t)) && !(t + 1 < s.size() && namedPerson(s.token(t + 1)))
            && !underPossessor(t, head)) {
          return t;
        }
      }
      return -1;
    }

    /** Whether token {@code t} owns, below {@code head}, a relation noun ("Israel" of "Israel's ally"). */
    private boolean possessorOfRelation(int t, int head) {
      for (int c = t; c >= 0 && c != head; c = s.head(c)) {
        if (s.relation(c).equals("nmod:poss") && s.head(c) >= 0
            && RELATIONS.contains(s.token(s.head(c)).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    private boolean underPossessor(int t, int head) {
      for (int c = t; c >= 0 && c != head; c = s.head(c)) {
        if (s.relation(c).equals("nmod:poss")) {
          return true;
        }
      }
      return false;
    }

    /** The person's name around token {@code i}: the run of person-tagged tokens. */
    private String personName(int i) {
      int first = i;
      int last = i;
      while (first > 0 && "PERSON".equals(s.token(first - 1).ner()) && s.token(first - 1).isProperNoun()) {
        first--;
      }
      while (last + 1 < s.size() && "PERSON".equals(s.token(last + 1).ner()) && s.token(last + 1).isProperNoun()) {
        last++;
      }
      return s.textOf(text, first, last);
    }

    /** Whether a phrase says its actor is not local: "foreign", "international" outside a title ("foreign minister"). */
    /**
     * Whether a titled person named before may be this mention: "the opposition leader" is not
     * the president named before, "the leader" or "the Iranian leader" may be.
     */
    private boolean sameSide(Discourse.Entity ref, List<String> found) {
      List<String> own = ref.actor().sectors();
      return found.stream().allMatch(f -> own.contains(f) || f.equals("GOV") && own.isEmpty());
    }

    /** "The two presidents", "both leaders", "the nations": office-holders or countries counted together are of several states. */
    private boolean severalLeaders(int head) {
      Token h = s.token(head);
      String lemma = h.lemma().toLowerCase(Locale.ROOT);
      // "the three military-led nations": several countries are none of them alone
      return isPlural(h) && LANDS.contains(lemma) || isPlural(h) && PERSON_TITLES.contains(lemma)
          && s.children(head).stream().anyMatch(c -> SEVERAL.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
    }

    private boolean notLocal(List<Integer> phrase) {
      for (int i = phrase.get(0); i <= phrase.get(phrase.size() - 1); i++) {
        if (LOCAL.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
          return false; // "international and local rights groups" (the conjunct is outside the phrase)
        }
      }
      for (int i : phrase) {
        if (NOT_LOCAL.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && !sectorWords.contains(i)) {
          return true;
        }
      }
      return false;
    }

    private boolean objectPronoun(int i) {
      String rel = s.baseRelation(i);
      return (rel.equals("obj") || rel.equals("iobj")) && s.head(i) >= 0 && s.token(s.head(i)).isVerb();
    }

    /** The referent of the subject of the clause whose object is token {@code i}; conjoined verbs share it. */
    private Discourse.Entity ownSubject(int i) {
      int v = s.head(i);
      for (int guard = 0; v >= 0 && guard < 5; guard++) {
        int subj = s.firstChild(v, "nsubj");
        if (subj >= 0) {
          return resolveEntity(subj);
        }
        if (!s.relation(v).equals("conj")) {
          return null;
        }
        v = s.head(v);
      }
      return null;
    }

    /** "tied the officers' hands and shot them": the nearest earlier plural actor of the sentence. */
    private Discourse.Entity pluralBefore(int pron, Discourse.Entity subject) {
      for (int k = pron - 1; k >= 0; k--) {
        Token t = s.token(k);
        if (!isPlural(t) || s.relation(k).startsWith("compound") || s.relation(k).equals("amod")
            || s.baseRelation(k).equals("nsubj")) {
          continue;
        }
        Discourse.Entity e = resolveEntity(k);
        if (e != null && e.actor().code() != null && !Discourse.same(e, subject)) {
          return e;
        }
      }
      return null;
    }

    private Discourse.Entity person(ActorMatch m, List<String> titleSectors, boolean former, String mention,
                                    int start, int end) {
      ActorEntry chosen = null;
      for (ActorEntry e : m.entries()) {
        if (e.kind() == ActorEntry.Kind.PERSON && e.holdsOn(date)) {
          chosen = e;
          break;
        }
      }
      if (chosen == null && m.first() == m.last() && !former) {
        return null; // a bare surname whose holder is out of office is likelier someone else ("Idris")
      }
      if (chosen == null || former) {
        // Known, but not in office on this date: the country without the office's sector.
        ActorEntry any = m.entries().get(0);
        List<String> sec = former ? List.of() : titleSectors;
        String country = any.country();
        String code = country == null ? any.code() : code(country, sec);
        return entity(new Actor(mention, start, end, any.name(), code, country, sec), ActorEntry.Kind.PERSON,
            null, false);
      }
      return entity(new Actor(mention, start, end, chosen.name(), chosen.code(), chosen.country(),
          chosen.sectors()), ActorEntry.Kind.PERSON, chosen.role(), false);
    }

    private Discourse.Entity relabel(Discourse.Entity ref, String mention, int start, int end) {
      return new Discourse.Entity(ref.actor().withMention(mention, start, end), ref.kind(), ref.role(),
          ref.plural(), s.index());
    }

    private Discourse.Entity entity(Actor a, ActorEntry.Kind kind, String role, boolean plural) {
      if (a.sectors().stream().anyMatch(x -> x.endsWith("~"))) {
        a = new Actor(a.text(), a.start(), a.end(), a.name(), a.code(), a.country(),
            a.sectors().stream().map(x -> x.replace("~", "")).toList());
      }
      return new Discourse.Entity(a, kind, role, plural, s.index());
    }

    /** Tokens of the phrase headed by {@code head}, in order, without clauses, conjuncts or appositions. */
    public List<Integer> phrase(int head) {
      List<Integer> out = new ArrayList<>();
      collect(head, head, out);
      int origin = strandedOrigin(head, out);
      if (origin >= 0) {
        collect(head, origin, out);
      }
      out.sort(Integer::compare);
      return out;
    }

    /**
     * "Met the envoy from the OAS", "talks with officials from the World Bank": a "from" phrase
     * right after an actor noun that the parser hung on the verb or event noun above it still says
     * whose the people are, unless the verb moves them from somewhere ("recalled its ambassador
     * from Rome"). Returns the phrase's noun, else -1.
     */
    private int strandedOrigin(int head) {
      List<Integer> own = new ArrayList<>();
      collect(head, head, own);
      return strandedOrigin(head, own);
    }

    /** As {@link #strandedOrigin(int)}, given the tokens the phrase itself collects. */
    private int strandedOrigin(int head, List<Integer> own) {
      int up = s.head(head);
      if (up < 0 || !s.token(head).isNoun() || s.token(head).isProperNoun()
          || sectors.lookup(s.token(head).word().toLowerCase(Locale.ROOT)) == null
          || MOVED_FROM.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      int last = own.stream().mapToInt(Integer::intValue).max().orElse(head);
      for (int c : s.children(up)) {
        String rel = s.baseRelation(c);
        if (c > last && (rel.equals("obl") || rel.equals("nmod")) && "from".equals(s.caseMarker(c))
            && s.token(c).isProperNoun() && s.firstChild(c, "case") == last + 1) {
          return c;
        }
      }
      return -1;
    }

    private void collect(int root, int i, List<Integer> out) {
      out.add(i);
      for (int c : s.children(i)) {
        String rel = s.relation(c);
        if (i == root && rel.equals("case")) {
          continue; // "with Lavrov": the preposition is not part of the actor
        }
        if (NOT_IN_PHRASE.contains(rel) && !ledBy(i, c) || NOT_IN_PHRASE.contains(s.baseRelation(c)) && !ledBy(i, c)) {
          continue;
        }
        // Post-modifying prepositional phrases are the actor's only with "of", "for", "from" and "in"
        // ("president of France", "soldiers from Chad", "security forces in Guinea").
        if (s.baseRelation(c).equals("nmod") && c > root && !rel.equals("nmod:poss") && s.caseMarker(c) != null
            && !OWN_PREPS.contains(s.caseMarker(c))) {
          continue;
        }
        collect(root, c, out);
      }
    }

    /**
     * "Vietnamese-led forces", "a Saudi-led coalition": the leader's country, which the parser may
     * hang off "led" as a loose dependent. ("Iranian-backed" militias are not Iran's.)
     */
    private boolean ledBy(int i, int c) {
      return s.token(i).word().equalsIgnoreCase("led") && c == i - 2 && s.token(i - 1).word().equals("-")
          && s.relation(c).equals("dep");
    }

    private List<Integer> withAppositions(int head, List<Integer> phrase) {
      List<Integer> out = new ArrayList<>(phrase);
      for (int a : s.children(head, "appos")) {
        out.addAll(phrase(a));
      }
      return out;
    }

    private List<ActorMatch> matchesIn(List<Integer> tokens) {
      return matchesIn(-1, tokens);
    }

    /**
     * Matches inside the tokens, and one that covers the head even where the parse split the name
     * ("Reporters" heading "Reporters Without Borders").
     */
    private List<ActorMatch> matchesIn(int head, List<Integer> tokens) {
      List<ActorMatch> out = new ArrayList<>();
      for (ActorMatch m : matches) {
        if (tokens.contains(m.first()) && tokens.contains(m.last()) || m.first() <= head && head <= m.last()) {
          out.add(m);
        }
      }
      return out;
    }

    /** The match naming the phrase's actor: the head itself, else the nearest premodifier, else an "of". */
    private ActorMatch bestMatch(int head, List<Integer> phrase) {
      ActorMatch best = null;
      int bestScore = Integer.MIN_VALUE;
      for (ActorMatch m : matchesIn(head, phrase)) {
        if (m.kind() == ActorEntry.Kind.PERSON) {
          continue; // people are resolved before, or are not the person this date (a namesake)
        }
        if (possessorOfRelation(m.first(), head)) {
          continue; // "Turkey's militia allies in northern Syria" are not Turkey, "Russia's allies" not Russia
        }
        if (personNamed(head) >= 0 && (m.kind() == ActorEntry.Kind.DEMONYM || m.kind() == ActorEntry.Kind.COUNTRY)
            && (inUnknownOrganisationName(m.first(), head) || m.last() + 1 < s.size()
            && inUnknownOrganisationName(m.last() + 1, head))) {
          continue; // "German" of "the German Marshall Fund's Ohlberg" is no nationality of hers
        }
        int score;
        if (m.first() <= head && head <= m.last()) {
          score = 1000;
        } else if (m.last() < head) {
          score = 500 + m.last();
        } else {
          score = 100 - m.first();
        }
        if (m.kind() == ActorEntry.Kind.ORGANISATION) {
          // "the leader of Nigeria's Boko Haram insurgency" leads Boko Haram, not Nigeria.
          score += m.first() > head ? 50 : 1;
        }
        if (score > bestScore) {
          bestScore = score;
          best = m;
        }
      }
      return best;
    }

    private List<String> sectorsIn(List<Integer> phrase) {
      Set<String> out = new LinkedHashSet<>();
      Set<String> defaults = new LinkedHashSet<>();
      sectorWords = new java.util.HashSet<>();
      int n = phrase.size();
      boolean[] used = new boolean[n];
      int head = phrase.stream().filter(i -> !phrase.contains(s.head(i))).findFirst().orElse(-1);
      for (int k = 0; k < n; k++) {
        // "Refugee" of "a lawyer of the International Refugee Assistance Project" is no sector of hers.
        used[k] = s.token(phrase.get(k)).isProperNoun() && inUnknownOrganisationName(phrase.get(k), head);
      }
      // Longest phrases first so "foreign minister" wins over "minister", and the head's phrase leads.
      for (int len = Math.min(n, sectors.maxWords()); len >= 1; len--) {
        for (int k = n - len; k >= 0; k--) {
          if (anyUsed(used, k, len) || !contiguous(phrase, k, len)) {
            continue;
          }
          List<String> sec = lookupWords(phrase, k, len);
          if (sec != null) {
            (defaultOnly(phrase, k, len) ? defaults : out).addAll(sec);
            for (int u = k; u < k + len; u++) {
              used[u] = true;
              sectorWords.add(phrase.get(u));
            }
          }
        }
      }
      // "leader of the opposition" is OPP, "inspector general of the police" COP: a title that
      // defaults to GOV yields to the sector the phrase names.
      defaulted = out.isEmpty() && !defaults.isEmpty();
      if (out.isEmpty()) {
        out.addAll(defaults);
      }
      return new ArrayList<>(out).subList(0, Math.min(2, out.size()));
    }

    private boolean defaultOnly(List<Integer> phrase, int k, int len) {
      String[] spelled = spelled(phrase, k, len);
      return sectors.lookup(spelled[0]) != null ? sectors.isDefault(spelled[0]) : sectors.isDefault(spelled[1]);
    }

    /** The words {@code k} to {@code k + len} of the phrase, as written and as lemmas. */
    private String[] spelled(List<Integer> phrase, int k, int len) {
      StringBuilder words = new StringBuilder();
      StringBuilder lemmas = new StringBuilder();
      for (int u = k; u < k + len; u++) {
        Token t = s.token(phrase.get(u));
        words.append(u > k ? " " : "").append(t.word());
        lemmas.append(u > k ? " " : "").append(t.lemma());
      }
      return new String[] {words.toString(), lemmas.toString()};
    }

    private List<String> lookupWords(List<Integer> phrase, int k, int len) {
      if (len == 1 && s.token(phrase.get(k)).pos().equals("JJ")
          && ADJECTIVE_SENSE.contains(s.token(phrase.get(k)).word().toLowerCase(Locale.ROOT))) {
        return null; // "an official protest", "a general strike" name no official and no general
      }
      if (len == 1 && statePlace(phrase.get(k))) {
        return null;
      }
      String[] spelled = spelled(phrase, k, len);
      List<String> sec = sectors.lookup(spelled[0]);
      if (sec == null && len == 1 && holder(phrase.get(k)) >= 0) {
        // "rebel-held territory", "government-controlled areas": the place stands for its holder.
        sec = sectors.lookup(s.token(holder(phrase.get(k))).word());
      }
      return sec != null ? sec : sectors.lookup(spelled[1]);
    }

    /**
     * The holder's token of "rebel-held" at the participle {@code i} (parsed as "rebel", "-",
     * "held", the holder hung on the participle and so outside the phrase), else -1.
     */
    private int holder(int i) {
      return i >= 2 && HELD.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && s.token(i - 1).word().equals("-")
          && s.head(i - 2) == i ? i - 2 : -1;
    }

    /**
     * "activists in the Indian state of Bihar": a state that is a place, not a government; "a state
     * of emergency", "a state of war": a condition.
     */
    private boolean statePlace(int i) {
      if (!s.token(i).word().equalsIgnoreCase("state")) {
        return false;
      }
      String cm = s.caseMarker(i);
      if ("in".equals(cm) || "from".equals(cm)) {
        return true;
      }
      for (int c : s.children(i, "nmod")) {
        if ("of".equals(s.caseMarker(c)) && (s.token(c).isProperNoun() || s.token(c).isNoun() && c == i + 2)) {
          return true;
        }
      }
      return false;
    }

    private boolean contiguous(List<Integer> phrase, int k, int len) {
      return phrase.get(k + len - 1) - phrase.get(k) == len - 1;
    }

    private static boolean anyUsed(boolean[] used, int k, int len) {
      for (int u = k; u < k + len; u++) {
        if (used[u]) {
          return true;
        }
      }
      return false;
    }

    private String demonymCountry(List<Integer> phrase) {
      for (ActorMatch m : matchesIn(phrase)) {
        if (m.kind() == ActorEntry.Kind.DEMONYM || m.kind() == ActorEntry.Kind.COUNTRY) {
          return m.entries().get(0).country();
        }
      }
      return null;
    }

    private boolean personTitle(Token t) {
      return PERSON_TITLES.contains(t.lemma().toLowerCase(Locale.ROOT)) && !isPlural(t);
    }
  }

  private static boolean isPlural(Token t) {
    return t.pos().equals("NNS") || t.pos().equals("NNPS");
  }

  /** The code with the sectors it does not already carry ("USAGOV" and "president" stay USAGOV). */
  private static String code(String country, List<String> sectors) {
    StringBuilder b = new StringBuilder(country);
    for (String sec : sectors) {
      if (sec.endsWith("~")) {
        String prefix = sec.substring(0, sec.length() - 1);
        if (!b.toString().startsWith(prefix)) {
          b.insert(0, prefix);
        }
      } else if (!chunks(country).contains(sec)) {
        b.append(sec);
      }
    }
    return b.toString();
  }

  private static List<String> chunks(String code) {
    List<String> out = new ArrayList<>();
    for (int i = 3; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /**
   * The entry that holds on the article's date: the first whose dates hold (imported date
   * restrictions come first), else the first without dates; null when none holds. Lists without
   * dated non-person entries (all shipped ones) give their first entry, as before.
   */
  private static ActorEntry onDate(List<ActorEntry> entries, LocalDate date) {
    if (entries.stream().noneMatch(e -> e.kind() != ActorEntry.Kind.PERSON && dated(e))) {
      return entries.get(0);
    }
    for (ActorEntry e : entries) {
      if (e.kind() != ActorEntry.Kind.PERSON && dated(e) && e.holdsOn(date)) {
        return e;
      }
    }
    for (ActorEntry e : entries) {
      if (e.kind() != ActorEntry.Kind.PERSON && !dated(e)) {
        return e;
      }
    }
    return null;
  }

  private static boolean dated(ActorEntry e) {
    return e.from() != null || e.to() != null;
  }
}
