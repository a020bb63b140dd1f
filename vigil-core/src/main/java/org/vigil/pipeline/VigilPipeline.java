package org.vigil.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.vigil.actor.ActorEntry;
import org.vigil.actor.ActorLexicon;
import org.vigil.actor.ActorMatch;
import org.vigil.actor.ActorResolver;
import org.vigil.actor.Discourse;
import org.vigil.actor.SectorLexicon;
import org.vigil.coder.EventCoder;
import org.vigil.coder.EventFrame;
import org.vigil.dictionary.PetrarchDiscards;
import org.vigil.geo.EventPlacer;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Place;
import org.vigil.model.Location;
import org.vigil.geo.PlaceFinder;
import org.vigil.geo.PlaceLink;
import org.vigil.geo.PlaceMention;
import org.vigil.lexicon.EventLexicon;
import org.vigil.model.Article;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.model.EventDate;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.nlp.NlpParser;
import org.vigil.nlp.ParsedArticle;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.SutimeTagger;
import org.vigil.nlp.TaggedWords;
import org.vigil.ontology.CameoOntology;
import org.vigil.size.CasualtyCounter;
import org.vigil.time.EventDater;
import org.vigil.time.TimeExpression;
import org.vigil.time.TimeFinder;

/**
 * Article in, event records out: the whole pipeline, built once per JVM and safe to share
 * between threads (each article's state lives in its own call).
 */
public final class VigilPipeline {
  private final NlpParser nlp;
  private final ActorResolver actors;
  private final SectorLexicon sectorWords;
  private final EventLexicon lexicon;
  private final EventCoder coder;
  private final CameoOntology ontology;
  private final EventDater dater = new EventDater();
  /** Who finds time expressions: Vigil's own ({@code dater}) unless {@link #useDates} chose SUTime. */
  private volatile TimeFinder times = dater;
  private SutimeTagger sutime;
  private final PlaceFinder places;
  private final EventPlacer placer;
  private final PlaceLink placeLink = new PlaceLink();
  private final CasualtyCounter casualties = new CasualtyCounter();
  private final StageClock clock = new StageClock();
  private final List<String> warnings;
  /** Imported PETRARCH discard phrases: sentences (or stories) holding them give no events. */
  private final PetrarchDiscards discards;

  /** Builds every stage; {@code dictionaries} (may be null) adds the user's actor and verb tables. */
  public VigilPipeline(Path dictionaries) {
    // CoreNLP's models and Vigil's tables load side by side: start-up is the user's first wait.
    CompletableFuture<PlaceFinder> gazetteer =
        CompletableFuture.supplyAsync(() -> new PlaceFinder(new Gazetteer()), NlpParser::daemon);
    CompletableFuture<NlpParser> parser = CompletableFuture.supplyAsync(NlpParser::new, NlpParser::daemon);
    ActorLexicon actorLexicon = new ActorLexicon();
    SectorLexicon sectorLexicon = new SectorLexicon();
    this.lexicon = new EventLexicon();
    UserDictionaries.Loaded loaded = dictionaries == null ? null
        : UserDictionaries.load(dictionaries, actorLexicon, sectorLexicon, lexicon);
    this.warnings = loaded == null ? List.of() : loaded.warnings();
    this.discards = loaded == null || loaded.discards().isEmpty() ? null : loaded.discards();
    this.actors = new ActorResolver(actorLexicon, sectorLexicon);
    this.sectorWords = sectorLexicon;
    // Nouns of the sector table name actors ("police", "militants"): a place in their phrase says where they are.
    this.placer = new EventPlacer(w -> sectorLexicon.lookup(w) != null);
    this.coder = new EventCoder(lexicon, loaded == null ? null : loaded.verbs());
    this.ontology = new CameoOntology();
    this.places = NlpParser.join(gazetteer);
    this.nlp = NlpParser.join(parser);
  }

  public VigilPipeline() {
    this(null);
  }

  /** The places an article names, resolved as the coder resolves them (for the geocoding check). */
  public List<PlaceMention> placesIn(Article article) {
    ParsedArticle parsed = nlp.parse(article, words -> false);
    Discourse discourse = new Discourse(article.text());
    List<ActorResolver.Sentence> views = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    for (ParsedSentence s : parsed.sentences()) {
      ActorResolver.Sentence view = actors.forSentence(s, article.text(), article.date(), discourse);
      views.add(view);
      view.matches().forEach(m -> {
        if (m.entries().get(0).country() != null && m.entries().get(0).kind() != ActorEntry.Kind.PERSON) {
          countries.add(m.entries().get(0).country());
        }
      });
    }
    List<PlaceMention> out = new ArrayList<>();
    for (ParsedSentence s : parsed.sentences()) {
      out.addAll(places.find(s, article.text(), views.get(s.index()).matches(), countries));
    }
    return out;
  }

  /** Conflicting entries found in the user's dictionaries (the later entry is used). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The parser is the dearest stage: a sentence gets it only when it has an event word and
   * something that can be an actor (a named entity, a table name, or a sector noun such as
   * "police") or a casualty word. Sentences without them give no event anyway, save one that
   * introduces a person with an apposition, which tells whom later sayings of that person speak for.
   */
  private boolean worthParsing(TaggedWords w) {
    if (CasualtyCounter.mayStateToll(w.lemmas())) {
      return true; // "the number of victims is 59": the toll of an act told before
    }
    if (w.introducesPerson()) {
      // "X, an adviser at BODY, describes ...": no event here, but who X speaks for is learned here
      // for his later sayings ("X said")
      return true;
    }
    if (!lexicon.anyTrigger(w.lemmas()) && w.lemmas().stream().noneMatch(EventCoder.OWN_TRIGGERS::contains)) {
      return false;
    }
    if (w.hasEntity()) {
      return true;
    }
    for (int i = 0; i < w.words().size(); i++) {
      String lemma = w.lemmas().get(i);
      if (lemma.equals("he") || lemma.equals("she") || lemma.equals("they")) {
        return true; // a pronoun stands for an actor named before
      }
      if (CasualtyCounter.isCasualtyWord(lemma)) {
        return true; // "Scores were arrested": a count is worth an event without an actor
      }
      if (actors.lexicon().knowsWord(w.words().get(i)) || sectorWords.lookup(w.lemmas().get(i)) != null
          || sectorWords.lookup(w.words().get(i)) != null) {
        return true;
      }
    }
    return false;
  }

  /** A country's common name from its ISO alpha-3 code (the code itself when unknown). */
  public String countryName(String iso3) {
    return actors.lexicon().countryName(iso3);
  }

  /** The time-expression finders {@link #useDates} knows; the first is the default. */
  public static final List<String> DATE_FINDERS = List.of("vigil", "sutime");

  /**
   * Chooses who finds time expressions (an expert option, to measure SUTime against Vigil's own
   * finder on the same texts); call it between runs, not during one. SUTime loads on first choice.
   */
  public synchronized void useDates(String finder) {
    switch (finder) {
      case "vigil" -> times = dater;
      case "sutime" -> {
        if (sutime == null) {
          sutime = new SutimeTagger();
        }
        times = sutime;
      }
      default -> throw new IllegalArgumentException("unknown date finder '" + finder + "': one of " + DATE_FINDERS);
    }
  }

  /** Time spent per stage so far, for the benchmark. */
  public StageClock clock() {
    return clock;
  }

  /** An article's events and how many sentences it had. */
  public record Coded(List<Event> events, int sentences, int tokens) {
  }

  /** Told of an article before it is queued for coding (see {@link NlpParser#expect}). */
  public void expect(Article article) {
    nlp.expect(article);
  }

  public List<Event> code(Article article) {
    return codeCounting(article).events();
  }

  public Coded codeCounting(Article article) {
    long t0 = System.nanoTime();
    ParsedArticle parsed = parse(article);
    long t1 = clock.add("nlp", t0);
    return new Coded(code(parsed, t1), parsed.sentences().size(), parsed.tokenCount());
  }

  /** The NLP stage alone: evaluation parses once and codes many times. */
  public ParsedArticle parse(Article article) {
    return nlp.parse(article, this::worthParsing);
  }

  /** Codes an article the NLP stage has already parsed (tests and evaluation reuse parses). */
  public List<Event> code(ParsedArticle parsed) {
    return code(parsed, System.nanoTime());
  }

  private List<Event> code(ParsedArticle parsed, long t1) {
    Article article = parsed.article();
    String text = article.text();
    LocalDate published = article.date();
    Discourse discourse = new Discourse(article.text());
    List<ActorResolver.Sentence> views = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>();
    for (ParsedSentence s : parsed.sentences()) {
      if (s.isParsed()) {
        clock.tick("parsed sentences");
      }
      ActorResolver.Sentence view = actors.forSentence(s, text, published, discourse);
      views.add(view);
      for (ActorMatch m : view.matches()) {
        ActorEntry e = m.entries().get(0);
        if (e.country() != null && e.kind() != ActorEntry.Kind.PERSON) {
          countries.add(e.country());
        }
      }
    }
    String mainCountry = ActorResolver.mainCountry(views);
    Place datelinePlace = parsed.sentences().isEmpty() ? null
        : places.dateline(parsed.sentences().get(0), text, views.get(0).matches(), countries);
    // Where the article is: its dateline's country, else the country its actors belong to most.
    Location focus = datelinePlace != null ? countryLocation(datelinePlace.country(), "dateline")
        : mainCountry != null ? countryLocation(mainCountry, "article") : null;
    Place around = focus == null ? null : places.gazetteer().country(focus.country());
    views.forEach(v -> v.setArticleCountry(mainCountry));
    long t2 = clock.add("actor", t1);
    List<Event> out = new ArrayList<>();
    long coding = 0;
    long dating = 0;
    TimeFinder finder = times;
    boolean storyDiscarded = discards != null && discards.discardsStory(text);
    for (ParsedSentence s : parsed.sentences()) {
      if (storyDiscarded || discards != null && discards.discardsSentence(s.text())) {
        continue;
      }
      // The sentence's places, found once and only when asked: the actors ask for a town's country
      // ("a missionary from Calgary"), the events for where they happen.
      List<List<PlaceMention>> memo = new ArrayList<>(1);
      java.util.function.Supplier<List<PlaceMention>> sentencePlaces = () -> {
        if (memo.isEmpty()) {
          memo.add(places.find(s, text, views.get(s.index()).matches(), countries, around));
        }
        return memo.get(0);
      };
      views.get(s.index()).setTownCountry(i -> townCountry(sentencePlaces.get(), i));
      long c0 = System.nanoTime();
      List<EventFrame> frames = coder.code(s, views.get(s.index()));
      coding += System.nanoTime() - c0;
      List<PlaceMention> placeMentions = null;
      if (s.isParsed() && placeLink.mentionsHappening(s)) {
        placeMentions = sentencePlaces.get();
        placeLink.link(s, placeMentions, placer, out);
      }
      Count toll = casualties.statedToll(s, text);
      if (frames.isEmpty()) {
        tollOfEarlier(out, s.index(), toll);
        continue;
      }
      long d0 = System.nanoTime();
      List<TimeExpression> found = finder.find(s, text, published);
      dating += System.nanoTime() - d0;
      clock.tick("dated sentences");
      if (placeMentions == null) {
        placeMentions = sentencePlaces.get();
      }
      int n = 0;
      // A statement that stands for an actorless act it reports comes last: it is kept only if
      // that act is not (the act has no dead and no place to keep it by).
      List<EventFrame> ordered = new ArrayList<>(frames.stream().filter(f -> f.standsFor().isEmpty()).toList());
      frames.stream().filter(f -> !f.standsFor().isEmpty()).forEach(ordered::add);
      Set<Integer> keptTriggers = new java.util.HashSet<>();
      for (EventFrame f : ordered) {
        if (f.standsFor().stream().anyMatch(keptTriggers::contains)) {
          continue;
        }
        // An act tried, wanted, feared or denied has no dead of its own ("tried to kill two"); words
        // and agreements have none either (a condemnation of a killing is not the killing).
        Modality m = f.modality();
        Size size = m.hypothetical() || m.negated() || m.future() || f.code().compareTo("14") < 0 ? Size.NONE
            : casualties.count(s, text, f.trigger(), f.clause());
        if (toll != null && size.dead() == null && f.code().compareTo("18") >= 0 && size != Size.NONE) {
          size = new Size(toll, size.injured(), size.arrested()); // "the death toll from the bombing rose to 40"
          toll = null;
        }
        Location location = locate(s, placeMentions, f, focus);
        // What may, could or did not happen at a place ("if war starts in Iraq") tells nothing done there.
        boolean placedDeed = location != null && location.text() != null && f.code().compareTo("14") >= 0
            && f.code().compareTo("21") < 0 && !m.hypothetical() && !m.negated()
            // Violence told as done ("a bomb exploded", "the attack destroyed the station") says
            // something wherever the article places it; a verb such as "fight" or "take" may be a
            // figure of speech, a noun with no actor is kept only when the coder found it told as done.
            || location != null && f.code().compareTo("18") >= 0 && f.code().compareTo("21") < 0
            && !m.hypothetical() && !m.negated() && !m.future()
            && (s.token(f.trigger()).isNoun() || f.code().startsWith("183"));
        // An event with no actor is kept only when it says something: casualties, or a protest, a show
        // of force, coercion or violence at a named place ("hundreds marched in Lyon").
        // A tally of years ("100,000 have been killed since the war began") counts no one act's dead but
        // still tells killings.
        boolean tally = size.isEmpty() && f.code().compareTo("18") >= 0 && size != Size.NONE
            && casualties.tallies(s, f.trigger(), f.clause());
        if (f.source() == null && f.target() == null && size.isEmpty() && !placedDeed && !tally || f.confidence() <= 0) {
          continue;
        }
        d0 = System.nanoTime();
        EventDate date = dater.date(s, text, found, f.trigger(), f.clause(), published, f.modality().future());
        dating += System.nanoTime() - d0;
        Modality modality = f.modality().withHistorical(historical(date, published));
        var trigger = s.token(f.trigger());
        out.add(new Event(article.id() + ":" + s.index() + ":" + n++, article.id(), s.index(), s.text(),
            new org.vigil.model.Span(trigger.word(), trigger.start(), trigger.end()), date, f.source(), f.target(),
            ontology.lookup(f.code()), location, size,
            f.attribution(), modality, f.quote(), f.rule(), f.confidence()));
        keptTriggers.add(f.trigger());
      }
      tollOfEarlier(out, s.index(), toll);
    }
    clock.addNanos("coder", coding);
    clock.addNanos("dates", dating);
    clock.add("attributes", t2 + coding);
    return out;
  }

  /**
   * A toll told apart from its act ("The number of victims is 59." after the bombing) is the dead
   * of the last violent event of the few sentences before, or of the article's only violent event,
   * when that event has no dead of its own.
   */
  private static void tollOfEarlier(List<Event> out, int sentence, Count toll) {
    if (toll == null) {
      return;
    }
    int chosen = -1;
    int violent = 0;
    for (int k = out.size() - 1; k >= 0; k--) {
      Event e = out.get(k);
      Modality m = e.modality();
      if (e.cameo().code().compareTo("18") >= 0 && e.cameo().code().compareTo("21") < 0 && !m.negated()
          && !m.hypothetical() && !m.future()) {
        violent++;
        chosen = chosen < 0 ? k : chosen; // the latest
      }
    }
    if (chosen < 0 || out.get(chosen).sentenceIndex() < sentence - 3 && violent > 1) {
      return;
    }
    Event e = out.get(chosen);
    if (e.size().dead() == null) {
      out.set(chosen, new Event(e.id(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.date(), e.source(),
          e.target(), e.cameo(), e.location(), new Size(toll, e.size().injured(), e.size().arrested()),
          e.attribution(), e.modality(), e.quote(), e.rule(), e.confidence()));
    }
  }

  /**
   * The event's place from its own clause; failing that, for a domestic event or a material one
   * (protest, force, coercion, violence) inside one country (its actors' countries agree), that
   * country at country precision, marked as inferred by a null mention (docs/event-record.md).
   */
  /**
   * CAMEO roots of verbal acts: statements, appeals, intents, diplomatic cooperation (praise,
   * endorsement), demands, disapproval, rejection, threats.
   */
  private static final Set<Integer> VERBAL = Set.of(1, 2, 3, 5, 10, 11, 12, 13);

  /** Whether the place's mention is the whole mention of the actor ("Beijing" for China's government). */
  private static boolean namesActor(Location l, org.vigil.model.Actor a) {
    return a != null && l.text() != null && a.start() == l.start() && a.end() == l.end();
  }

  private Location locate(ParsedSentence s, List<PlaceMention> mentions, EventFrame f, Location focus) {
    Location l = placer.place(s, mentions, f.trigger(), f.clause());
    // A user's code may have no numeric root ("###"): it is placed as a deed.
    int root = f.code().matches("\\d\\d.*") ? Integer.parseInt(f.code().substring(0, 2)) : -1;
    if (l != null && VERBAL.contains(root) && !f.code().startsWith("036")
        && (namesActor(l, f.source()) || namesActor(l, f.target()))) {
      // "warned Washington", "accused Beijing": a capital or country spoken to or of is its
      // government, not a place; a visit planned to it ("plans to visit Washington", 036) goes there
      l = null;
    }
    if (l == null && (root == 15 || root >= 18 || f.code().startsWith("17") && !f.code().startsWith("172"))) {
      l = placer.actedOnCountry(s, mentions, f.trigger()); // "NATO bombed Serbia": force is where it lands
    }
    if (l == null && root >= 18 && root <= 20) {
      l = placer.victimsCountry(s, mentions, f.trigger()); // "Mexico's police chief was shot"
    }
    if (l == null && !VERBAL.contains(root)) {
      l = placer.onlyPlace(s, mentions, f.trigger()); // words are said anywhere; deeds happen at the sentence's one place
    }
    if (l != null) {
      return l;
    }
    String a = f.source() == null ? null : f.source().country();
    String b = f.target() == null ? null : f.target().country();
    String c = a != null && (b == null || a.equals(b)) ? a : a == null ? b : null;
    // A statement or meeting can happen anywhere; a domestic or material event happens at home.
    boolean domestic = a != null && a.equals(b);
    if (!domestic && root < 14) {
      return null;
    }
    // The actors' majority is weaker evidence than a dateline: a sentence naming another country
    // ("after Iran's disputed elections") may be about that country.
    boolean otherCountry = focus != null && focus.basis().equals("article")
        && mentions.stream().anyMatch(m -> m.place().country() != null && !m.place().country().equals(focus.country()));
    if (!domestic && focus != null && !otherCountry && (a == null || b != null)) {
      // A deed the text places nowhere is, by news convention, in the article's country (its
      // dateline's, else its actors'), unless only the doer's country is known ("Iranian forces
      // killed 72 in 2009"): a victim's nationality says less ("two U.S. citizens were killed").
      return focus;
    }
    return c == null ? null : countryLocation(c, "actors");
  }

  /** The country of the town or region (not a country) named at token {@code i}, else null. */
  private static String townCountry(List<PlaceMention> mentions, int i) {
    for (PlaceMention m : mentions) {
      if (m.first() <= i && i <= m.last()) {
        return "country".equals(m.place().precision()) ? null : m.place().country(); // unlocated places have none
      }
    }
    return null;
  }

  private Location countryLocation(String iso3, String basis) {
    Place p = places.gazetteer().country(iso3);
    return p == null ? null : new Location(null, -1, -1, p.name(), p.country(), null, p.lat(), p.lon(),
        p.geonamesId() == 0 ? null : p.geonamesId(), "country", basis);
  }

  /** Explicitly long before publication: a dated event more than a year older than its article. */
  private static boolean historical(EventDate date, LocalDate published) {
    if (date == null || published == null || !"text".equals(date.source())) {
      return false;
    }
    String v = date.value();
    LocalDate start = switch (date.precision()) {
      case "year" -> LocalDate.of(Integer.parseInt(v), 12, 31);
      case "month" -> LocalDate.parse(v + "-01").plusMonths(1).minusDays(1);
      default -> LocalDate.parse(v);
    };
    return ChronoUnit.DAYS.between(start, published) > 365;
  }
}
