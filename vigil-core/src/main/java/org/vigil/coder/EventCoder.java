package org.vigil.coder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.vigil.actor.ActorResolver;
import org.vigil.dictionary.PetrarchVerbs;
import org.vigil.lexicon.EventLexicon;
import org.vigil.lexicon.Trigger;
import org.vigil.model.Actor;
import org.vigil.model.Modality;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;
import org.vigil.size.CasualtyCounter;
import org.vigil.table.WordTable;

/**
 * Codes the events of one parsed sentence: who did what to whom, over Universal Dependencies.
 *
 * <p>Conventions (docs/coding.md): a reciprocal event ("A met B") is coded once, A to B; an event
 * reported by someone ("activists said forces killed ...") is the reported event with the speaker
 * as attribution, never an accusation by the speaker; a bare statement ("X said ...") is not coded;
 * an event under an intention verb ("plans to visit") becomes the CAMEO 03 intent, under a refusal
 * the 12 rejection, and under an appeal or demand ("urged X to talk") it refines the 02 or 10 code.
 */
public final class EventCoder {
  static final Set<String> SPEECH = words("speech-verbs");
  /** Speech verbs that are never more than a statement or an attribution, whatever their object. */
  private static final Set<String> SPEECH_ONLY = words("speech-only-verbs");
  private static final Set<String> INTENT = words("intent-words");
  /** Nouns whose clause is an act that may or may not come: "the chance that", "fears that". */
  private static final Set<String> UNCERTAIN = words("uncertain-nouns");
  /** Verbs that begin, go on with or take up an act again: they carry its mood ("vowed to keep fighting"). */
  private static final Set<String> ASPECT = words("aspect-verbs");
  private static final Set<String> REFUSE = words("refusal-verbs");
  /** What is due to happen: "is set to visit", "is scheduled to meet", "is going to sign" (future, as planned). */
  private static final Set<String> FORESEEN = words("foreseen");
  /** Words for a share of something: "a fifth of", "20 percent of", "parts of". */
  private static final Set<String> SHARES = words("shares");
  /** Verbs whose object act did not (yet) happen: "planned the murder of", "thwarted a bombing". */
  private static final Set<String> UNREALISED = words("unrealised-verbs");
  private static final Set<String> DENY = words("deny-verbs");
  /** Who damages property in a protest: rioters, protesters, demonstrators, a mob. */
  private static final Pattern RIOTERS = wordPattern("rioters");
  /** Nouns of a claim that others make, and the verbs that deny one: "rejected allegations that". */
  private static final Set<String> CLAIMS = words("claim-nouns");
  private static final Set<String> DENIALS = words("denial-verbs");
  /** Weapons that are made, built or bought without anyone being attacked: "was making bombs". */
  private static final Set<String> WEAPONS = words("weapons");
  private static final Set<String> LIGHT = words("light-verbs");
  private static final Set<String> HAPPEN = words("happen-verbs");
  /** Verbs that tell a meeting or protest went on without naming its doer: "talks resumed", "the summit ended". */
  private static final Set<String> WENT_ON = words("went-on-verbs");
  /** Verbs whose object is an act they brought about: "the verdict sparked protests", "triggered clashes". */
  private static final Set<String> CAUSE = words("cause-verbs");
  /** Causes of death that are no one's act: nature, disease, accidents. */
  private static final Set<String> NATURAL_CAUSES = words("natural-causes");
  /** Accidents of transport whose dead no one killed. */
  private static final Set<String> ACCIDENTS = words("accident-verbs");
  /** What a vehicle driven "into" makes an attack of. */
  private static final Set<String> CROWDS = words("crowds");
  /** Crimes that make an arrest by no named actor police news rather than a political event. */
  private static final Set<String> COMMON_CRIMES = words("common-crimes");
  /** Prepositions of an appeal's addressee or aim: "called on", "called for". */
  private static final Set<String> APPEAL_PREPS = Set.of("on", "upon", "for");
  /** Indefinite doers of a passive: "dismissed by many", "seen by some as". */
  private static final Set<String> OPINION_HOLDERS = Set.of("many", "some", "most", "few", "others", "several");
  /** Prepositions of what someone is arrested or charged for. */
  private static final Set<String> CRIME_PREPS = Set.of("for", "with", "over");
  /** Reason phrases of an arrest or charge that a noun begins: "in connection with a drug ring", "on suspicion of theft". */
  private static final Set<String> CRIME_PHRASES = Set.of("in connection", "on suspicion", "on charge");
  /** Verbs that end the act their complement names. */
  private static final Set<String> CEASE = words("cease-verbs");
  /** Nouns of fighting that figures of speech borrow. */
  private static final Set<String> WARLIKE = words("warlike-nouns");
  /** What a "war" or "battle" is about when it is none: "trade war", "legal battle", "charm offensive". */
  private static final Set<String> FIGURATIVE = words("figurative-wars");
  /** Nouns of a lasting conflict rather than one act: "the war continues" with no side named is no incident. */
  private static final Set<String> LASTING = words("lasting-conflicts");
  /** Verbs that tell a lasting conflict starting: "war broke out", "a new offensive began". */
  private static final Set<String> ONSET = words("onset-verbs");
  /** What a "war of X" or "battle of X" is when it is a contest: "a battle of wills", "a war of words". */
  private static final Set<String> CONTESTS = words("contests");
  /**
   * Values and ills that are attacked or fought only in words or by policy: "an attack on free
   * speech", "fighting corruption", "the battle against inflation".
   */
  private static final Set<String> ABSTRACT = words("abstract-targets");
  /** Manners of walking together that are figures of agreement: "marching in lockstep". */
  private static final Set<String> IN_STEP = words("in-step");
  /** Units a game's winning margin is counted in: "beat Australia by six wickets". */
  private static final Set<String> MARGINS = words("margins");
  /** Nouns that count instances of an act: "a round of talks", "a wave of air strikes". */
  private static final Set<String> ROUNDS = words("rounds");
  /** Things that do no political act themselves, though sentences make them subjects of one. */
  private static final Set<String> THINGS = words("things");
  /** Pronouns of a group or thing, as a resolved actor's mention. */
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "it");
  /** Prepositions of what a fight or attack is against: "a war on poverty", "an attack on free speech". */
  private static final Set<String> AGAINST = Set.of("on", "against");
  /** Prepositions of the fight a victim fell in: "in a clash", "during the raid". */
  private static final Set<String> IN_FIGHT = Set.of("in", "during");
  /** Fights of two sides: who killed in one is the side "with" the victims' ("a clash with police"). */
  private static final Set<String> FIGHTS = words("fights");
  /** One side's strikes: the side is named on the noun ("an army raid", "a raid by police"). */
  private static final Set<String> RAIDS = words("raids");
  /** Victims whose killing is no political event. */
  private static final Set<String> ANIMALS = words("animals");
  /** Verbs the coder reads without a lexicon row ("died in an explosion", "a grenade exploded"). */
  public static final Set<String> OWN_TRIGGERS = words("own-triggers");
  /** Killing nouns whose possessor is the victim: "the journalist's murder". */
  private static final Set<String> KILLED = words("killed-nouns");
  /** Arrest nouns whose "of" phrase names who was held. */
  private static final Set<String> ARRESTS = words("arrest-nouns");
  /** Possessors that date an act rather than do it: "last night's bombing", "Monday's attack". */
  private static final Set<String> WHEN = words("when-possessors");
  private static final Set<String> RELATIVES = Set.of("which", "that", "who");
  /** Participles that tell an attack as done by someone: "attacks perpetrated by the cartel". */
  private static final Set<String> PERPETRATE = words("perpetrate-verbs");
  private static final Set<String> CLAIM = words("claim-verbs");
  /** What kills when someone "died of" or "from" it, beside the violent nouns of the lexicon. */
  private static final Set<String> WOUNDS = words("wounds");
  private static final Set<String> EXPLOSIVES = words("explosives");
  private static final Set<String> KILLING = words("killing-verbs");
  /** What one meets without meeting anyone. */
  private static final Set<String> UNMET = words("unmet");
  /** What a warner warns of when the warning is a threat: its own answer ("warned of retaliation"). */
  private static final Set<String> OWN_ANSWER = words("own-answers");
  /** What an arrest, charge or accusation is for: "charged for", "accused of", "arrested over". */
  private static final List<String> OFFENCE_PREPS = List.of("for", "of", "over");
  /** Prepositions of when or amid what something was done, never of what was done. */
  private static final Set<String> CIRCUMSTANCE = Set.of("after", "before", "during", "amid", "amidst", "following",
      "despite", "since", "until", "throughout");
  /** Support that, as a participle on its noun, describes an actor: "rebels backed by Rwanda". */
  private static final Set<String> BACKING = words("backing-verbs");
  /** The lexicon's object word for an intergovernmental body named by its name ("from:@igo"). */
  private static final Set<String> UNARMED = Set.of("CVL", "EDU", "LAB", "NGO", "MED", "HLH", "REF", "BUS",
      "AGR", "ENV", "DEV", "HRI");
  private static final String IGO_OBJECT = "@igo";
  /** Conjunctions of adverbial clauses: when, why, on what condition. */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "while", "when",
      "because", "although", "though", "as", "once", "whereas", "unless", "if");
  /** Prepositions of what is talked about: "talking about prices", "spoke of reform". */
  private static final Set<String> TOPIC_PREPS = Set.of("about", "of");
  /** Roots of acts done together: consult, cooperate diplomatically or materially. */
  private static final Set<Integer> RECIPROCAL = Set.of(4, 5, 6);
  private static final Set<String> OWN_POSSESSIVES = Set.of("its", "their", "his", "her", "our");
  /** Where a show of force is held, as whom it is aimed at: "drills around Taiwan", "near Ukraine". */
  private static final Set<String> SHOWN_AT = Set.of("around", "near", "off");
  /** Where a show of force puts its forces: "troops in Lebanon", "tanks to the border". */
  private static final Set<String> FORCES_AT = Set.of("in", "into", "to");
  /** Prepositions that say whose an act is: "aid from Japan", "rallies in Gaza", "raids by police". */
  private static final Set<String> OWNER_PREPS = Set.of("of", "in", "by", "from");
  /** Groupings that stand for whom their "of" phrase names: "a convoy of Kurdish fighters". */
  private static final Set<String> GROUPINGS = words("groupings");
  /** Settlements named in an "of" phrase ("the town of Bakhmut"): the place stages' own table. */
  private static final Set<String> SETTLEMENTS = org.vigil.geo.PlaceWords.load("settlement-nouns");
  /** The phrases that name what a fight is done with. */
  private static final Set<String> MEANS = Set.of("with", "using");
  /** What carries a car bomb (1832). */
  private static final Set<String> VEHICLES = words("vehicles");
  /** Chemical agents, as words of the text: force done with them is CAMEO 2041. */
  private static final Set<String> CHEMICAL_AGENTS = words("chemical-agents");
  /** Proposals whose "of"/"for" phrase says what is proposed: "an offer of talks", "calls for a truce". */
  private static final Set<String> PROPOSALS = words("proposals");
  /** Nouns of a course of action one takes, whose infinitive is the owner's aim: "Peru's decision to close". */
  private static final Set<String> DECISIONS = words("decisions");
  /** Ordinals that rank a noun among others done before it ("the first to", "the latest to"); not "next". */
  private static final Set<String> RANKS = words("ranks");
  /** Texts put to a vote or on the table, whose content is done only when they are adopted. */
  private static final Set<String> TEXTS = words("texts");
  /** People a state expels when it orders them out, and the verbs of going that make the order one. */
  private static final Set<String> EXPELLABLE = words("expellable");
  private static final Set<String> LEAVING = words("leaving-verbs");
  /** Texts that are issued in a body's name, undone only if vetoed or blocked before they come out. */
  private static final Set<String> STATEMENTS = words("statements");
  /** Verbs that turn a text down ("opposed" is not among them: a text some oppose may still pass). */
  private static final Set<String> TURNED_DOWN = words("turned-down-verbs");
  /** Nouns for a body of people named by whom it is made of: "a mission of observers", "a team of inspectors". */
  private static final Set<String> BODIES_OF = words("bodies-of");
  /** Journeys whose purpose phrase names the meeting made: "came to Kabul for talks". */
  /** Journeys whose purpose ("for talks") is the act; "is due in Moscow for talks" is one to come. */
  private static final Set<String> TRAVEL = words("travel-verbs");
  private static final Set<String> TRAVEL_PURPOSE = Set.of("for", "on");
  /** Weapons that make a fight aerial (195) or one of artillery and tanks (194). */
  private static final Set<String> AERIAL = words("aerial-weapons");
  private static final Set<String> ARTILLERY = words("artillery");
  /** Intending to cooperate, meet or settle: done by each side with the others ("offered to" alone is not). */
  private static final Set<String> MUTUAL_INTENTS = words("mutual-intents");
  /**
   * Acts two sides do to each other when no one else is named: a truce agreed or declared ("the army
   * and the rebels agreed to a ceasefire"), relations cut between them ("Kenya and Somalia cut ties";
   * not "recalled their ambassadors", which may be from a third state).
   */
  private static final Set<String> MUTUAL_CODES = words("mutual-codes");
  private static final Set<String> CUTTING = words("cutting");
  /** What is "traded" or "exchanged" (accusations, fire, threats) each side did to the other. */
  private static final Set<String> EXCHANGED = words("exchanged");
  /** Relative pronouns that may stand for a relative clause's object: "the envoy whom Iran expelled". */
  private static final Set<String> RELATIVE_OBJECTS = Set.of("whom", "that", "which");
  /** Words that date an act: weekdays, months, "yesterday", "last", "ago". */
  private static final Set<String> WHEN_WORDS = words("when-words");
  /** What carries words to an addressee: "in a letter to the council". */
  private static final Set<String> LETTERS = words("letters");
  /** Roots of acts done in words: statements, appeals, demands, disapproval, rejection, threats. */
  private static final Set<Integer> SAID = Set.of(1, 2, 10, 11, 12, 13);
  private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "n’t", "no"); // news writes ’ too
  /** Speech verbs whose negation is declining to comment ("did not say why", "has not explained"). */
  private static final Set<String> DECLINABLE = words("declinable-verbs");
  private static final Set<String> QUOTES = Set.of("\"", "``", "''", "“", "”");
  private static final Set<String> HYPOTHETICAL = Set.of("could", "would", "might", "may", "can", "ca");
  /** Adverbs of habit: "the group frequently stages bombings" tells of no one act. */
  private static final Set<String> HABITUAL = words("habitual-adverbs");
  /** Verbs that name or judge something ("called it a massacre", "described it as an invasion"). */
  private static final Set<String> NAMING = words("naming-verbs");
  /** Units of time that "each" or "every" makes a recurrence of ("every year", "each summer"). */
  private static final Set<String> RECURRING = words("recurring");
  /** Verbs whose complement is an act wanted, needed or paid for, not one done ("hired a man to kill"). */
  private static final Set<String> WISHED = words("wished-verbs");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "’ll", "wo");
  /** Modals that leave an act possible only; "would" alone may be a reported "will". */
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "can", "ca");
  /** Prepositions of a number that moves: "declined to 600,000", "fell by 5%". */
  private static final Set<String> AMOUNT_PREPS = Set.of("to", "from", "by");
  /** Determiners and pre-conjunctions that say no one or nothing: "no country", "neither X nor Y". */
  private static final Set<String> NONE = Set.of("no", "neither");
  private static final Set<String> OBLIGATION = Set.of("should", "must", "ought");
  private static final Set<String> NP_INSIDE = Set.of("compound", "nmod:poss", "amod", "flat", "det");
  private static final Set<String> TARGET_PREPS = Set.of("against", "on", "with", "at", "toward", "towards", "to");
  /** Where words are published: "on television", "on social media" say how, not to whom. */
  private static final Set<String> MEDIA_CHANNELS = words("media-channels");
  /** Nouns that name an undertaking of the act their compound names ("a mediation effort"). */
  private static final Set<String> EFFORT = words("efforts");
  /** Whom a thing asked for is asked of: "an apology from Japan", "an admission by Moscow". */
  private static final Set<String> ASKED_OF = Set.of("from", "by");
  /** What one presses with: "despite pressure by", "despite calls from". */
  private static final Set<String> PRESSURE = words("pressure");
  /** Participles of putting on an event: "a rally organised by", "a sit-in staged by". */
  private static final Set<String> STAGING = words("staging-verbs");
  /** Heads that count or part a group: "scores of refugees" are the refugees. */
  private static final Set<String> QUANTITY = words("quantities");

  /**
   * Verbs whose "to" infinitive is their complement (what is wanted, tried, begun, said, made to
   * happen), not the aim of their act: "agreed to talk", "began to shell", "is said to have fled".
   */
  private static final Set<String> INFINITIVE_COMPLEMENT = words("infinitive-complement-verbs");
  /** Verbs that send or use someone to act: the one sent does the aim ("sent troops to guard the border"). */
  /** How a speaker who is worried or hopeful says he is: "said he was deeply concerned". */
  private static final Set<String> WORRIED = words("worried");
  private static final Set<String> HOPEFUL = words("hopeful");
  /** Titles of office whose holder's killing is an assassination. */
  private static final Set<String> OFFICES = words("offices");
  private static final Set<String> FRONTIERS = words("frontiers");
  /** Armed forces as what is sent: "sent tanks and troops". */
  private static final Set<String> TROOPS = words("troops");
  private static final Set<String> SENDING = words("sending-verbs");
  /** Verbs that let an act happen, whose clause shares their embedding: "used to help soldiers share". */
  private static final Set<String> ENABLING = words("enabling-verbs");
  /** Gatherings whose stated demand is the protest itself: "thousands gathered to demand his resignation". */
  private static final Set<String> GATHER = words("gathering-verbs");
  /** Sectors of a state's officials, forces and courts. */
  private static final Set<String> OFFICIAL = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");
  /** Nouns of an aim: "with the aim of ending", "for the purpose of". */
  private static final Set<String> AIMS = words("aims");
  /** Relations by which a clause is embedded in another, so a conjunct of it is embedded alike. */
  private static final Set<String> EMBEDDING = Set.of("xcomp", "ccomp", "advcl", "acl", "amod", "dep", "obl");

  private final EventLexicon lexicon;
  /** Imported PETRARCH verbs, which take precedence for the verbs they define; null when none. */
  private final PetrarchVerbs imported;

  public EventCoder(EventLexicon lexicon) {
    this(lexicon, null);
  }

  public EventCoder(EventLexicon lexicon, PetrarchVerbs imported) {
    this.lexicon = lexicon;
    this.imported = imported == null || imported.isEmpty() ? null : imported;
  }

  /** The events of a sentence, in order of their triggers. Actors are remembered for later pronouns. */
  public List<EventFrame> code(ParsedSentence s, ActorResolver.Sentence actors) {
    if (!s.isParsed()) {
      actors.rememberNamed();
      return List.of();
    }
    for (int i = 0; i < s.size(); i++) {
      if (s.relation(i).startsWith("nsubj")) {
        actors.resolveAndRemember(i, true);
      }
    }
    Run run = new Run(s, actors);
    for (int i = 0; i < s.size(); i++) {
      Token t = s.token(i);
      if (t.isVerb() && (!s.relation(i).equals("amod") || killedPerson(s, i)) && !s.relation(i).startsWith("compound")) {
        run.verb(i);
      } else if (t.isNoun()) {
        run.noun(i);
      }
    }
    List<EventFrame> out = new ArrayList<>();
    List<EventFrame> merged = run.aimedAtTheDead(purposeTargets(s, mergeToll(s, mergeConjoinedViolence(s,
        mergeSameAct(s, mergeRetold(s, mergeNested(s, withoutIntended(s, withoutApologisedFor(s, run.frames)))))))));
    for (EventFrame f : withoutThreatConditions(s, merged)) {
      if (!run.consumed.contains(f.trigger())) {
        out.add(f);
      }
    }
    run.statements(out);
    out.addAll(run.importedFrames);
    out.sort(java.util.Comparator.comparingInt(EventFrame::trigger));
    for (EventFrame f : out) {
      if (f.target() != null) {
        actors.resolveAndRemember(indexOf(s, f.target()), false);
      }
    }
    actors.rememberNestedPeople();
    return out;
  }

  /**
   * "the assassinated Ana Mejia", "the murdered journalist": a killing participle on a
   * countable person reports the killing as a fact, as "the murder of" does.
   */
  private static boolean killedPerson(ParsedSentence s, int i) {
    return s.token(i).pos().equals("VBN") && KILLING.contains(s.token(i).lemma().toLowerCase(Locale.ROOT))
        && s.head(i) > i && s.token(s.head(i)).isNoun() && CasualtyCounter.countable(s, s.head(i));
  }

  /**
   * What sets off a threat is no event of its own: in "will boycott the vote unless the president
   * agrees to step down" or "warned it would strike if attacked" the clause under "if" or "unless"
   * is the condition the threat names, which no one has done or promised.
   */
  static List<EventFrame> withoutThreatConditions(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>();
    for (EventFrame f : frames) {
      int condition = conditionOver(s, f.clause());
      boolean threat = false;
      // The condition may hang on the threat or on the act threatened ("threatened to strike unless ...").
      for (int k = condition >= 0 ? s.head(condition) : -1, guard = 0; k >= 0 && guard < 4 && !threat; guard++) {
        int h = k;
        threat = frames.stream().anyMatch(o -> o != f && (o.trigger() == h || o.clause() == h) && o.code().startsWith("13"));
        String rel = s.baseRelation(k);
        k = rel.equals("xcomp") || rel.equals("ccomp") ? s.head(k) : -1;
      }
      if (!threat) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The "if" or "unless" clause the clause at {@code v} is, or lies in through complements and
   * conjuncts ("unless he agrees to step down": step lies in the clause of agrees), else -1.
   */
  private static int conditionOver(ParsedSentence s, int v) {
    for (int k = v, guard = 0; k >= 0 && guard < 5; k = s.head(k), guard++) {
      for (int c : s.children(k, "mark")) {
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        if (w.equals("if") || w.equals("unless")) {
          return k;
        }
      }
      String rel = s.baseRelation(k);
      if (!rel.equals("xcomp") && !rel.equals("conj") && !rel.equals("ccomp")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * One act told twice in one sentence ("used tear gas to disperse protesters", both 175) is one
   * event: the inner clause's, which carries the target and place, with the outer's source.
   */
  /**
   * "apologised for the killing of thousands by colonial troops", "forgave them for the attack": the
   * act named after "for" is what the apology or pardon is about, told as its reason (most often an
   * act long past), not news of its own; the apology is the event.
   */
  private static List<EventFrame> withoutApologisedFor(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame f : frames) {
      int n = f.trigger();
      if (!s.token(n).isNoun()
          || s.children(n, "case").stream().noneMatch(c -> s.token(c).word().equalsIgnoreCase("for"))) {
        continue;
      }
      // the noun hangs on the apology, or follows it with no other verb between (the parser may
      // hang a long "for" phrase elsewhere)
      if (frames.stream().anyMatch(g -> (g.code().equals("055") || g.code().equals("056")) && g.trigger() < n
          && (s.head(n) == g.trigger() || java.util.stream.IntStream.range(g.trigger() + 1, n)
              .noneMatch(k -> s.token(k).isVerb())))) {
        out.remove(f);
      }
    }
    return out;
  }

  /**
   * "accepted an invitation to visit Russia", "agreed to hold talks": when the verb's own row codes
   * the intention (03), the act it is to is that intention told again and not done, so it is no
   * second event.
   */
  private static List<EventFrame> withoutIntended(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame f : frames) {
      if (!f.modality().hypothetical() || root(f.code()) == 3) {
        continue;
      }
      for (EventFrame g : frames) {
        if (g != f && root(g.code()) == 3 && sameCode(f.source(), g.source()) && (s.head(f.trigger()) == g.trigger()
            || s.head(f.trigger()) >= 0 && s.head(s.head(f.trigger())) == g.trigger())) {
          out.remove(f);
          break;
        }
      }
    }
    return out;
  }

  private static List<EventFrame> mergeNested(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame outer : frames) {
      for (int i = 0; i < out.size(); i++) {
        EventFrame inner = out.get(i);
        if (inner == outer || !inner.code().equals(outer.code()) || inner.trigger() == outer.trigger()
            || !embedded(s, outer.trigger(), inner.trigger())) {
          continue;
        }
        Actor src = inner.source() != null ? inner.source() : outer.source();
        if (inner.source() != null && outer.source() != null && !inner.source().code().equals(outer.source().code())) {
          continue;
        }
        Actor tgt = inner.target() != null ? inner.target() : outer.target();
        out.set(i, new EventFrame(s, inner.trigger(), inner.clause(), src, tgt, inner.code(), inner.modality(),
            inner.attribution() != null ? inner.attribution() : outer.attribution(), inner.quote(),
            inner.rule() + " (with " + s.token(outer.trigger()).word() + ")", Math.max(inner.confidence(),
            outer.confidence())));
        out.remove(outer);
        break;
      }
    }
    return out;
  }

  /**
   * "the murder of a mayor who was shot outside his home": a relative clause on the victim of a
   * violent act that tells violence again, with no other doer, is the same act told twice.
   */
  private static List<EventFrame> mergeRetold(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame act : frames) {
      if (root(act.code()) < 18) {
        continue;
      }
      for (EventFrame told : frames) {
        int t = told.trigger();
        int victim = t >= 0 ? s.head(t) : -1;
        if (told == act || root(told.code()) < 18 || !s.relation(t).equals("acl:relcl") || victim < 0
            || s.head(victim) != act.trigger() || s.relation(victim).equals("nsubj")
            || told.source() != null && act.source() != null && !told.source().code().equals(act.source().code())) {
          continue;
        }
        int i = out.indexOf(act);
        if (i < 0 || !out.contains(told)) {
          continue;
        }
        out.set(i, new EventFrame(s, act.trigger(), act.clause(), act.source() != null ? act.source() : told.source(),
            act.target() != null ? act.target() : told.target(), act.code(), act.modality(), act.attribution(),
            act.quote(), act.rule() + " (told again by " + s.token(t).word() + ")", act.confidence()));
        out.remove(told);
      }
    }
    // "a missile strike that destroyed a block, killing 40": what a relative clause on a violent noun
    // tells it did (damage, and the killing that clause goes on to) is the same act, aimed at whom
    // the killing names
    for (EventFrame act : new ArrayList<>(out)) {
      if (root(act.code()) < 18 || !s.token(act.trigger()).isNoun()) {
        continue;
      }
      Actor target = act.target();
      List<EventFrame> effects = new ArrayList<>();
      for (EventFrame f : out) {
        // a participle hung on the thing destroyed was given that thing as its doer: that is no other side
        if (f != act && root(f.code()) >= 17 && effectOf(s, act.trigger(), f.trigger())
            && (f.source() == null || act.source() == null || sameCode(f.source(), act.source())
            || s.relation(f.trigger()).equals("acl"))) {
          effects.add(f);
          if (target == null && root(f.code()) >= 18) {
            target = f.target();
          }
        }
      }
      if (effects.isEmpty()) {
        continue;
      }
      // "a raid that hit a convoy": the relative clause's own violent verb tells the act, and the
      // event stands at that verb
      EventFrame verb = effects.stream().filter(f -> root(f.code()) >= 18 && s.head(f.trigger()) == act.trigger())
          .findFirst().orElse(null);
      int trigger = verb != null ? verb.trigger() : act.trigger();
      int clause = verb != null ? verb.clause() : act.clause();
      String code = verb != null && generic(act.code()) && !generic(verb.code()) ? verb.code() : act.code();
      out.removeAll(effects);
      out.set(out.indexOf(act), new EventFrame(s, trigger, clause, act.source() != null ? act.source()
          : verb != null ? verb.source() : null, target, code, act.modality(), act.attribution(), act.quote(),
          act.rule() + " (what it did told after it)", act.confidence()));
    }
    return out;
  }

  /** Whether {@code e} hangs on violent noun {@code n} by a relative clause, and participles or conjuncts under it. */
  private static boolean effectOf(ParsedSentence s, int n, int e) {
    for (int k = e, guard = 0; k >= 0 && guard < 5; k = s.head(k), guard++) {
      if (s.head(k) == n) {
        return s.relation(k).equals("acl:relcl");
      }
      String rel = s.relation(k);
      // ", killing 40" may hang on the clause or on the thing destroyed
      boolean participle = s.token(k).isVerb() && (rel.equals("advcl") || rel.equals("conj")
          || rel.equals("acl") && s.token(k).pos().equals("VBG"));
      boolean damaged = s.token(k).isNoun() && rel.equals("obj") && k != e;
      if (!participle && !damaged) {
        return false;
      }
    }
    return false;
  }

  /**
   * One act told with two verbs of the same kind: "found him guilty and sentenced him" is one
   * verdict (116, the sentence is part of it), "staged drills, sending warplanes toward the island"
   * one show of force (the participle tells how).
   */
  private static List<EventFrame> mergeSameAct(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame second : frames) {
      int t = second.trigger();
      String rel = s.relation(t);
      for (EventFrame first : frames) {
        if (first == second || !out.contains(first) || !out.contains(second)
            || second.source() != null && first.source() != null && !sameCode(first.source(), second.source())) {
          continue;
        }
        boolean verdict = first.code().equals("116") && second.code().equals("173") && rel.equals("conj")
            && s.head(t) == first.trigger();
        boolean shown = root(first.code()) == 15 && root(second.code()) == 15 && (rel.equals("advcl") || rel.equals("dep"))
            && s.token(t).pos().equals("VBG") && (s.head(t) == first.trigger() || s.head(t) == first.clause());
        // "were dispersed by riot police using tear gas": how the doer did the act, told by a participle on him
        int up = s.head(t);
        // "eased the curfew, allowing shops to open": a bare participle of the same kind tells what the act did
        boolean kin = first.code().equals(second.code())
            || generic(second.code()) && root(first.code()) == root(second.code()) && root(first.code()) < 18;
        boolean how = kin && s.token(t).pos().equals("VBG") && second.target() == null
            && up >= 0 && (rel.equals("advcl") || rel.equals("dep")) && (up == first.trigger() || up == first.clause())
            || first.code().equals(second.code()) && s.token(t).pos().equals("VBG") && second.target() == null
            && rel.equals("acl") && up >= 0 && s.head(up) == first.trigger();
        // "used sarin in an attack on the town that killed 80": the attack is the act the verb tells
        boolean framed = root(first.code()) >= 18 && root(second.code()) >= 18 && s.token(t).isNoun()
            && s.baseRelation(t).equals("obl") && IN_FIGHT.contains(String.valueOf(s.caseMarker(t)))
            && (s.head(t) == first.trigger() || s.head(t) == first.clause()) && !s.token(first.trigger()).isNoun();
        if (verdict || shown || how || framed) {
          out.set(out.indexOf(first), new EventFrame(s, first.trigger(), first.clause(),
              first.source() != null ? first.source() : second.source(),
              first.target() != null ? first.target() : second.target(), first.code(), first.modality(),
              first.attribution(), first.quote(), first.rule() + " (with " + s.token(t).word() + ")",
              first.confidence()));
          out.remove(second);
        }
      }
    }
    return out;
  }

  /**
   * An act done to press a demand on someone is aimed at them: "blocked roads to press their
   * demands from the government" targets the government. A target-less act takes the target of its
   * purpose clause ("to" + verb) when both have the same source.
   */
  private static List<EventFrame> purposeTargets(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      EventFrame f = out.get(i);
      if (f.target() != null || f.source() == null) {
        continue;
      }
      for (EventFrame p : frames) {
        int k = p.clause();
        if (p.target() != null && s.head(k) == f.clause() && s.baseRelation(k).equals("advcl")
            && s.children(k, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))
            && sameCode(f.source(), p.source()) && !sameCode(p.target(), f.source())) {
          out.set(i, new EventFrame(s, f.trigger(), f.clause(), f.source(), p.target(), f.code(), f.modality(),
              f.attribution(), f.quote(), f.rule() + " (target of its purpose, " + s.token(p.trigger()).word() + ")",
              f.confidence()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * One violent act told with two verbs ("shot and killed a guard", "ambushed a bus and killed 18")
   * is one event at the first verb, coded as the graver act, with the other's target when it has none.
   */
  private static List<EventFrame> mergeConjoinedViolence(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame second : frames) {
      if (!s.relation(second.trigger()).equals("conj")) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        EventFrame first = out.get(i);
        // Also one act: two verbs of one code, the second with no target of its own ("pardoned and
        // released 18 activists", "stormed parliament and set the building on fire").
        boolean sameAct = violent(first.code()) && violent(second.code())
            || first.code().equals(second.code()) && second.target() == null
            && s.firstChild(second.trigger(), "obj") < 0 && s.firstChild(second.trigger(), "nsubj:pass") < 0;
        if (first.trigger() != s.head(second.trigger()) || !sameAct
            || !sameCode(first.source(), second.source())
            || first.target() != null && second.target() != null && !sameCode(first.target(), second.target())) {
          continue;
        }
        // The first verb tells the act, the graver one names it: "abducted and killed" is a killing.
        boolean graver = root(second.code()) > root(first.code()) || root(second.code()) == root(first.code())
            && (KILLING.contains(s.token(second.trigger()).lemma().toLowerCase(Locale.ROOT))
            || generic(first.code()) && !generic(second.code())); // "stormed a hotel and held guests hostage": 181
        Actor target = first.target() != null ? first.target() : second.target();
        String rule = graver ? second.rule() + " (told with " + s.token(first.trigger()).word() + ")"
            : first.rule() + " (with " + s.token(second.trigger()).word() + ")";
        out.set(i, new EventFrame(s, first.trigger(), first.clause(), first.source(), target,
            graver ? second.code() : first.code(), first.modality(), first.attribution(), first.quote(), rule,
            first.confidence()));
        out.remove(second);
        break;
      }
    }
    return out;
  }

  /** Violence done by force, or by a crowd in protest (145). */
  private static boolean violent(String code) {
    return root(code) >= 18 || code.startsWith("145");
  }

  /**
   * A violent act and the killing it caused are one event: "a bomb exploded in the market, killing
   * five", "three soldiers were killed when a bomb went off near their patrol", "a car bomb blew up".
   * The event is the act, named by its more specific code (a bombing, not a bare killing), aimed at
   * the killed when it has no target of its own; its dead are counted from the act's trigger.
   */
  private static List<EventFrame> mergeToll(ParsedSentence s, List<EventFrame> frames) {
    List<EventFrame> out = new ArrayList<>(frames);
    for (EventFrame killing : frames) {
      if (root(killing.code()) < 18) {
        continue;
      }
      for (int i = 0; i < out.size(); i++) {
        EventFrame act = out.get(i);
        if (act == killing || root(act.code()) < 18 || !out.contains(killing) || !causedToll(s, act, killing)
            // (a killing whose subject is the act has as actors only what that noun's phrase names)
            || killing.source() != null && act.source() != null && !sameCode(killing.source(), act.source())
                && !doerOf(s, act, killing)
            || killing.target() != null && act.target() != null && !sameCode(killing.target(), act.target())
                && !doerOf(s, act, killing)) {
          continue;
        }
        String code = !generic(act.code()) || generic(killing.code()) ? act.code() : killing.code();
        if (doerOf(s, act, killing)) {
          // "fighting between militias killed 32", "the bombing of a clinic by jets killed 12": told at
          // the killing, whose words count the dead; the act's own doer is the source
          out.set(out.indexOf(killing), new EventFrame(s, killing.trigger(), killing.clause(),
              act.source() != null ? act.source() : killing.source(),
              killing.target() != null ? killing.target() : act.target(), code, killing.modality(),
              killing.attribution() != null ? killing.attribution() : act.attribution(), killing.quote(),
              killing.rule() + " (the act of " + s.token(act.trigger()).word() + ")",
              Math.max(act.confidence(), killing.confidence())));
          out.remove(act);
          break;
        }
        out.set(i, new EventFrame(s, act.trigger(), act.clause(), act.source() != null ? act.source() : killing.source(),
            act.target() != null ? act.target() : killing.target(), code, act.modality(),
            act.attribution() != null ? act.attribution() : killing.attribution(), act.quote(),
            act.rule() + " (its toll told by " + s.token(killing.trigger()).word() + ")",
            Math.max(act.confidence(), killing.confidence())));
        out.remove(killing);
        break;
      }
    }
    return out;
  }

  /**
   * Whether {@code killing} tells the toll of {@code act}: a killing participle on the act ("went
   * off, killing five"), the act as the killing's when-clause ("were killed when a bomb exploded"),
   * or the act's own event noun as the subject of the act's verb ("a bomb blew up").
   */
  private static boolean causedToll(ParsedSentence s, EventFrame act, EventFrame killing) {
    int k = killing.trigger();
    int a = act.trigger();
    String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
    if (KILLING.contains(lemma) && s.head(k) == a && s.token(k).pos().equals("VBG")
        && (s.baseRelation(k).equals("advcl") || s.baseRelation(k).equals("xcomp") || s.baseRelation(k).equals("dep"))) {
      return true;
    }
    if (KILLING.contains(lemma) && s.head(act.clause()) == killing.clause() && s.baseRelation(act.clause()).equals("advcl")
        && CasualtyCounter.when(s, act.clause())) {
      return true;
    }
    return s.token(k).isNoun() && s.head(k) == a && s.baseRelation(k).equals("nsubj") && root(act.code()) == root(killing.code())
        || doerOf(s, act, killing);
  }

  /** Whether the act is what did the killing, as its subject: "fighting between militias killed 32". */
  private static boolean doerOf(ParsedSentence s, EventFrame act, EventFrame killing) {
    int a = act.trigger();
    return KILLING.contains(s.token(killing.trigger()).lemma().toLowerCase(Locale.ROOT)) && s.head(a) == killing.trigger()
        && (s.baseRelation(a).equals("nsubj") || s.baseRelation(a).equals("csubj"));
  }

  /** A code that names no particular means: "use conventional military force" (190), "assault" (180). */
  private static boolean generic(String code) {
    return code.length() == 3 && code.endsWith("0");
  }

  /**
   * Whether a reported event can stand as news: it names an actor, or it is protest, force or
   * violence, which its casualties or place may keep ("police said 12 were killed"). "'The letters
   * were sent,' the spokesman said" reports nothing the record keeps, so the saying is the statement.
   */
  private static boolean reportable(EventFrame f) {
    return f.source() != null || f.target() != null || root(f.code()) >= 14;
  }

  /**
   * Whether a reported event surely stands as news (it names an actor); one that may (protest,
   * force or violence with no actor, which the pipeline keeps only with its dead or place) is
   * added to {@code maybe}.
   */
  private static boolean reported(EventFrame f, Set<Integer> maybe) {
    if (f.source() == null && f.target() == null && reportable(f)) {
      maybe.add(f.trigger());
      return false;
    }
    return reportable(f);
  }

  /** A state's officials, forces or courts, or an international body. */
  private static boolean official(Actor a) {
    return a.code().startsWith("IGO") || a.sectors().stream().anyMatch(OFFICIAL::contains);
  }

  private static boolean sameCode(Actor a, Actor b) {
    return a == null ? b == null : b != null && a.code().equals(b.code());
  }

  /** Whether {@code inner} is a purpose or complement clause of {@code outer} (not a conjoined act). */
  private static boolean embedded(ParsedSentence s, int outer, int inner) {
    for (int k = inner, guard = 0; k >= 0 && guard < 4; k = s.head(k), guard++) {
      if (s.head(k) == outer) {
        String rel = s.baseRelation(k);
        return rel.equals("advcl") || rel.equals("xcomp");
      }
      if (!s.baseRelation(k).equals("advcl") && !s.baseRelation(k).equals("xcomp")) {
        return false;
      }
    }
    return false;
  }

  private static int indexOf(ParsedSentence s, Actor a) {
    for (int i = s.size() - 1; i >= 0; i--) {
      if (s.token(i).start() >= a.start() && s.token(i).end() <= a.end() && s.token(i).isNoun()
          || s.token(i).start() == a.start() && s.token(i).pos().equals("PRP")) {
        return i;
      }
    }
    return 0;
  }

  /** A speech verb and the lexicon row it took. */
  private record Spoken(int verb, Trigger row) {
  }

  /** The coding of one sentence. */
  private final class Run {
    final ParsedSentence s;
    final ActorResolver.Sentence actors;
    final List<EventFrame> frames = new ArrayList<>();
    final Set<Integer> consumed = new HashSet<>();
    /** Arrests and charges for common crimes, and deaths no one caused, left uncoded: a saying that reports one is no statement either. */
    final Set<Integer> policeNews = new HashSet<>();
    /** Speech verbs and their lexicon row: statements, unless they report another event. */
    final List<Spoken> speech = new ArrayList<>();
    /** Events from imported verbs: outside Vigil's merging of nested and consumed frames. */
    final List<EventFrame> importedFrames = new ArrayList<>();
    /** Verbs the imported dictionary defines: what they carry is theirs to code ("held a meeting"). */
    final Set<Integer> importedVerbs = new HashSet<>();
    List<String> words;
    List<String> lemmas;

    /**
     * A bare statement by a known actor is CAMEO 01; a speech verb that reports another event
     * ("activists said forces killed ...") only attributes it.
     */
    void statements(List<EventFrame> kept) {
      for (Spoken sp : speech) {
        int v = sp.verb();
        // What did not or may not happen is no reported event: "denied providing arms" is a denial.
        // Only a plain saying (010) is a mere attribution: "claimed responsibility for the attack"
        // (015) or "expressed concern that ..." is an act of its own beside the one it is about.
        // A reported act with no actor stands only if the pipeline finds its dead or its place: the
        // saying is the statement unless it does ("the ministry said the bridge was destroyed").
        Set<Integer> maybe = new HashSet<>();
        boolean reports = sp.row().code().equals("010") && Stream.concat(kept.stream(), importedFrames.stream())
            .anyMatch(f -> f.trigger() != v && said(v, f.trigger())
            && !f.modality().hypothetical() && !f.modality().negated() && reported(f, maybe))
            || frames.stream().anyMatch(f -> f.trigger() == v)
            // "four men were charged with robbery, police said": the police report a crime, not news of their own
            || sp.row().code().equals("010") && policeNews.stream().anyMatch(e -> said(v, e) || e < v && trailing(v));
        boolean elaborates = (s.relation(v).equals("advcl") || s.relation(v).equals("dep"))
            && s.token(v).pos().equals("VBG")
            && kept.stream().anyMatch(f -> f.trigger() == s.head(v));
        // "'I met him,' the minister said": the saying only attributes the quoted event.
        boolean tags = (s.relation(v).equals("parataxis") || s.relation(v).equals("ccomp")) && v > s.head(v)
            && kept.stream().anyMatch(f -> (f.trigger() == s.head(v) || f.trigger() < v && s.dominates(f.trigger(), v)
            && quoteBetween(f.trigger(), v)) && !f.modality().hypothetical()
            && !f.modality().negated() && reported(f, maybe))
            // "..., the ministry said.": wherever the parser hangs it, a closing attribution cites the whole report
            || trailing(v) && kept.stream().anyMatch(f -> f.trigger() < v && !f.modality().hypothetical()
            && !f.modality().negated() && reported(f, maybe));
        boolean passive = s.firstChild(v, "aux:pass") >= 0 || s.relation(v).equals("acl"); // "a report to be released"
        // "to try and confirm the sale" shares the aim of "try"; "a letter the journalist had written"
        // describes the letter: neither is a saying, unless it reports a clause
        boolean aimed = s.relation(v).equals("conj") && s.head(v) >= 0 && s.relation(s.head(v)).equals("xcomp");
        int writer = s.firstChild(v, "nsubj");
        boolean describing = sp.row().code().equals("010") && s.relation(v).equals("acl:relcl") && writer >= 0 && writer < v
            && !RELATIVE_OBJECTS.contains(s.token(writer).word().toLowerCase(Locale.ROOT))
            && !s.token(writer).word().equalsIgnoreCase("who")
            && s.children(v).stream().noneMatch(c -> s.relation(c).equals("ccomp") || s.relation(c).equals("parataxis"));
        if (reports || consumed.contains(v) || s.relation(v).equals("xcomp") || elaborates || tags || passive || aimed
            || describing) {
          // "wants to express concern" is no statement yet; in "ridiculed the plan, saying it
          // would fail" the saying is how the criticism was made.
          continue;
        }
        Trigger t = sp.row();
        // "the agency quoted a ministry official as saying": the one quoted spoke, not the one quoting
        boolean quoted = s.token(v).lemma().equalsIgnoreCase("quote");
        int quotedOne = quoted ? s.firstChild(v, "obj") : -1;
        for (Actor a : !quoted ? subjects(v) : quotedOne >= 0 ? withConjuncts(quotedOne) : List.<Actor>of()) {
          // "did not say", "said nothing", "has not explained why": declining to comment is CAMEO's 011.
          boolean declined = (negated(v) || nothingDone(v)) && t.code().equals("010")
              && DECLINABLE.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
          String own = declined ? "011" : t.code();
          // "speaking in January, he said ...": one statement; but "did not respond, and has denied
          // the charges" are two acts of two kinds
          if (kept.stream().anyMatch(f -> f.code().startsWith("01") && f.source() != null && f.source().code().equals(a.code())
              && (f.code().equals("010") || own.equals("010") || f.code().equals(own)))) {
            continue;
          }
          // "offered condolences to Turkey", "expressed concern to Russia": a statement of its own kind
          // is made to whom it is addressed; a plain saying has no target
          Actor to = declined || t.code().equals("010") ? null : addressee(v);
          String code = declined ? "011" : t.code().equals("010") ? mood(v) : t.code();
          kept.add(new EventFrame(s, v, v, a, to != null && !to.code().equals(a.code()) ? to : null,
              code, new Modality(
              !declined && (negated(v) || nothingDone(v)), hypothetical(v), hasAux(v, FUTURE), false), null, null,
              declined ? t.describe() + " (not said -> decline comment 011)" : t.describe(), 0.5, Set.copyOf(maybe)));
        }
      }
    }

    /**
     * "released two soldiers captured in a clash": a past participle right after its noun, with no
     * auxiliary and no object, that the parser hung on the verb as a clause with that noun as its
     * subject, is a passive done to the noun, and the noun is the verb's object.
     */
    private boolean bareParticiple(int v) {
      int subj = s.firstChild(v, "nsubj");
      return s.relation(v).equals("dep") && s.token(v).pos().equals("VBN") && subj >= 0 && s.head(v) < subj
          && s.subtreeBounds(subj)[1] + 1 == v && s.firstChild(v, "aux") < 0 && s.firstChild(v, "aux:pass") < 0
          && s.firstChild(v, "obj") < 0 && s.firstChild(s.head(v), "obj") < 0;
    }

    /** "shot dead the governor": the parser hangs the one shot on "dead"; that noun, or -1. */
    private int shotDead(int v) {
      for (int x : s.children(v, "xcomp")) {
        if (s.token(x).word().equalsIgnoreCase("dead")) {
          for (int c : s.children(x)) {
            if ((s.relation(c).equals("dep") || s.relation(c).equals("obj")) && s.token(c).isNoun()) {
              return c;
            }
          }
        }
      }
      return -1;
    }

    /**
     * A saying whose clause is the speaker's own worry or hope: "said he was deeply worried about"
     * is a pessimistic comment (012), "said she was hopeful" an optimistic one (013); else 010.
     */
    private String mood(int v) {
      for (int x : s.children(v, "ccomp")) {
        int subj = s.firstChild(x, "nsubj");
        String lemma = s.token(x).lemma().toLowerCase(Locale.ROOT);
        if (s.token(x).pos().startsWith("JJ") && (subj < 0 || s.token(subj).pos().startsWith("PRP"))) {
          if (WORRIED.contains(lemma)) {
            return "012";
          }
          if (HOPEFUL.contains(lemma)) {
            return "013";
          }
        }
      }
      return "010";
    }

    /** The actor a "to" phrase of verb {@code v} names, or null. */
    private Actor addressee(int v) {
      for (int c : s.children(v)) {
        if (s.baseRelation(c).equals("obl") && "to".equals(s.caseMarker(c))) {
          List<Actor> out = withConjuncts(c);
          if (!out.isEmpty()) {
            return out.get(0);
          }
        }
      }
      return null;
    }

    /**
     * Whether killing verb {@code v} kills one holder of an office: "shot dead a local mayor",
     * "President X was killed by gunmen". CAMEO's assassination (186) is the killing of a prominent
     * person; a title is what news gives to say one was.
     */
    private boolean officeHolderKilled(int v) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      boolean kills = lemma.equals("kill") || lemma.equals("murder") || lemma.equals("gun") && "down".equals(particle(v))
          || lemma.equals("shoot") && s.children(v).stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("dead"));
      int victim = s.firstChild(v, "obj");
      if (s.token(v).isNoun() && Set.of("murder", "killing", "slaying", "assassination").contains(lemma)) {
        // "the murder of a mayor", "the governor's assassination"
        kills = true;
        victim = -1;
        for (int c : s.children(v)) {
          if (s.relation(c).equals("nmod:poss") || s.relation(c).equals("nmod") && "of".equals(s.caseMarker(c))) {
            victim = c;
            break;
          }
        }
        if (victim < 0) {
          return false;
        }
      }
      if (victim < 0 || s.token(victim).word().equalsIgnoreCase("dead")) { // "was shot dead": "dead" read as the object
        victim = s.firstChild(v, "nsubj:pass");
      }
      if (victim < 0) {
        victim = shotDead(v);
      }
      return kills && oneOfficeHolder(victim);
    }

    /**
     * Whether verb {@code v} shoots or stabs one holder of an office who is not said to die: "the
     * prime minister was shot several times by a gunman" is an attempted assassination (185).
     */
    private boolean officeHolderWounded(int v) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      if (!Set.of("shoot", "stab", "wound").contains(lemma) || s.token(v).isNoun()
          || s.children(v).stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("dead")
          || s.relation(c).equals("conj") && KILLING.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)))) {
        return false; // "shot dead", "shot and killed": a killing
      }
      int victim = s.firstChild(v, "obj");
      if (victim < 0) {
        victim = s.firstChild(v, "nsubj:pass");
      }
      return oneOfficeHolder(victim);
    }

    /** Whether the phrase headed by {@code victim} names one holder of an office ("a local mayor"). */
    private boolean oneOfficeHolder(int victim) {
      if (victim < 0 || s.token(victim).pos().endsWith("S") || s.firstChild(victim, "conj") >= 0
          || s.firstChild(victim, "nummod") >= 0) {
        return false;
      }
      return Stream.concat(Stream.of(victim), s.children(victim).stream().filter(c -> s.relation(c).equals("compound")))
          .anyMatch(i -> OFFICES.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "..., the ministry said on Tuesday, accusing Baku of a provocation": a participle right after a
     * closing attribution set off by commas is the speaker's act, wherever the parser hangs it.
     * Returns the speaker's token, or -1.
     */
    private int closingSpeakerBefore(int v) {
      if (v < 4 || !s.token(v).pos().equals("VBG") || !s.token(v - 1).word().equals(",")) {
        return -1;
      }
      for (int sp = v - 2; sp > 0; sp--) {
        if (!SPEECH.contains(s.token(sp).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int subj = s.firstChild(sp, "nsubj");
        if (subj < 0) {
          return -1;
        }
        int first = Math.min(s.subtreeBounds(subj)[0], sp);
        if (first == 0 || !s.token(first - 1).word().equals(",")) {
          return -1;
        }
        for (int k = first; k < v - 1; k++) {
          if (!s.dominates(sp, k) || s.dominates(v, k)) {
            return -1;
          }
        }
        return subj;
      }
      return -1;
    }

    /**
     * Whether speech verb {@code v} closes the sentence after a comma, its subject with it and
     * nothing of its own after it: "..., an army spokesman said." or "..., said the ministry."
     */
    private boolean trailing(int v) {
      int subj = s.firstChild(v, "nsubj");
      if (subj < 0 && v > 0 && s.relation(v - 1).equals("appos") && s.token(v - 1).isNoun()
          && SPEECH.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
        subj = v - 1; // "..., a police officer said.", the speaker read as an apposition to what precedes
      }
      // "..., the minister told a newspaper on Sunday.": whom one tells is no content of one's own
      boolean tell = s.token(v).lemma().equalsIgnoreCase("tell");
      if (subj < 0 || s.firstChild(v, "obj") >= 0 && !tell || s.firstChild(v, "obj") > 0 && s.firstChild(v, "obj") < v) {
        return false;
      }
      int[] span = s.subtreeBounds(subj);
      int first = Math.min(span[0], v);
      int last = Math.max(span[1], v);
      first = conjoinedSpeakerStart(first);
      if (first == 0 || !s.token(first - 1).word().equals(",")
          || subj < v && span[1] + 1 < v && s.children(v, "aux").stream().noneMatch(a -> a > span[1])) {
        return false;
      }
      for (int i = last + 1; i < s.size(); i++) {
        // its own time, place or addressee may follow ("said on Sunday", "told reporters in Kabul"),
        // not a clause that says more ("..., he said, adding that ...")
        if (Character.isLetterOrDigit(s.token(i).word().charAt(0))
            && !(s.dominates(v, i) && !onPath(v, i, Set.of("ccomp", "xcomp", "advcl", "parataxis", "conj", "acl")))) {
          return false;
        }
      }
      return true;
    }

    /**
     * "..., residents and local officials said.": when the parser splits two conjoined speakers and
     * hangs the first on what precedes, the speakers still start after the comma. Returns the start
     * of the first speaker when only a short noun phrase and "and" or "or" stand between a comma and
     * {@code first}, else {@code first}.
     */
    private int conjoinedSpeakerStart(int first) {
      if (first < 3 || !(s.token(first - 1).word().equalsIgnoreCase("and") || s.token(first - 1).word().equalsIgnoreCase("or"))) {
        return first;
      }
      for (int j = first - 2; j > 0 && j >= first - 5; j--) {
        String pos = s.token(j).pos();
        if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT"))) {
          return first;
        }
        if (s.token(j - 1).word().equals(",")) {
          return s.token(first - 2).pos().startsWith("NN") ? j : first;
        }
      }
      return first;
    }

    /**
     * Whether event {@code e} is what speech verb {@code v} says, not a detail of one of its nouns:
     * "the minister says journalists who were abducted in June are alive" reports no abduction.
     */
    private boolean said(int v, int e) {
      return s.dominates(v, e) && !onPath(v, e, Set.of("acl", "appos"));
    }

    /** Whether a token from {@code i} up to (not including) {@code v} hangs by one of these relations or base relations. */
    private boolean onPath(int v, int i, Set<String> relations) {
      for (int k = i; k >= 0 && k != v; k = s.head(k)) {
        if (relations.contains(s.relation(k)) || relations.contains(s.baseRelation(k))) {
          return true;
        }
      }
      return false;
    }

    Run(ParsedSentence s, ActorResolver.Sentence actors) {
      this.s = s;
      this.actors = actors;
    }

    void verb(int v) {
      if (imported != null && importedVerb(v)) {
        return;
      }
      if (violentDeath(v) || explosion(v) || accidentalBlast(v)) {
        return;
      }
      List<Trigger> candidates = lexicon.verbs(s.token(v).lemma());
      if (candidates.isEmpty()) {
        return;
      }
      boolean speechVerb = SPEECH.contains(s.token(v).lemma().toLowerCase(Locale.ROOT));
      if (speechVerb) {
        appealBySpeech(v);
      }
      Trigger t = choose(v, candidates);
      if (t == null) {
        return;
      }
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      if (lemma.equals("add") && (s.firstChild(v, "obj") >= 0 || hasPrepChild(v, Set.of("to")))) {
        return; // "will add to calls for sanctions", "added troops": no speech
      }
      if ((lemma.equals("call") || lemma.equals("name")) && s.relation(v).equals("acl") && s.token(v).pos().equals("VBN")) {
        return; // "a militia called the Defenders": a name, not an appeal
      }
      if (BACKING.contains(lemma) && s.relation(v).equals("acl") && s.token(v).pos().equals("VBN")) {
        return; // "police backed by soldiers", "a militia funded by Iran": who they are, not what happened
      }
      boolean judged = lemma.equals("call") && judgement(v)
          && s.children(v).stream().noneMatch(c -> c > v && APPEAL_PREPS.contains(String.valueOf(s.caseMarker(c))));
      if (lemma.equals("call") && t.code().equals("016") && !judged) {
        // "called for an end to false reports": a word of denial outside a judgement denies nothing
        t = choose(v, candidates.stream().filter(c -> !c.code().equals("016")).toList());
        if (t == null) {
          return;
        }
      }
      if (judged && !t.code().equals("016")) {
        return; // "called the tariffs unfair", "called the report a lie": a judgement, no appeal
      }
      if (lemma.equals("call") && s.children(v, "obj").size() + s.children(v, "iobj").size() >= 2) {
        return; // "what he called a fruitful meeting", parsed with two objects: a name given, no appeal
      }
      if (lemma.equals("oppose") && v > 0 && s.token(v - 1).word().equalsIgnoreCase("as")) {
        return; // "as opposed to": a comparison
      }
      if (v > 0 && s.token(v - 1).word().equalsIgnoreCase("as") && s.token(v).pos().equals("VBN")
          && s.firstChild(v, "nsubj") < 0 && s.firstChild(v, "nsubj:pass") < 0 && s.firstChild(v, "obj") < 0) {
        return; // "will take effect as planned", "as agreed", "as promised": how something else happens
      }
      if (t.code().equals("130") && s.token(v).lemma().equalsIgnoreCase("warn") && forecast(v)) {
        t = new Trigger(t.lemma(), 'V', "", Set.of(), "", List.of(), "012",
            "warn that something bad may happen: pessimistic comment", t.line());
      }
      if (lemma.equals("ask") && t.code().equals("020") && asksAQuestion(v)) {
        t = new Trigger(t.lemma(), 'V', "", Set.of(), "", List.of(), "010",
            "asked a question (no one asked to do anything): a statement", t.line());
      }
      if (t.code().startsWith("01")) {
        // Statements wait: they are coded only if they report no other event ("declare war" is no statement).
        speech.add(new Spoken(v, t));
        return;
      }
      if (speechVerb && SPEECH_ONLY.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return;
      }
      if (candidates.stream().allMatch(c -> !c.targetPreps().isEmpty()) && !hasPrepChild(v, t.targetPreps())
          && s.firstChild(v, "obj") >= 0) {
        // "swept into Homs" is an event, "swept the elections" is not: with an object instead of
        // its preposition, the verb has another sense ("surrendered" alone still is one).
        return;
      }
      boolean quantity = s.children(v).stream().anyMatch(c -> s.baseRelation(c).equals("obl")
          && AMOUNT_PREPS.contains(String.valueOf(s.caseMarker(c)))
          && (s.token(c).pos().equals("CD") || s.firstChild(c, "nummod") >= 0));
      boolean amountOnly = Stream.of("obj", "xcomp", "ccomp", "nsubj:pass").allMatch(r -> s.firstChild(v, r) < 0)
          && (s.firstChild(v, "obl") < 0 || s.children(v).stream().anyMatch(c -> s.baseRelation(c).equals("obl")
              && AMOUNT_PREPS.contains(String.valueOf(s.caseMarker(c)))));
      if (REFUSE.contains(lemma) && (quantity || amountOnly)) {
        return; // "the number of refugees declined (to 200, to its lowest level)": it fell, no one refused anything
      }
      int object = s.firstChild(v, "obj");
      if (t.code().equals("173") && object >= 0 && placeTaken(object)) {
        // "captured a fifth of Ukraine", "captured Kherson": land taken, not people
        Trigger occupy = candidates.stream().filter(c -> c.code().equals("192")).findFirst().orElse(null);
        if (occupy != null) {
          t = occupy;
        }
      }
      if (t.code().equals("072") && SENDING.contains(lemma) && object >= 0 && Stream.concat(Stream.of(object),
          s.children(object, "conj").stream()).anyMatch(o -> TROOPS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)))) {
        // "sent tanks and troops to the border": arms sent with one's own troops equip them, a deployment
        Trigger deploy = candidates.stream().filter(c -> root(c.code()) == 15).findFirst().orElse(null);
        if (deploy != null) {
          t = deploy;
        }
      }
      if (lemma.equals("meet") && object >= 0 && UNMET.contains(s.token(object).lemma().toLowerCase(Locale.ROOT))) {
        return; // "met its requirements"
      }
      if (lemma.equals("meet") && t.code().equals("040") && s.firstChild(v, "nsubj:pass") >= 0
          && hasPrepChild(v, Set.of("with"))) {
        return; // "the plan was met with criticism": a reception, not talks (force it is met with has rows)
      }
      boolean objectNamed = !t.objectWords().isEmpty() && t.objectPrep().isEmpty(); // "fired rockets"
      if (!t.targetPreps().isEmpty() && !hasPrepChild(v, t.targetPreps()) && !objectNamed && otherComplement(v)) {
        // The row's preposition is missing and another complement stands there: another sense
        // ("called the charges baseless", "talking about prices").
        return;
      }
      int agent = agentPhrase(v);
      boolean passive = s.firstChild(v, "nsubj:pass") >= 0 || s.firstChild(v, "aux:pass") >= 0
          || (s.token(v).pos().equals("VBN") && (s.relation(v).equals("acl") || s.relation(v).equals("amod") || agent >= 0)
          && s.firstChild(v, "aux") < 0) || passiveConjunct(v) || objectPredicate(v)
          || bareParticiple(v); // "soldiers captured in a clash": done to the soldiers, not by them
      if (root(t.code()) >= 18 && score(v)) {
        return; // "the Brazilian team beat Argentina 3-1": a match, not a fight
      }
      if (passive && agent >= 0 && OPINION_HOLDERS.contains(s.token(agent).lemma().toLowerCase(Locale.ROOT))) {
        return; // "was dismissed by many as an outsider", "is seen by some as a threat": an opinion, no one's act
      }
      int subject = s.firstChild(v, "nsubj");
      if (lemma.equals("convene") && object < 0 && !hasPrepChild(v, Set.of("with")) && subject >= 0
          && !s.token(subject).pos().endsWith("S") && s.firstChild(subject, "conj") < 0) {
        return; // "the new parliament convenes in March": one body's own sitting, no consultation
      }
      if (t.code().equals("0831") && hasPrepChild(v, Set.of("as"))) {
        // "dismissed the candidate as an outsider": a judgement, not a removal from office
        t = candidates.stream().filter(c -> c.objectWords().isEmpty() && c.particle().isEmpty()
            && c.targetPreps().isEmpty()).findFirst().orElse(null);
        if (t == null) {
          return;
        }
      }
      if (!passive && subject >= 0 && root(t.code()) <= 13 && !s.relation(subject).equals("nsubj:pass")
          && THINGS.contains(s.token(relativeAntecedent(v, subject)).lemma().toLowerCase(Locale.ROOT))
          && !named(relativeAntecedent(v, subject))) {
        return; // "the agreement could threaten the base", "the shipments breach the embargo": no one acts
      }
      List<Actor> sources = passive ? agents(v) : subjects(v);
      Actor armed = !passive && subject >= 0 && root(t.code()) >= 18 ? actors.armedAntecedent(subject) : null;
      if (armed != null) {
        sources = List.of(armed); // "they" who shoot are the armed group named before
      }
      List<Actor> targets = passive ? passiveTargets(v) : targets(v, t);
      if (passive && agent < 0 && targets.isEmpty() && s.relation(v).equals("acl") && s.firstChild(v, "aux") < 0
          && !s.relation(s.head(v)).equals("obj") && !s.baseRelation(s.head(v)).equals("obl")) {
        // "tanks swept into Homs" as a participle modifier of a non-actor: read it as the past tense it is.
        // On an object it is a participle: in "rescued the hostages freed so far" the rescuers freed no one.
        passive = false;
        sources = subjectAbove(v);
        targets = targets(v, t);
      }
      if (passive && agent >= 0 && sources.isEmpty() && s.firstChild(v, "aux:pass") < 0
          && s.firstChild(v, "nsubj:pass") < 0) {
        // "forces backed by tanks": a participle whose by-phrase names no actor is no event between
        // actors ("were killed by gunmen" still is one, with no source).
        return;
      }
      if (!passive && sources.isEmpty() && s.token(v).pos().equals("VBN") && s.firstChild(v, "aux") < 0) {
        // A past tense the tagger took for a participle ("troops backed by armour rolled into the town"):
        // the subject is the nearest clause subject above it.
        sources = subjectAbove(v);
      }
      if (passive && agent < 0 && root(t.code()) == 15 && sources.isEmpty()) {
        // "troops were deployed to the border": the forces moved are who shows force
        sources = targets;
        targets = List.of();
      }
      if (passive && agent < 0 && sources.isEmpty() && t.code().equals("173")) {
        sources = arrestingState(v);
      }
      if (passive && agent < 0 && sources.isEmpty() && root(t.code()) >= 18) {
        sources = sideInFight(v);
      }
      if (root(t.code()) >= 18 && figurativeFight(v) || root(t.code()) == 14 && inStep(v)) {
        return; // "fighting an uphill battle", "fought corruption", "not marching in lockstep"
      }
      if (root(t.code()) >= 17 && naturalCause(v) || root(t.code()) >= 18 && accident(v)) { // "storms destroyed homes" too
        // "the virus has killed six", "were killed by floods": deaths, but no one's act; nor is
        // "..., officials said" closing such a report a statement of their own
        policeNews.add(v);
        return;
      }
      int victim = s.firstChild(v, "obj");
      if (victim < 0 || s.token(victim).word().equalsIgnoreCase("dead")) { // "was shot dead": "dead" read as the object
        victim = s.firstChild(v, "nsubj:pass");
      }
      if (victim < 0) {
        victim = shotDead(v);
      }
      if (victim >= 0 && s.token(victim).pos().equals("NNS") && s.firstChild(victim, "nmod") >= 0) {
        victim = s.firstChild(victim, "nmod"); // "thousands of dogs"
      }
      if (root(t.code()) >= 18 && victim >= 0 && ANIMALS.contains(s.token(victim).lemma().toLowerCase(Locale.ROOT))) {
        return; // "dogs are slaughtered", "poachers killed elephants"
      }
      if (targets.isEmpty() && asks(t.code())) {
        // "demanded that the US cancel ...": the addressee is the complement's subject.
        int comp = s.firstChild(v, "ccomp");
        for (int c : s.children(v, "advcl")) {
          if (comp < 0 && hasMark(c, "to")) {
            comp = c; // "calling on Russia to withdraw", parsed with Russia as the clause's subject
          }
        }
        if (comp < 0) {
          // "insisted on its demands that the government grant ...": the clause of the demand noun.
          for (int c : s.children(v)) {
            String rel = s.baseRelation(c);
            if (comp < 0 && (rel.equals("obj") || rel.equals("obl")) && !s.token(c).isVerb()) {
              comp = s.firstChild(c, "ccomp") >= 0 ? s.firstChild(c, "ccomp") : s.firstChild(c, "acl");
              comp = comp >= 0 && hasMark(comp, "that") ? comp : -1;
            }
          }
        }
        int subj = comp >= 0 ? s.firstChild(comp, "nsubj") : -1;
        if (subj >= 0) {
          targets = withConjuncts(subj);
        }
        // "threatened to deliver blows to the United States": whom the asked or threatened act is aimed at.
        int x = s.firstChild(v, "xcomp");
        if (targets.isEmpty() && x >= 0) {
          targets = notSources(targets(x, plain(x)), sources);
        }
      }
      if (t.code().startsWith("13")) {
        List<Actor> named = conditions(v);
        if (targets.isEmpty()) {
          targets = notSources(named, sources);
        }
      }
      emit(v, v, t, sources, targets);
    }

    /**
     * The conditions of a threat ("threatened to stop the talks if the United States goes ahead")
     * are part of it, not events of their own; returns whom the first condition names.
     */
    private List<Actor> conditions(int v) {
      List<Actor> named = new ArrayList<>();
      // "warned it would retaliate if ...", parsed with the warning as the clause's subject.
      int top = s.relation(v).equals("csubj") ? s.head(v) : v;
      int[] b = s.subtreeBounds(top);
      for (int k = b[0]; k <= b[1]; k++) {
        if (k != v && k != top && s.dominates(top, k) && s.baseRelation(k).equals("advcl") && (hasMark(k, "if") || hasMark(k, "unless"))) {
          consumed.add(k);
          if (named.isEmpty() && s.firstChild(k, "nsubj") >= 0) {
            named.addAll(withConjuncts(s.firstChild(k, "nsubj")));
          }
        }
      }
      return named;
    }

    /**
     * A warning that foretells rather than threatens ("warned the fire could spread", "'it will get
     * worse,' he warned"): no addressee, and the clause is about someone or something else.
     */
    private boolean forecast(int v) {
      int content = s.firstChild(v, "ccomp");
      int subj = content >= 0 ? s.firstChild(content, "nsubj") : -1;
      if (s.relation(v).equals("csubj")) {
        // "warned the fires could spread", parsed with the warning as the subject of "spread"
        // and the fires as its object.
        content = s.head(v);
        subj = s.firstChild(v, "obj");
      } else if (brokenSubject(v)) {
        return true; // "officials warn it is too big to stop": "it" opens what is foretold, no one is warned
      } else if (s.firstChild(v, "obj") >= 0 || s.firstChild(v, "iobj") >= 0) {
        return false; // "warned Iran that ...": a warning to someone
      } else if (content < 0 && s.relation(v).equals("parataxis")) {
        content = s.head(v);
        subj = s.firstChild(content, "nsubj");
      }
      if (content < 0) {
        return warnedOf(v);
      }
      for (int c : s.children(content, "advcl")) {
        if (hasMark(c, "if") || hasMark(c, "unless")) {
          return false; // "would retaliate if ...": a conditional threat
        }
      }
      if (subj < 0) {
        return true;
      }
      List<Actor> warners = subjects(v);
      List<Actor> actors = withConjuncts(subj);
      String pw = s.token(subj).word().toLowerCase(Locale.ROOT);
      boolean self = pw.equals("we") || pw.equals("i")
          || actors.stream().anyMatch(a -> warners.stream().anyMatch(w -> w.code().equals(a.code())));
      return !self;
    }

    /**
     * "Officials warn it is too big to stop", parsed with "it" as the object: an "it" right before a
     * verb is the subject of the clause foretold, and it cannot stand for warners named in the plural
     * (a single warner's "it" may be the warner itself: "the ministry warned it would respond").
     */
    private boolean brokenSubject(int v) {
      int o = s.firstChild(v, "obj");
      int subj = s.firstChild(v, "nsubj");
      if (o < 0 || s.firstChild(v, "iobj") >= 0 || !s.token(o).word().equalsIgnoreCase("it") || o + 1 >= s.size()
          || subj < 0) {
        return false;
      }
      String next = s.token(o + 1).pos();
      String sp = s.token(subj).pos();
      return (next.startsWith("VB") || next.equals("MD"))
          && (sp.equals("NNS") || sp.equals("NNPS") || s.token(subj).word().equalsIgnoreCase("they")
          || s.firstChild(subj, "conj") >= 0);
    }

    /**
     * "Warned of growing threats", "warned about a food crisis": with no addressee a warning of
     * something foretells it; "warned of retaliation" still names the warner's own answer, a threat.
     */
    private boolean warnedOf(int v) {
      for (int c : s.children(v)) {
        if (s.baseRelation(c).equals("obl") && TOPIC_PREPS.contains(String.valueOf(s.caseMarker(c)))) {
          return !OWN_ANSWER.contains(s.token(c).lemma().toLowerCase(Locale.ROOT));
        }
      }
      return false;
    }

    /**
     * Whether verb {@code v} judges its object: "called the plan unfair", with the judgement as a
     * predicate, or parsed as an adjective after the object ("called the charges 'baseless'").
     */
    private boolean judgement(int v) {
      if (s.children(v, "xcomp").stream().anyMatch(x -> !hasMark(x, "to"))) {
        return true;
      }
      int o = s.firstChild(v, "obj");
      return o >= 0 && s.children(o, "amod").stream().anyMatch(a -> a > o);
    }

    /**
     * "She asked: 'Who gains from this?'", "'Why now?' he asked": a question put, with no one asked
     * for anything (no object, no "to" clause, no "for" phrase), is said, not appealed; so is a bare
     * "asked" with nothing asked at all.
     */
    private boolean asksAQuestion(int v) {
      if (s.firstChild(v, "obj") >= 0 || s.firstChild(v, "iobj") >= 0 || s.firstChild(v, "xcomp") >= 0
          || hasPrepChild(v, Set.of("for"))) {
        return false;
      }
      for (int i = 0; i < s.size(); i++) {
        if (s.token(i).word().equals("?") && (s.dominates(v, i) || i < v)) {
          return true;
        }
      }
      // "the minister asked." after a question the splitter cut off: nothing asked of anyone
      return Stream.of("ccomp", "parataxis", "obl", "advcl").allMatch(r -> s.firstChild(v, r) < 0);
    }

    /**
     * The speech verb the parser hung off a quote ("'...,' the minister said"), else -1: a child of
     * the quote's main verb, or one hung lower, on the quote's last verb ("'I urge them to think
     * again,' she said"), when a closing quote mark stands between.
     */
    private int speechTag(int clause) {
      for (int c = clause + 1; c < s.size(); c++) {
        String rel = s.relation(c);
        if ((rel.equals("parataxis") || rel.equals("ccomp"))
            && SPEECH.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)) && s.firstChild(c, "ccomp") < 0
            && (s.head(c) == clause || s.dominates(clause, c) && quoteBetween(clause, c))) {
          return c;
        }
      }
      return -1;
    }

    /** Whether the clause's subject is "we" or "I", which only the speaker can resolve. */
    private boolean firstPerson(int clause) {
      int subj = s.firstChild(clause, "nsubj");
      if (subj < 0) {
        return false;
      }
      String w = s.token(subj).word().toLowerCase(Locale.ROOT);
      return w.equals("we") || w.equals("i");
    }

    /** Whether the verb has an object, a that-clause, or a topic ("about", "of") as its complement. */
    private boolean otherComplement(int v) {
      for (int c : s.children(v)) {
        String rel = s.relation(c);
        if (rel.equals("obj") || rel.equals("ccomp")
            // "called the report baseless", "called him a friend": a label, not an appeal
            || rel.equals("xcomp") && (s.token(c).pos().startsWith("JJ") || s.token(c).isNoun())
            || s.baseRelation(c).equals("obl") && TOPIC_PREPS.contains(String.valueOf(s.caseMarker(c)))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a death is an accident's result: "a ferry capsized, killing 30", "were killed when
     * their helicopter crashed", "the plane crashed, resulting in all crew killed". A vehicle
     * driven into a crowd is no accident.
     */
    private boolean accident(int v) {
      for (int c : s.children(v, "advcl")) {
        if (accidentVerb(c)) {
          return true;
        }
      }
      for (int k = v, guard = 0; s.head(k) >= 0 && guard < 4; k = s.head(k), guard++) {
        String rel = s.relation(k);
        if (!(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("dep") || rel.equals("acl")
            || rel.equals("conj") || rel.equals("obj") || rel.equals("ccomp") || s.baseRelation(k).equals("obl"))) {
          return false;
        }
        if (accidentVerb(s.head(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean accidentVerb(int c) {
      if (!s.token(c).isVerb() || !ACCIDENTS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int o : s.children(c)) {
        if (s.baseRelation(o).equals("obl") && "into".equals(s.caseMarker(o))
            && CROWDS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
          return false; // "a car crashed into the crowd"
        }
      }
      return true;
    }

    /**
     * Whether the verb's doer, what it was done to ("battled the blaze") or what it happened in is
     * a disease, a disaster or an accident.
     */
    private boolean naturalCause(int v) {
      for (int c : s.children(v)) {
        String rel = s.relation(c);
        String cm = String.valueOf(s.caseMarker(c));
        boolean doer = rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("obj")
            || s.baseRelation(c).equals("obl") && (cm.equals("by") || cm.equals("in") || cm.equals("during"));
        if (doer && NATURAL_CAUSES.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (rel.equals("nsubj") && s.token(c).lemma().equalsIgnoreCase("fire") && plainFire(c)) {
          return true; // "a fire at a wedding hall killed 100", not "Israeli fire killed two"
        }
      }
      int up = s.head(v);
      String rel = s.relation(v);
      // "a quake struck the coast, killing 30", "a storm hit the port and sank two ships": the
      // participle or conjunct without a subject of its own is the disaster's doing too
      return up >= 0 && s.firstChild(v, "nsubj") < 0 && (rel.equals("advcl") || rel.equals("dep") || rel.equals("conj"))
          && s.children(up).stream().anyMatch(c -> s.relation(c).equals("nsubj")
          && NATURAL_CAUSES.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the people an act is done to number thousands: its object (or passive subject) is
     * counted at 1,000 or more, or is "thousands", "tens of thousands", "millions" of people.
     */
    private boolean massOfPeople(int v) {
      return massOfPeople(v, 1000);
    }

    /** Whether the object (or passive subject) of {@code v} counts at least {@code least} people. */
    private boolean massOfPeople(int v, int least) {
      int o = s.firstChild(v, "obj") >= 0 ? s.firstChild(v, "obj") : s.firstChild(v, "nsubj:pass");
      if (o < 0) {
        return false;
      }
      for (int k = o, guard = 0; k >= 0 && guard < 3; guard++) {
        String w = s.token(k).word().toLowerCase(Locale.ROOT);
        if (w.equals("thousands") || w.equals("millions") || w.equals("hundreds") && least <= 100) {
          return true;
        }
        for (int c : s.children(k, "nummod")) {
          String n = s.token(c).word().toLowerCase(Locale.ROOT);
          if (org.vigil.size.Numbers.parse(n) >= least || n.equals("million") || n.equals("thousand")
              || s.children(c).stream().anyMatch(d -> Set.of("million", "thousand").contains(s.token(d).word().toLowerCase(Locale.ROOT)))) {
            return true;
          }
        }
        int next = -1;
        for (int c : s.children(k, "nmod")) {
          if ("of".equals(s.caseMarker(c))) {
            next = c; // "tens of thousands of refugees"
          }
        }
        k = next;
      }
      return false;
    }

    /**
     * A fire that is a blaze: no one's fire ("Israeli fire", "tank fire", "the army's fire") and no
     * fire "from" or "by" anyone.
     */
    private boolean plainFire(int c) {
      for (int d : s.children(c)) {
        String rel = s.relation(d);
        if (rel.equals("compound") || rel.equals("nmod:poss")
            || rel.equals("amod") && Character.isUpperCase(s.token(d).word().charAt(0))
            || rel.equals("nmod") && Set.of("from", "by").contains(String.valueOf(s.caseMarker(d)))) {
          return false;
        }
      }
      return true;
    }

    /** The verb as a trigger with no lexicon row: for finding its arguments only. */
    private Trigger plain(int v) {
      return new Trigger(s.token(v).lemma(), 'V', "", Set.of(), "", List.of(), "", "", 0);
    }

    /**
     * Codes a verb the imported PETRARCH dictionary defines, with its codes as given: the user's
     * coding scheme is not CAMEO's, so Vigil's intent, refusal and appeal refinements stay out.
     * Returns false when the dictionary does not define the verb.
     */
    private boolean importedVerb(int v) {
      if (words == null) {
        words = new ArrayList<>();
        lemmas = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
          words.add(s.token(i).word().toLowerCase(Locale.ROOT));
          lemmas.add(s.token(i).lemma().toLowerCase(Locale.ROOT));
        }
      }
      // Patterns may name words of the governing clause ("NOTED WOULD *"), so look from its start.
      int top = v;
      for (int guard = 0; guard < 3 && s.head(top) >= 0 && Set.of("xcomp", "ccomp", "advcl", "conj")
          .contains(s.baseRelation(top)); guard++) {
        top = s.head(top);
      }
      PetrarchVerbs.Match m = imported.match(words, lemmas, v, s.subtreeBounds(top)[0], s.subtreeBounds(v)[1]);
      if (m == null) {
        return false;
      }
      consumed.add(v);
      importedVerbs.add(v);
      Trigger plain = plain(v);
      int agent = agentPhrase(v);
      boolean passive = s.firstChild(v, "nsubj:pass") >= 0 || s.firstChild(v, "aux:pass") >= 0
          || s.token(v).pos().equals("VBN") && agent >= 0 && s.firstChild(v, "aux") < 0;
      List<Actor> sources = passive ? agents(v) : subjects(v);
      if (sources.isEmpty() && !passive && s.firstChild(v, "nsubj") < 0) {
        sources = subjectAbove(v); // a participle the tagger misread; a subject that is no actor stays none
      }
      // The pattern's "+" names where the target stands; else the parse says.
      List<Actor> targets = m.targetFrom() >= 0
          ? notSources(firstActorAfter(v, skipPhrases(m.targetFrom(), m.targetSkips())), sources) : List.of();
      if (targets.isEmpty()) {
        // A target that is the source itself ("on its behalf", "their citizens") is no target: look further.
        targets = notSources(passive ? passiveTargets(v) : targets(v, plain), sources);
      }
      if (targets.isEmpty()) {
        targets = notSources(firstActorAfter(v), sources);
      }
      boolean compound = m.compound() && targets.isEmpty() && sources.size() > 1;
      String code = compound ? m.code() : m.plainCode();
      String rule = compound ? m.rule() : m.plainRule();
      if (code == null) {
        return true;
      }
      String[] codes = code.split(":");
      // A pattern that reads the words before the verb ("WILL NOT *") has coded the negation itself.
      Modality modality = new Modality(negated(v) && !m.wordsBefore(), hypothetical(v), hasAux(v, FUTURE), false);
      if (compound) {
        // "% HAVE * [501]": "Zarovia and Quendar have put off their talks" is each to the other.
        for (Actor a : sources) {
          for (Actor b : sources) {
            if (a != b) {
              importedFrames.add(new EventFrame(s, v, v, a, b, codes[0], modality, null, null, rule, 0.9));
            }
          }
        }
        return true;
      }
      for (Actor a : sources) {
        for (Actor b : targets) {
          if (a.code().equals(b.code())) {
            continue; // "rioters in X looted its consulate": PETRARCH codes no actor acting on itself
          }
          importedFrames.add(new EventFrame(s, v, v, a, b, codes[0], modality, null, null, rule, 0.9));
          if (codes.length > 1) {
            importedFrames.add(new EventFrame(s, v, v, b, a, codes[1], modality, null, null, rule, 0.9));
          }
        }
      }
      return true;
    }

    private List<Actor> notSources(List<Actor> targets, List<Actor> sources) {
      return targets.stream().filter(t -> sources.stream().noneMatch(a -> a.code().equals(t.code()))).toList();
    }

    /** PETRARCH's target: the first actor after the verb in its own clause (not in a clause with its own subject). */
    private List<Actor> firstActorAfter(int v) {
      List<Actor> out = firstActorAfter(v, v);
      if (!out.isEmpty()) {
        return out;
      }
      // None in the verb's own clause: the subject of its complement ("conceded that Quendar was right"),
      // except after speech verbs, whose complement is what was said, not whom it was said to.
      if (SPEECH.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return List.of();
      }
      int comp = s.firstChild(v, "ccomp");
      int subj = comp >= 0 ? s.firstChild(comp, "nsubj") : -1;
      return subj >= 0 ? withConjuncts(subj) : List.of();
    }

    /** The token ending the {@code n}-th noun phrase after {@code from} ("^" in a pattern skips one). */
    private int skipPhrases(int from, int n) {
      for (int k = 0; k < n; k++) {
        int i = from + 1;
        while (i < s.size() && !s.token(i).isNoun()) {
          i++;
        }
        if (i >= s.size()) {
          return from;
        }
        int h = i;
        while (s.head(h) >= 0 && NP_INSIDE.contains(s.relation(h)) && s.token(s.head(h)).isNoun()) {
          h = s.head(h);
        }
        from = Math.max(i, h);
      }
      return from;
    }

    /** The first actor after token {@code from} in the clause of verb {@code v}. */
    private List<Actor> firstActorAfter(int v, int from) {
      int end = s.subtreeBounds(v)[1];
      for (int i = from + 1; i <= end; i++) {
        if (!s.dominates(v, i) || !(s.token(i).isNoun() || s.token(i).pos().equals("PRP")) || inOwnClause(v, i)) {
          continue;
        }
        // The whole noun phrase: "Zarovia's cabinet", "Zarovia coast guard" name one actor with a sector.
        int h = i;
        while (s.head(h) > v && NP_INSIDE.contains(s.relation(h)) && s.token(s.head(h)).isNoun()) {
          h = s.head(h);
        }
        List<Actor> out = withConjuncts(h);
        if (out.isEmpty() && h != i) {
          out = withConjuncts(i);
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      return List.of();
    }

    private boolean inOwnClause(int v, int i) {
      for (int k = i; k != v && k >= 0; k = s.head(k)) {
        // An infinitive ("swore to fight X") is the verb's own clause even if the parser gave it a subject.
        if (k != i && (s.firstChild(k, "nsubj") >= 0 || s.firstChild(k, "nsubj:pass") >= 0) && !hasMark(k, "to")) {
          return true;
        }
      }
      return false;
    }

    private boolean hasPrepChild(int v, Set<String> preps) {
      for (int c : s.children(v)) {
        String cm = s.caseMarker(c);
        // (the "to" of an infinitive is no preposition: "want to talk about it" names no one talked to)
        if (cm != null && preps.contains(cm) || !s.relation(c).equals("mark")
            && preps.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    private List<Actor> subjectAbove(int v) {
      for (int k = s.head(v), guard = 0; k >= 0 && guard < 4; k = s.head(k), guard++) {
        int subj = s.firstChild(k, "nsubj");
        if (subj >= 0 && subj < v) {
          return withConjuncts(subj);
        }
      }
      return List.of();
    }

    /**
     * Whether a game's score follows the verb in its clause ("beat Argentina 3-1", "lost 2-0 to
     * Chile"); a range that counts the noun after it ("killed 10-15 civilians") is no score.
     */
    private boolean score(int v) {
      for (int i = v + 1; i < Math.min(s.size(), v + 8); i++) {
        String w = s.token(i).word();
        boolean joined = w.matches("\\d{1,2}[-\u2013]\\d{1,2}");
        boolean split = w.matches("\\d{1,2}") && i + 2 < s.size() && s.token(i + 1).word().matches("[-\u2013]")
            && s.token(i + 2).word().matches("\\d{1,2}");
        if ((joined || split) && s.head(i) < i && s.dominates(v, i)) {
          return true;
        }
      }
      // A winning margin counted in a game's units ("beat Australia by six wickets", "won by
      // three goals") is a match too.
      for (int i = v + 1; i < Math.min(s.size(), v + 12); i++) {
        if (MARGINS.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)) && "by".equals(s.caseMarker(i))
            && s.firstChild(i, "nummod") >= 0 && s.dominates(v, i)) {
          return true;
        }
      }
      return false;
    }

    private int agentPhrase(int v) {
      for (int c : s.children(v)) {
        if (s.relation(c).equals("obl:agent") || s.baseRelation(c).equals("obl") && "by".equals(s.caseMarker(c))) {
          return c;
        }
      }
      return -1;
    }

    /**
     * "X said Y should back away from ...": X appeals to Y. Found on the words when the parse
     * breaks on the comma or the modal, which it often does.
     */
    private void appealBySpeech(int v) {
      List<Actor> speakers = subjects(v);
      if (speakers.isEmpty()) {
        return;
      }
      for (int m = v + 1; m < s.size(); m++) {
        if (!OBLIGATION.contains(s.token(m).word().toLowerCase(Locale.ROOT)) || !s.dominates(v, m)) {
          continue;
        }
        int clause = s.head(m);
        if (clause >= 0 && (s.relation(clause).equals("acl:relcl") || s.firstChild(clause, "aux:pass") >= 0)) {
          // "refugees who must be treated humanely", "the killers must be punished": whom the
          // act is for, not whom the speaker asks
          return;
        }
        Actor addressee = null;
        for (int k = m - 1; k > v && addressee == null; k--) {
          if (s.token(k).isNoun() || s.token(k).pos().equals("PRP")) {
            int h = k;
            while (h > v && s.head(h) > v && s.head(h) < m && !s.token(s.head(h)).isVerb()) {
              h = s.head(h);
            }
            addressee = actors.resolve(h);
          }
        }
        int told = s.firstChild(v, "obj") >= 0 ? s.firstChild(v, "obj") : s.firstChild(v, "iobj");
        if (told >= 0 && told < m && actors.resolve(told) != null
            && (addressee == null || addressee.code().equals(speakers.get(0).code()))) {
          addressee = actors.resolve(told); // "told governments that they should not ...": they are the ones told
        }
        final Actor addressed = addressee;
        if (addressed == null || speakers.stream().anyMatch(sp -> sp.code().equals(addressed.code()))) {
          return;
        }
        String asked = "020";
        int end = s.subtreeBounds(v)[1];
        for (int k = m + 1; k <= end; k++) {
          List<Trigger> ts = s.token(k).isNoun() ? lexicon.nouns(s.token(k).lemma()) : lexicon.verbs(s.token(k).lemma());
          if (!ts.isEmpty() && asked.equals("020")) {
            Trigger chosen = choose(k, ts);
            if (chosen != null) {
              asked = appeal("020", chosen.code());
            }
          }
          consumed.add(k);
        }
        for (Actor sp : speakers) {
          frames.add(new EventFrame(s, v, v, sp, addressee, asked, Modality.ASSERTED, null, null,
              "appeal: " + s.token(v).word() + " ... " + s.token(m).word() + " -> " + asked, 0.7));
        }
        return;
      }
    }

    void noun(int n) {
      List<Trigger> candidates = lexicon.nouns(s.token(n).lemma());
      if (candidates.isEmpty() || figurative(n)) {
        return;
      }
      int head = s.head(n);
      String rel = s.relation(n);
      if (head < 0) {
        return;
      }
      int before = s.subtreeBounds(n)[0] - 1;
      if (rel.equals("dep") && before >= 0 && s.token(before).isVerb() && s.firstChild(before, "obj") < 0
          && LIGHT.contains(s.token(before).lemma().toLowerCase(Locale.ROOT))) {
        rel = "obj"; // "began a hunger strike", the object left unlabelled (and hung elsewhere) by the parser
        head = before;
      }
      if (rel.startsWith("compound") && EFFORT.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))
          && s.relation(head).equals("obj")) {
        // "launched a mediation effort between", "began a bombing campaign": the act is the effort's.
        rel = "obj";
        head = s.head(head);
      } else if (rel.equals("nmod") && "of".equals(s.caseMarker(n))
          && ROUNDS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT)) && s.relation(head).equals("obj")) {
        // "held a fifth round of talks", "launched a wave of strikes": the act is the noun counted.
        rel = "obj";
        head = s.head(head);
      } else if (rel.equals("conj") && s.relation(head).equals("obj") && s.head(head) >= 0
          && LIGHT.contains(s.token(s.head(head)).lemma().toLowerCase(Locale.ROOT))) {
        // "launched rocket, mortar and artillery fire on": a conjoined object is the verb's too.
        rel = "obj";
        head = s.head(head);
      }
      String headLemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
      int named = head;
      boolean twoObjects = rel.equals("obj") && Stream.concat(s.children(named, "obj").stream(),
          s.children(named, "iobj").stream()).anyMatch(o -> o != n);
      boolean judgedObject = rel.equals("obj") && NAMING.contains(headLemma) && judgement(head);
      if ((rel.equals("xcomp") || twoObjects || judgedObject) && NAMING.contains(headLemma)
          || s.baseRelation(n).equals("obl") && "as".equals(s.caseMarker(n)) && NAMING.contains(headLemma)) {
        // "what he called a fruitful meeting", "described the raid as a massacre": a name given
        // to something told elsewhere, not an act of its own ("called a meeting" with no second
        // object still convenes one); nor is what is judged ("called the charges baseless")
        return;
      }
      Trigger t = choose(n, candidates);
      if (t == null) {
        return;
      }
      // "arrived in Nairobi for a state visit", "flew to Doha for talks with": the journey's purpose
      boolean journey = s.baseRelation(n).equals("obl") && TRAVEL_PURPOSE.contains(String.valueOf(s.caseMarker(n)))
          && TRAVEL.contains(headLemma) && root(t.code()) == 4 && !importedVerbs.contains(head);
      boolean engagedIn = s.baseRelation(n).equals("obl") && "in".equals(s.caseMarker(n))
          && (headLemma.equals("engage") || headLemma.equals("participate")) || journey;
      if (rel.equals("obj") && importedVerbs.contains(head)) {
        return; // the imported dictionary defines the light verb, and its patterns say what it carries
      }
      if (rel.equals("obj") && headLemma.equals("make") && WEAPONS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
        return; // "the cell was making bombs": a weapon made is no attack
      }
      if ((rel.equals("obj") && LIGHT.contains(headLemma) || engagedIn) && plainLight(head)) {
        // "launched a crackdown on", "held talks with", "engaged in ethnic cleansing": the light verb
        // carries the actors. With a particle the verb has a sense of its own: "called off a strike" is no strike.
        List<Actor> targets = nounTargets(n, t);
        if (targets.isEmpty()) {
          targets = targets(head, t);
        }
        boolean arrivedIn = false;
        for (int c : journey && targets.isEmpty() ? s.children(head) : List.<Integer>of()) {
          String to = String.valueOf(s.caseMarker(c));
          if (targets.isEmpty() && s.baseRelation(c).equals("obl")
              && (to.equals("to") || to.equals("in") && headLemma.equals("arrive"))) {
            // "travel to Qatar for talks", "arrived in Lima on a visit": the journey's destination
            List<Actor> with = withConjuncts(c);
            targets = with.isEmpty() ? destination(c) : with;
            arrivedIn = to.equals("in");
          }
        }
        consumed.add(head);
        List<Actor> sources = subjects(head);
        List<Actor> hosts = targets;
        if (arrivedIn && sources.stream().anyMatch(a -> a == null || a.country() == null
            || hosts.stream().anyMatch(h -> a.country().equals(h.country())))) {
          // "the president arrived in Paris": unless the visitor is known to be another state's,
          // the place may be where a country's own official came home to
          targets = List.of();
        }
        if (s.relation(head).equals("acl") && s.token(head).pos().equals("VBN")) {
          // "passengers held hostage by gunmen": the agent did it, to those the participle is on
          sources = agents(head);
          targets = withConjuncts(s.head(head));
        }
        if (engagedIn && sources.isEmpty() && s.firstChild(head, "nsubj:pass") >= 0) {
          sources = withConjuncts(s.firstChild(head, "nsubj:pass")); // "forces were engaged in ..."
        }
        emit(n, head, t, sources, targets);
      } else if (rel.equals("nsubj:pass") && LIGHT.contains(headLemma) && plainLight(head)
          && !(headLemma.equals("stage") && root(t.code()) >= 18)) {
        // "sanctions were imposed on Iran by the EU", "talks between X and Y were held in Oslo";
        // a killing that "was staged" was faked.
        List<Actor> sources = agents(head);
        List<Actor> targets = nounTargets(n, t);
        if (targets.isEmpty() && !t.targetPreps().isEmpty()) {
          for (int c : s.children(head, "obl")) {
            if (t.targetPreps().contains(String.valueOf(s.caseMarker(c))) && targets.isEmpty()) {
              targets = withConjuncts(c);
            }
          }
        }
        consumed.add(head);
        sideEmit(n, head, t, sources, targets);
      } else if (rel.startsWith("nsubj") && (HAPPEN.contains(headLemma)
          || WENT_ON.contains(headLemma) && root(t.code()) < 18)) {
        sideEmit(n, head, t, List.of(), nounTargets(n, t));
      } else if (caused(n, head) && (!possessor(n).isEmpty() || !nounTargets(n, t).isEmpty())) {
        // "the verdict sparked protests by students", "led to clashes between police and X": the act
        // happened; the cause is not its doer, the noun's own phrases name the sides.
        sideEmit(n, head, t, List.of(), nounTargets(n, t));
      } else if (s.baseRelation(n).equals("obl") && "under".equals(s.caseMarker(n)) && headLemma.equals("come")
          && root(t.code()) >= 18) {
        // "the convoy came under attack by rebels": whoever came under it is the target.
        List<Actor> sources = List.of();
        for (int c : s.children(n, "nmod")) {
          if ("by".equals(s.caseMarker(c))) {
            sources = withConjuncts(c);
          }
        }
        consumed.add(head);
        emit(n, head, t, sources.isEmpty() ? possessor(n) : sources, subjects(head));
      } else if (root(t.code()) >= 18 || t.code().equals("173")) {
        // "condemned the murder of six priests", "the death of a civilian", "the arrest of two
        // reporters": an act the text reports as a fact, with its victims, whatever the sentence
        // says about it.
        if (charged(n)) {
          return; // "charged over the shooting of a taxi driver": an alleged offence
        }
        if (s.relation(n).equals("obj") && UNREALISED.contains(s.token(s.head(n)).lemma().toLowerCase(Locale.ROOT))) {
          return; // "plotted the minister's murder", "foiled an attack": no one was killed
        }
        int victims = namedVictims(n);
        if (victims >= 0) {
          List<Actor> doers = possessor(n);
          emit(n, n, t, doers.isEmpty() ? claimants(n) : doers, withConjuncts(victims));
        } else if (root(t.code()) >= 18) {
          toldAsDone(n, t);
        }
      }
    }

    /**
     * Emits an act noun that no light verb's subject does: its doer is its possessor, else the
     * sides "between" which it went on ("talks between Sudan and Chad resumed": each with the other;
     * "clashes between police and students": the first side on the second).
     */
    private void sideEmit(int n, int clause, Trigger t, List<Actor> doers, List<Actor> targets) {
      List<Actor> sources = doers.isEmpty() ? possessor(n) : doers;
      if (sources.isEmpty()) {
        List<Integer> phrases = new ArrayList<>(s.children(n, "nmod"));
        phrases.addAll(s.children(clause, "obl")); // "an agreement was reached between X and Y"
        for (int c : phrases) {
          List<Actor> sides = "between".equals(s.caseMarker(c)) ? withConjuncts(c) : List.of();
          if (sides.size() >= 2) {
            boolean mutual = RECIPROCAL.contains(root(t.code()));
            sources = mutual ? sides : sides.subList(0, 1);
            targets = mutual ? List.of() : sides.subList(1, sides.size());
            break;
          }
        }
      }
      emit(n, clause, t, sources, targets);
    }

    /** Whether the act noun {@code n} is what the verb {@code head} brought about: "sparked protests", "led to clashes". */
    private boolean caused(int n, int head) {
      String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
      String marker = s.caseMarker(n);
      return s.relation(n).equals("obj") && CAUSE.contains(lemma) && particle(head) == null
          || s.baseRelation(n).equals("obl") && ("to".equals(marker) && lemma.equals("lead")
              || "in".equals(marker) && lemma.equals("result"));
    }

    /**
     * A violent noun that no light verb carries but that the sentence tells as done: "the journalist's
     * murder" (a killing's possessor is its victim), "the attack destroyed a bank", "the bombing that
     * killed six", "attacks perpetrated by the cartel", "claimed responsibility for the attack",
     * "last night's bombing". A noun only planned, feared or talked of stays no event.
     */
    private void toldAsDone(int n, Trigger t) {
      int head = s.head(n);
      // "claimed responsibility for Monday's attack, which killed three": the claimant is the doer
      // however else the noun is told as done
      List<Actor> doer = claimed(n) ? claimants(n) : possessor(n);
      int victim = possessedVictim(n);
      if (victim >= 0) {
        emit(n, n, t, byPhrase(n), withConjuncts(victim));
        return;
      }
      if (s.relation(n).equals("nsubj") && s.token(head).isVerb() && past(head) && !violentVerb(head)) {
        // "the attack destroyed the building"; in "the bomb killed six" the verb tells the act.
        emit(n, head, t, doer, nounTargets(n, t));
        return;
      }
      for (int c : s.children(n)) {
        String rel = s.relation(c);
        String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
        if (rel.equals("acl:relcl") && s.token(c).isVerb() && past(c) && s.firstChild(c, "nsubj") >= 0
            && RELATIVES.contains(s.token(s.firstChild(c, "nsubj")).word().toLowerCase(Locale.ROOT))) {
          emit(n, c, t, doer, nounTargets(n, t)); // "the explosion that killed six"
          return;
        }
        if (rel.equals("acl") && s.token(c).pos().equals("VBN") && PERPETRATE.contains(lemma)) {
          List<Actor> by = agents(c);
          emit(n, c, t, by.isEmpty() ? doer : by, nounTargets(n, t)); // "attacks carried out by X"
          return;
        }
        if (rel.equals("nmod:poss") && WHEN.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          emit(n, n, t, doer, nounTargets(n, t)); // "last night's bombing"
          return;
        }
      }
      if (claimed(n)) {
        emit(n, n, t, claimants(n), nounTargets(n, t));
      }
    }

    /** Whether the noun is what someone "claimed responsibility for": told as done, and by whom. */
    private boolean claimed(int n) {
      int head = s.head(n);
      int claim = head < 0 ? -1 : s.head(head);
      return claim >= 0 && "for".equals(s.caseMarker(n)) && s.token(head).lemma().equalsIgnoreCase("responsibility")
          && s.token(claim).isVerb() && CLAIM.contains(s.token(claim).lemma().toLowerCase(Locale.ROOT));
    }

    private List<Actor> claimants(int n) {
      return claimed(n) ? subjects(s.head(s.head(n))) : List.of();
    }

    /** Whether the verb itself tells violence ("killed", "exploded"), so its subject noun is no second act. */
    private boolean violentVerb(int v) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      return lemma.equals("explode") || lemma.equals("die")
          || lexicon.verbs(s.token(v).lemma()).stream().anyMatch(r -> root(r.code()) >= 18);
    }

    /** "the monks", "these peasants", "the mayor's guards": particular people, not a kind ("civilians"). */
    private boolean definite(int h) {
      if (s.firstChild(h, "nmod:poss") >= 0) {
        return true;
      }
      for (int c : s.children(h, "det")) {
        String d = s.token(c).word().toLowerCase(Locale.ROOT);
        if (d.equals("the") || d.equals("these") || d.equals("those")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a violent noun is what an arrest, charge, sentence or accusation is for ("charged with
     * murder in connection with the slaying", "arrested for the bombing"): alleged, not told as done.
     */
    private boolean charged(int n) {
      boolean forIt = false;
      for (int k = n, guard = 0; k >= 0 && guard < 5; k = s.head(k), guard++) {
        int h = s.head(k);
        String cm = String.valueOf(s.caseMarker(k)).toLowerCase(Locale.ROOT);
        forIt |= cm.equals("for") || cm.equals("with") || cm.equals("over") || cm.equals("of");
        if (h < 0 || !s.baseRelation(k).equals("nmod") && !s.baseRelation(k).equals("obl")) {
          return false;
        }
        if (s.token(h).isVerb()) {
          String code = parentCode(h);
          return forIt && legal(code);
        }
      }
      return false;
    }

    /** The victim a killing noun's possessor names ("the journalist's murder", "Kennedy's assassination"), else -1. */
    private int possessedVictim(int n) {
      if (!KILLED.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      for (int c : s.children(n, "nmod:poss")) {
        Token p = s.token(c);
        if ((p.isNoun() || p.pos().equals("PRP$")) && !"ORGANIZATION".equals(p.ner()) && actors.namedCountry(c) == null
            && !WHEN.contains(p.word().toLowerCase(Locale.ROOT))) {
          return c;
        }
      }
      return -1;
    }

    /** The "by" phrase of a noun ("the murder of X by soldiers"). */
    private List<Actor> byPhrase(int n) {
      List<Actor> out = new ArrayList<>();
      for (int c : s.children(n, "nmod")) {
        if ("by".equals(s.caseMarker(c))) {
          addResolved(c, out);
        }
      }
      return out;
    }

    /** A past tense or a perfect: "destroyed", "has killed" (not "will destroy", not "destroys"). */
    private boolean past(int v) {
      String pos = s.token(v).pos();
      return pos.equals("VBD") || pos.equals("VBN") && (s.firstChild(v, "aux") >= 0 || s.firstChild(v, "aux:pass") >= 0);
    }

    /**
     * "Eleven people died in a car bomb blast", "a soldier died of gunshot wounds": a death whose
     * cause the clause names as violence is that violence, with the dead as its count. A death with
     * no such cause (age, illness, a crash) is no one's act and no event.
     */
    private boolean violentDeath(int v) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      if (!lemma.equals("die") && !lemma.equals("perish") || !s.token(v).isVerb()) {
        return false;
      }
      for (int c : s.children(v)) {
        if (!s.baseRelation(c).equals("obl")) {
          continue;
        }
        int cause = c;
        String cl = s.token(c).lemma().toLowerCase(Locale.ROOT);
        if (cl.equals("result") || cl.equals("consequence")) {
          for (int k : s.children(c, "nmod")) {
            if ("of".equals(s.caseMarker(k))) {
              cause = k; // "as a result of the roadside blast"
            }
          }
        }
        String code = violentCause(cause);
        if (code != null) {
          Trigger t = new Trigger(lemma, 'V', "", Set.of(), "", List.of(), code,
              "death by violence (" + s.token(cause).word() + ")", 0);
          emit(v, v, t, possessor(cause), List.of());
          return true;
        }
      }
      return false;
    }

    /** The CAMEO code of a noun that names violence ("explosion", "air strike", "gunshot wounds"), else null. */
    private String violentCause(int c) {
      String l = s.token(c).lemma().toLowerCase(Locale.ROOT);
      if (WOUNDS.contains(l)) {
        return "180";
      }
      List<Trigger> rows = lexicon.nouns(s.token(c).lemma());
      Trigger t = rows.isEmpty() ? null : choose(c, rows);
      return t != null && root(t.code()) >= 18 ? t.code() : null;
    }

    /** "A bomb exploded", "a device went off", "a grenade blew up": a bombing by no one the text names. */
    private boolean explosion(int v) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      String prt = particle(v);
      boolean goesOff = lemma.equals("explode") || lemma.equals("go") && "off".equals(prt)
          || lemma.equals("blow") && "up".equals(prt) && s.firstChild(v, "obj") < 0;
      int subj = s.firstChild(v, "nsubj");
      if (!goesOff || subj < 0 || !EXPLOSIVES.contains(s.token(subj).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      Trigger t = new Trigger(lemma, 'V', prt == null ? "" : prt, Set.of(), "", List.of(), "183",
          "an explosive went off: bombing", 0);
      consumed.add(subj); // the bomb that exploded is this act, not a second one
      List<Actor> planters = List.of();
      for (int a : s.children(subj, "acl")) {
        // "a bomb planted by militants in a market exploded": the planting is this act too, by its agent
        consumed.add(a);
        planters = planters.isEmpty() ? agents(a) : planters;
      }
      emit(v, v, t, planters, List.of());
      return true;
    }

    /**
     * Whether the arrest or charge at {@code v} is for a common crime its reason phrase names
     * ("charged with robbery", "arrested over a drug ring"); a crime said elsewhere in
     * the sentence ("was captured, and later convicted of drug trafficking") does not count.
     */
    private boolean ordinaryCrime(int v) {
      List<Integer> phrases = new ArrayList<>(s.children(v));
      List<Integer> around = new ArrayList<>(s.children(v));
      int teller = v;
      while (s.relation(teller).equals("conj") && s.head(teller) >= 0) {
        teller = s.head(teller);
      }
      teller = s.token(v).isNoun() ? s.head(teller) : -1;
      if (teller >= 0) {
        around.add(teller); // "led to the arrests of four men in connection with ...": or on the verb that tells the arrest
      }
      for (int c : around) {
        // "the detention of three men in connection with a fraud ring": the parser may hang the reason on those arrested
        if (c == teller || s.relation(c).equals("obj") || s.baseRelation(c).equals("nmod") && "of".equals(s.caseMarker(c))) {
          s.children(c).stream().filter(k -> CRIME_PHRASES.contains(s.caseMarker(k) + " "
              + s.token(k).lemma().toLowerCase(Locale.ROOT))).forEach(phrases::add);
        }
      }
      for (int c : phrases) {
        // "for theft", and as a clause "for stealing cars"
        String cm = String.valueOf(s.relation(c).equals("advcl") && markOf(c) != null ? markOf(c) : s.caseMarker(c));
        if (!(s.baseRelation(c).equals("obl") || s.baseRelation(c).equals("nmod") || s.relation(c).equals("advcl"))
            || !CRIME_PREPS.contains(cm) && !CRIME_PHRASES.contains(cm + " " + s.token(c).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        int[] span = s.subtreeBounds(c);
        for (int i = span[0]; i <= span[1]; i++) {
          if (COMMON_CRIMES.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)) && !onPath(c, i, Set.of("acl", "advcl"))) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * "Two tankers of chemicals blew up at the plant": something that blows up by itself, neither an
     * explosive nor anyone's act, is an accident.
     */
    private boolean accidentalBlast(int v) {
      // "after three tanks of chemicals blew up": the parser may hang the verb on its subject as a clause
      int subj = s.relation(v).equals("acl") && !s.token(v).pos().equals("VBN") ? s.head(v) : s.firstChild(v, "nsubj");
      return s.token(v).lemma().equalsIgnoreCase("blow") && "up".equals(particle(v)) && s.firstChild(v, "obj") < 0
          && subj >= 0 && !s.relation(subj).equals("nsubj:pass")
          && !EXPLOSIVES.contains(s.token(subj).lemma().toLowerCase(Locale.ROOT)) && actors.resolve(subj) == null;
    }

    /** The "of" phrase of a violent noun when it names countable victims ("of six priests", "of a judge"), else -1. */
    private int namedVictims(int n) {
      for (int c : s.children(n, "nmod")) {
        // "the murder of the missionaries": plural victims count for a killing; "the bombing of
        // neighbourhoods" names places, not people.
        String lemma = s.token(n).lemma().toLowerCase(Locale.ROOT);
        if ("of".equals(s.caseMarker(c)) && (CasualtyCounter.countable(s, c)
            || KILLED.contains(lemma) && CasualtyCounter.people(s, c) && definite(c)
            || ARRESTS.contains(lemma) && CasualtyCounter.people(s, c) && (definite(c) || s.firstChild(c, "acl:relcl") >= 0))) {
          // "the arrest of bankers who are close to the ruling party": a relative clause names particular people
          return c;
        }
      }
      return -1;
    }

    private List<Actor> possessor(int n) {
      List<Actor> out = new ArrayList<>();
      for (int c : s.children(n, "nmod:poss")) {
        addResolved(c, out);
      }
      for (int c : s.children(n, "nmod")) {
        if ("by".equals(s.caseMarker(c))) {
          addResolved(c, out);
        }
      }
      if (out.isEmpty()) {
        // "Palestinian riots", "Israeli air strikes": a country modifier of the act is who acts.
        for (int c : s.children(n)) {
          if ((s.relation(c).equals("amod") || s.relation(c).startsWith("compound")) && c < n
              && actors.namedCountry(c) != null) {
            addResolved(c, out);
          }
        }
      }
      return out;
    }

    private List<Actor> nounTargets(int n, Trigger t) {
      Set<String> preps = new java.util.HashSet<>(t.targetPreps().isEmpty() ? TARGET_PREPS : t.targetPreps());
      if (t.code().startsWith("15")) {
        preps.addAll(SHOWN_AT); // "drills around Taiwan": a show of force is aimed at where it is held
      }
      List<Actor> out = new ArrayList<>();
      List<Integer> phrases = new ArrayList<>(s.children(n, "nmod"));
      if (s.head(n) >= 0) {
        for (int w : s.children(s.head(n), "obl:tmod")) {
          if (w > n && w <= n + 3) {
            phrases.addAll(s.children(w, "nmod")); // "a meeting next week of the factions", hung on the week
          }
        }
      }
      for (int c : phrases) {
        String cm = s.caseMarker(c);
        if (cm != null && preps.contains(cm)) {
          addResolved(c, out);
          if (!out.isEmpty()) {
            break;
          }
        }
      }
      return out;
    }

    /** Applies the embedding (intent, refusal, appeal, reported speech) and records the frames. */
    /**
     * The noun a relative pronoun subject stands for ("aid from Russia, which would violate the
     * sanctions": aid), else the subject itself.
     */
    private int relativeAntecedent(int v, int subject) {
      String w = s.token(subject).lemma().toLowerCase(Locale.ROOT);
      return (w.equals("which") || w.equals("that")) && s.relation(v).equals("acl:relcl") && s.head(v) >= 0
          ? s.head(v) : subject;
    }

    /**
     * What a text that was turned down says was never done: in "vetoed a resolution condemning the
     * raid" or "the bill banning the party was rejected" nobody condemned or banned anything.
     */
    private boolean textTurnedDown(int clause) {
      String rel = s.relation(clause);
      int text = s.head(clause);
      String noun = text < 0 ? "" : s.token(text).lemma().toLowerCase(Locale.ROOT);
      boolean issued = STATEMENTS.contains(noun);
      if (!rel.startsWith("acl") || text < 0 || !TEXTS.contains(noun) && !issued) {
        return false;
      }
      int verb = s.head(text);
      String how = s.relation(text);
      String turned = verb < 0 ? "" : s.token(verb).lemma().toLowerCase(Locale.ROOT);
      // a statement rejected once issued still said what it said; one vetoed or blocked never came out
      return verb >= 0 && (how.equals("obj") || how.equals("nsubj:pass"))
          && (issued ? turned.equals("veto") || turned.equals("block") : TURNED_DOWN.contains(turned));
    }

    /** The teller in "according to X" on clause {@code v}, else -1. */
    private int accordingTo(int v) {
      for (int c : s.children(v)) {
        if (s.baseRelation(c).equals("obl") && s.children(c, "case").stream()
            .anyMatch(m -> s.token(m).word().equalsIgnoreCase("according"))) {
          return c;
        }
      }
      return -1;
    }

    /** Whether verb {@code v} orders a diplomat or a mission out: "ordered the envoy to leave the country". */
    private boolean orderedOut(int v) {
      int object = s.firstChild(v, "obj");
      int going = s.firstChild(v, "xcomp");
      return s.token(v).isVerb() && object >= 0 && going >= 0
          && EXPELLABLE.contains(s.token(object).lemma().toLowerCase(Locale.ROOT))
          && LEAVING.contains(s.token(going).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a "they", "them" or "it" who is arrested, charged or deported was resolved to a state
     * or its government: states are not detained, so the pronoun meant people named otherwise
     * ("why they were not deported" after "Neither China nor Thailand has explained").
     */
    private static boolean stateAsDetainee(Actor a) {
      return GROUP_PRONOUNS.contains(a.text().toLowerCase(Locale.ROOT)) && a.country() != null
          && (a.sectors().isEmpty() || a.sectors().equals(List.of("GOV")));
    }

    private void emit(int trigger, int clause, Trigger t, List<Actor> sources, List<Actor> targets) {
      String code = t.code();
      String rule = t.describe();
      boolean future = false;
      if (speakerBackground(clause) || describedPerson(clause, sources, code) || textTurnedDown(clause)) {
        return;
      }
      if (sources.isEmpty() && targets.isEmpty() && s.token(trigger).isNoun()
          && LASTING.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
          && !ONSET.contains(s.token(clause).lemma().toLowerCase(Locale.ROOT))) {
        // "the war continues", "the war ended in a truce": a lasting conflict with no side named tells
        // a state of affairs, not an act anyone did; "rebels waged war on the army" names its sides,
        // and "war broke out in the north" tells it starting.
        return;
      }
      if (code.equals("140") && s.token(trigger).isVerb() && !sources.isEmpty()
          && sources.stream().allMatch(a -> a.code().startsWith("IGO") || a.sectors().isEmpty() && a.country() != null
              || a.sectors().contains("GOV"))) {
        // "Pakistan protested the attacks": a state protests by official complaint, not in the street
        code = "114";
        rule = rule + " (by a state -> complain officially 114)";
      }
      if (code.startsWith("10") && orderedOut(trigger)) {
        // "ordered the French ambassador to leave within 72 hours": an expulsion, not a plain demand
        code = "166";
        rule = rule + " (ordered out -> expel 166)";
      }
      if (code.equals("173") || code.equals("174")) {
        targets = targets.stream().filter(a -> !stateAsDetainee(a)).toList();
      }
      if (code.equals("173") && sources.isEmpty() && targets.stream().allMatch(a -> a.sectors().equals(List.of("CVL")))
          && ordinaryCrime(trigger)) {
        policeNews.add(trigger);
        return; // "four men were charged with murder", "arrests over a drug ring": police news, no political act
      }
      // "offered no evidence": nothing was offered, and nothing refused either
      boolean none = nothingDone(trigger) || nothingDone(clause);
      boolean negated = negated(clause) || negated(trigger) || none;
      boolean denied = none; // "denied providing": negated, but no refusal
      boolean hypothetical = hypothetical(clause);
      int top = clause;
      Actor attribution = null;
      // Walk up the chain of embeddings: "X plans to visit", "X refused to meet", "urged X to talk".
      for (int k = clause, guard = 0; guard < 6 && s.head(k) >= 0; guard++) {
        String rel = s.relation(k);
        int h = s.head(k);
        String hl = s.token(h).lemma().toLowerCase(Locale.ROOT);
        if (rel.equals("dep") && s.token(k).pos().equals("VBG") && (ASPECT.contains(hl) || CEASE.contains(hl))) {
          rel = "xcomp"; // "resume shelling", "halted firing": the parser may leave the gerund a loose word
        }
        if ((rel.equals("advcl") || rel.equals("acl")) && allegedOffence(k, h) || looseOffence(k, h)) {
          return; // "charged with fraud for trying to oust the mayor": what a charge alleges is not reported as done
        }
        if ((rel.equals("ccomp") || rel.equals("acl")) && CLAIMS.contains(hl) && s.head(h) >= 0
            && DENIALS.contains(s.token(s.head(h)).lemma().toLowerCase(Locale.ROOT))) {
          // "denied accusations that its troops were fighting": the act a denied claim tells is denied too
          negated = true;
          denied = true;
          top = h;
          k = h;
          continue;
        }
        boolean asked = rel.equals("advcl") && hasMark(k, "to") && asks(parentCode(h));
        if (rel.equals("conj") && s.token(k).isVerb() && (s.token(h).isVerb() && EMBEDDING.contains(s.baseRelation(h))
            || s.head(h) >= 0 && purpose(h, s.head(h)))) {
          // "threatened to close or suspend the base", "aimed at raising revenue and pressuring
          // X" (parsed as conjoined to the noun): a conjunct shares its head's embedding
          k = h;
          continue;
        }
        if (!asked && purpose(k, h)) {
          String main = parentCode(h);
          boolean mainCoded = main.matches("\\d\\d.*");
          if (asks(code) && mainCoded && root(main) == 14) {
            consumed.add(trigger); // "blocked roads to press their demands": the demand is what the protest is for
          } else if (asks(code) && GATHER.contains(hl) && sources.stream().anyMatch(EventCoder::official)) {
            // "ministers gathered in Paris to call for a ceasefire": officials meet and appeal, they do not protest
          } else if (asks(code) && GATHER.contains(hl)) {
            // "thousands gathered to demand his resignation": the gathering is the protest, the demand its cause
            String protest = code.length() == 4 && (code.startsWith("104") || code.startsWith("024"))
                ? "141" + code.charAt(3) : "141";
            rule = rule + " (demand of a gathering, " + s.token(h).word() + " -> protest " + protest + ")";
            code = protest;
          } else if (root(code) != 14 && mainCoded && root(main) == root(code)
              && frames.stream().anyMatch(f -> f.trigger() == h)) {
            // "funded the prison to assist the police", "summoned the envoy to protest": one act, told twice
            consumed.add(trigger);
            return;
          } else if (root(code) != 14 && !(mainCoded && root(main) == root(code))) {
            // "arrived to protect the villagers", "were making bombs to attack churches", "aimed at
            // pressuring": an aim, not an act done. Protest is done by the act it is the aim of
            // ("walked out to protest"), and so is an act the main verb already tells ("met to discuss").
            hypothetical = true;
            rule = rule + " (aim of " + s.token(h).word() + ": not done)";
            // "condemned the Peruvian decision to close the border" (the parser may hang the
            // infinitive on the verb): the aim is the owner's of the decision, not the critic's
            int aim = s.token(h).isNoun() ? h : s.firstChild(h, "obj");
            List<Actor> owners = aim >= 0 && aim < k && (aim == h
                || DECISIONS.contains(s.token(aim).lemma().toLowerCase(Locale.ROOT))) ? owners(aim) : List.of();
            sources = owners.isEmpty() ? sources : owners;
          }
          k = h;
          continue;
        }
        if (rel.equals("xcomp") || (rel.equals("ccomp") && !SPEECH.contains(hl)) || (rel.equals("advcl") || rel.equals("dep")) && hl.equals("deny")
            || asked) {
          if (INTENT.contains(hl) && !parentCode(h).startsWith("13")) {
            if (code.startsWith("01") || code.startsWith("02")) {
              consumed.add(h); // nor is "plans to urge X": no intent to cooperate with X either
              return; // "wants to express concern" is no event
            }
            // "the army prepared to attack": readying force is a show of it (15), not a stated threat
            code = hl.equals("prepare") && root(code) >= 18 ? "150" : intent(code);
            rule = "intent " + hl + " + " + rule + " -> " + code;
            future = true;
            negated = negated || negated(h); // "does not want to meet"
            consumed.add(h);
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else if (hl.equals("rule") && "out".equals(particle(h)) && negated(h)) {
            hypothetical = true; // "has not ruled out sending troops": it may be done
            consumed.add(h);
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else if (hl.equals("rule") && "out".equals(particle(h))) {
            code = refusal(code); // "ruled out sending troops": a refusal
            rule = "refusal ruled out + " + rule + " -> " + code;
            consumed.add(h);
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else if (REFUSE.contains(hl) && rel.equals("xcomp") && proposalOwned(h)) {
            // "rejected the EU's demand to impose sanctions": the act is what the demand asks (the
            // parser hung it on the verb), so it is no event; the rejection is the verb's own, aimed
            // at whose demand it was. An invitation of no one's ("rejected an invitation to attend
            // the talks") is refusing what it asks.
            return;
          } else if (REFUSE.contains(hl)) {
            code = refusal(code);
            rule = "refusal " + hl + " + " + rule + " -> " + code;
            consumed.add(h);
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else if (DENY.contains(hl)) {
            if (hl.equals("fail") && root(code) >= 3 && root(code) <= 6) {
              code = refusal(code); // "failed to reach agreement"
              rule = "refusal " + hl + " + " + rule + " -> " + code;
            } else {
              negated = true;
              denied = true;
            }
            top = h;
          } else if (asks(parentCode(h))) {
            // The wished-for or threatened act is no event of its own: it makes the appeal,
            // demand or threat precise and may name its target ("threatened to break relations with X").
            refineParent(h, code, targets);
            return;
          } else if (WISHED.contains(hl)) {
            hypothetical = true; // "tried to kill", "hired a gunman to kill": not (yet) done
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else if (FORESEEN.contains(hl)) {
            future = true;
            top = h;
          } else if (rel.equals("xcomp") && CEASE.contains(hl) && root(code) >= 14) {
            return; // "urged them to stop fighting", "the army halted shelling": the force is what ends
          } else if (rel.equals("xcomp") && ASPECT.contains(hl)) {
            // "refused to resume talks", "vowed to keep fighting": the verb above decides
            negated = negated || negated(h);
            hypothetical = hypothetical || hypothetical(h);
            top = h;
            if (sources.isEmpty()) {
              sources = subjects(h);
            }
          } else {
            // "could start shelling": the governing verb's mood is the act's; and what embeds the
            // governing verb embeds the act ("were used to help soldiers share intelligence").
            hypothetical = hypothetical || rel.equals("xcomp") && hypothetical(h);
            if (!rel.equals("xcomp") && !ENABLING.contains(hl)) {
              break; // "the report found that soldiers fired": a finding, whatever embeds it
            }
          }
          k = h;
          continue;
        }
        if ((rel.equals("ccomp") || rel.equals("parataxis")) && SPEECH.contains(hl)) {
          List<Actor> speakers = subjects(h);
          if (hasAux(k, OBLIGATION) && !targets.isEmpty() || hasAux(k, OBLIGATION) && !sources.isEmpty()) {
            // "X said Y should back away": X appeals to Y.
            List<Actor> addressees = sources;
            String refined = appeal("020", code);
            boolean found = frames.stream().anyMatch(f -> f.trigger() == h && asks(f.code())); // by appealBySpeech
            for (Actor sp : found ? List.<Actor>of() : speakers) {
              for (Actor ad : addressees) {
                frames.add(new EventFrame(s, h, h, sp, ad, refined, new Modality(false, false, false, false),
                    null, null, "appeal " + hl + "+should + " + rule + " -> " + refined, 0.7));
              }
            }
            consumed.add(trigger);
            frames.add(new EventFrame(s, trigger, clause, null, null, code, Modality.ASSERTED, null, null, rule, 0));
            return;
          }
          int speaker = s.firstChild(h, "nsubj");
          attribution = !speakers.isEmpty() ? speakers.get(0) : speaker >= 0 ? actors.mention(speaker) : null;
          if (sources.isEmpty() && firstPerson(k)) {
            sources = speakers; // "said we will retaliate": the speaker's side acts
          }
          break;
        }
        break;
      }
      int tag = speechTag(top);
      if (tag >= 0 && sources.isEmpty() && firstPerson(top)) {
        sources = subjects(tag); // "'We will retaliate,' the minister said": the speech verb hangs off the quote
      }
      if (tag >= 0 && attribution == null && s.firstChild(tag, "nsubj") >= 0) {
        attribution = actors.mention(s.firstChild(tag, "nsubj"));
      }
      int source = attribution == null ? accordingTo(top) : -1;
      if (source >= 0) {
        attribution = actors.mention(source); // "killed 100 civilians, according to the UN": who tells it
      }
      future = future || hasAux(clause, FUTURE) || hasAux(top, FUTURE) || backshifted(clause) || backshifted(top)
          || s.token(clause).lemma().equalsIgnoreCase("due");
      hypothetical = hypothetical || hypothetical(top)
          // "a resolution to pressure X": an act someone wants, not one that happened.
          || s.relation(top).equals("acl") && hasMark(top, "to") && !ranked(s.head(top))
          // "little chance that a summit will take place", "fears that the army could attack"
          || (s.relation(top).equals("acl") || s.relation(top).equals("ccomp")) && s.head(top) >= 0
              && UNCERTAIN.contains(s.token(s.head(top)).lemma().toLowerCase(Locale.ROOT));
      if (future && !negated && root(code) >= 18 && attribution != null && !sources.isEmpty()
          && sources.get(0).code().equals(attribution.code())) {
        // "'We will retaliate,' the minister said": violence a side announces for itself is a threat.
        code = threat(code);
        rule = rule + " (own future violence announced -> threat " + code + ")";
      }
      if ((future || hypothetical) && !negated && root(code) >= 14 && !sources.isEmpty()
          && (attribution == null || sources.get(0) != null && attribution.code() != null
              && attribution.code().equals(sources.get(0).code()))
          && !conditional(clause) && (conditioned(clause) || conditioned(top))) {
        // "will boycott the elections unless the president resigns": force or sanctions made to hang
        // on what the other side does are a threat, and the threat was made.
        code = threat(code);
        rule = rule + " (conditional -> threat " + code + ")";
        hypothetical = false;
        if (targets.isEmpty()) {
          targets = settingOff(clause); // "would retaliate if Finland joined NATO": a threat against Finland
        }
      }
      if (root(code) >= 18 && s.token(trigger).lemma().equalsIgnoreCase("clash")
          && (civilians(sources) || civilians(targets) && !sources.isEmpty() && !civilians(sources))) {
        // "protesters clashed with police", "clashes between police and students": a demonstration
        // turned violent is a riot (145), the civilians' act
        if (!civilians(sources)) {
          List<Actor> police = sources;
          sources = targets;
          targets = police;
        }
        code = "145";
        rule = rule + " (civilians clash -> riot 145)";
      }
      if ((code.equals("180") || code.equals("190") || code.equals("183")) && suicideBomber(trigger)) {
        code = "1831";
        rule = rule + " (by a suicide bomber -> 1831)";
      }
      String bomb = bombKind(trigger, code);
      if (!bomb.equals(code)) {
        rule = rule + " (by the bomb's carrier -> " + bomb + ")";
        code = bomb;
      }
      if (root(code) >= 18 && root(code) <= 20 && !code.startsWith("204") && chemical(trigger)) {
        code = "2041";
        rule = rule + " (with a chemical agent -> 2041)";
      }
      String armed = byWeapon(trigger, code);
      if (!armed.equals(code)) {
        rule = rule + " (by " + s.token(weapon(trigger)).lemma().toLowerCase(Locale.ROOT) + " -> " + armed + ")";
        code = armed;
      }
      if (root(code) == 15 && sources.stream().anyMatch(EventCoder::unarmed)) {
        // "aid workers and troops were deployed": only those who bear arms show force
        sources = sources.stream().filter(a -> !unarmed(a)).toList();
        if (sources.isEmpty()) {
          return;
        }
      }
      if (code.equals("042") && s.token(trigger).lemma().equalsIgnoreCase("arrive") && (sources.isEmpty()
          || !sources.stream().allMatch(a -> a != null && a.sectors().contains("GOV")))) {
        return; // an official who arrives in a country visits it; troops or refugees who arrive do not
      }
      if (root(code) >= 18 && root(code) <= 19 && s.token(trigger).isNoun()
          && Set.of("killing", "murder", "execution", "slaughter").contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
          && s.children(trigger, "amod").stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("mass"))) {
        code = "202"; // "mass killings", "mass executions"
        rule = rule + " (mass -> 202)";
      }
      if (s.token(trigger).lemma().equalsIgnoreCase("execute") && root(code) >= 18 && massOfPeople(trigger, 100)) {
        code = "202"; // "summarily executed at least 223 villagers": a mass killing
        rule = rule + " (hundreds executed -> mass killing 202)";
      }
      if (code.equals("174") && massOfPeople(trigger)) {
        code = "201"; // "deported more than 200,000 Afghans": a mass expulsion
        rule = rule + " (thousands -> mass expulsion 201)";
      }
      if ((code.startsWith("171") || code.equals("180") || code.equals("190")) && !sources.isEmpty() && sources.stream().allMatch(a -> a != null
          && RIOTERS.matcher(a.text()).find())) {
        // "rioters set fire to cars", "protesters ransacked the office", "a mob attacked the embassy": a violent protest
        code = "145";
        rule = rule + " (by rioters or protesters -> 145)";
      }
      if (root(code) >= 13 && root(code) <= 19 && root(code) != 14 && labourStrike(s, trigger)
          && !sources.isEmpty() && sources.stream().allMatch(EventCoder::unarmed)) {
        // "dock workers struck for a week", "nurses threatened to strike": people who bear no arms
        // and strike nothing are on strike (143), or threaten to be (133)
        code = root(code) == 13 ? "133" : "143";
        rule = rule + " (unarmed strikers -> labour strike " + code + ")";
      }
      if (code.equals("152") && !sources.isEmpty() && sources.stream().allMatch(a -> a != null
          && a.sectors().contains("COP") && !a.sectors().contains("MIL"))) {
        code = "151"; // "police were put on alert": a police alert
        rule = rule + " (police -> 151)";
      }
      if (code.equals("173") && s.token(trigger).lemma().equalsIgnoreCase("charge") && !targets.isEmpty()
          && targets.stream().allMatch(a -> a.country() != null && a.sectors().isEmpty())) {
        code = "112"; // "charging its neighbour with supporting dissidents": a state is accused, not put on trial
        rule = rule + " (a state charged -> accusation 112)";
      }
      if (code.equals("090") && !sources.isEmpty() && sources.stream().allMatch(a -> a != null
          && (a.sectors().contains("COP") || a.sectors().contains("JUD")))) {
        code = "091"; // "prosecutors opened an investigation into ...": police and prosecutors investigate crimes
        rule = rule + " (by police or prosecutors -> 091)";
      }
      int cause = s.firstChild(trigger, "nsubj");
      String causeCode = generic(code) && cause >= 0 && s.token(cause).isNoun()
          && KILLING.contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT)) ? violentCause(cause) : null;
      if (causeCode != null && !generic(causeCode)) {
        // "a suicide bombing killed 12", "an air strike killed 14": the killing is the act its subject names
        code = causeCode;
        rule = rule + " (by " + s.token(cause).word() + " -> " + code + ")";
      }
      if (code.equals("195") && s.token(trigger).lemma().equalsIgnoreCase("bomb") && s.token(trigger).isVerb()
          && !sources.isEmpty() && refineForce("190", sources).equals("180")) {
        code = "183"; // "militants bombed a church": no air force, a non-military bombing
        rule = rule + " (no state force as source -> 183)";
      }
      String refined = refineForce(code, sources);
      if (!refined.equals(code)) {
        rule = rule + (code.equals("183") ? " (a bombing by an army -> " : " (no state force as source -> ") + refined + ")";
        code = refined;
      }
      if ((code.equals("180") || code.equals("190")) && officeHolderKilled(trigger)) {
        code = "186";
        rule = rule + " (an office-holder killed -> assassination 186)";
      } else if ((code.equals("180") || code.equals("190") || code.equals("193")) && officeHolderWounded(trigger)) {
        code = "185";
        rule = rule + " (an office-holder shot, not killed -> attempted assassination 185)";
      }
      if (future && attribution != null && !negated && !hypothetical && root(code) >= 4 && root(code) <= 8) {
        // "said they will release the hostages", "said it would send aid": CAMEO codes the stated
        // intention (03). A future act the reporter announces ("will visit Cairo") keeps its code.
        code = intent(code);
        rule = rule + " (future -> intent " + code + ")";
      }
      if (negated && !denied && root(code) >= 3 && root(code) <= 8) {
        // "will not accept refugees": CAMEO codes the refusal, which did happen.
        code = refusal(code);
        rule = rule + " (negated -> refusal " + code + ")";
        negated = false;
        if (describedPerson(clause, sources, code)) {
          return; // "a leader who has not been allowed to see a doctor": how the person is, not news
        }
      }
      Modality modality = new Modality(negated, hypothetical, future, false);
      if (code.startsWith("16")) {
        // "recalled its ambassador", "withdrew their troops": relations are cut with someone else
        List<Actor> by = sources;
        List<Actor> kept = new ArrayList<>();
        for (Actor b : targets) {
          // "recalled its ambassador to Germany": relations are cut with where the envoy was posted
          kept.addAll(!ownPeople(b, by) ? List.of(b) : postedTo(b, trigger));
        }
        targets = kept;
      }
      if (sources.isEmpty() && targets.isEmpty()) {
        // Kept for casualty counts ("72 people were killed"); the pipeline drops it when nothing is known.
        frames.add(new EventFrame(s, trigger, clause, null, null, code, modality, attribution, null, rule, 0.4));
        return;
      }
      if (code.equals("042") || code.equals("054")) {
        // "began a visit to Cairo": a capital visited is the place, the country, not its government;
        // "recognised a Palestinian state": a state recognised is the country
        List<Actor> places = new ArrayList<>();
        for (Actor b : targets) {
          int i = indexOf(s, b);
          boolean place = b.country() != null && b.sectors().equals(List.of("GOV")) && (code.equals("042")
              && s.token(i).start() == b.start() && s.token(i).end() == b.end()
              && Set.of("LOCATION", "CITY").contains(s.token(i).ner())
              || code.equals("054") && s.token(i).lemma().equalsIgnoreCase("state"));
          places.add(place ? new Actor(b.text(), b.start(), b.end(), b.name(), b.country(), b.country(), List.of()) : b);
        }
        targets = places;
      }
      if (code.equals("150") && targets.isEmpty() && Set.of("exercise", "drill", "manoeuvre", "maneuver")
          .contains(s.token(trigger).lemma().toLowerCase(Locale.ROOT))
          && sources.stream().map(Actor::country).filter(java.util.Objects::nonNull).distinct().count() > 1) {
        // "Indian and French navies are conducting an exercise": drills held by the forces of two
        // states together are joint drills, each side's with the other.
        code = "062";
        rule = rule + " (held by two states together -> joint 062)";
      }
      if (targets.isEmpty() && sources.size() > 1 && mutual(trigger, code)) {
        // "Russian and North Korean leaders signed a treaty": each did it with the other.
        for (Actor a : sources) {
          for (Actor b : sources) {
            if (!a.code().equals(b.code())) {
              frames.add(new EventFrame(s, trigger, clause, a, b, code, modality, attribution, null,
                  rule + " (reciprocal)", 0.8));
            }
          }
        }
        return;
      }
      List<Actor> src = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
      List<Actor> tgt = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
      double confidence = !sources.isEmpty() && !targets.isEmpty() ? 0.9 : 0.7;
      for (Actor a : src) {
        boolean any = false;
        for (Actor b : tgt) {
          if (a != null && b != null && a.code().equals(b.code())) {
            continue; // "Ankara warned it could turn to Moscow": no actor acts on itself
          }
          any = true;
          frames.add(new EventFrame(s, trigger, clause, a, b, code, modality, attribution, null, rule, confidence));
        }
        if (!any) {
          frames.add(new EventFrame(s, trigger, clause, a, null, code, modality, attribution, null, rule, 0.7));
        }
      }
    }

    /**
     * CAMEO's fights by weapon: "aircraft struck", "bombed with drones" is aerial (195); "artillery
     * shelled", "attacked with tanks" is artillery and tanks (194). Only the unspecified 190 is refined.
     */
    private String byWeapon(int v, String code) {
      int w = code.equals("190") ? weapon(v) : -1;
      if (w < 0) {
        return code;
      }
      return AERIAL.contains(s.token(w).lemma().toLowerCase(Locale.ROOT)) ? "195" : "194";
    }

    /** Where an envoy is posted: "its ambassador to Germany" is Germany. */
    private List<Actor> postedTo(Actor envoy, int verb) {
      List<Integer> phrases = new ArrayList<>(s.children(indexOf(s, envoy), "nmod"));
      phrases.addAll(s.children(verb, "obl")); // the parser may hang "to Germany" on "recalled"
      for (int c : phrases) {
        if ("to".equals(s.caseMarker(c))) {
          return withConjuncts(c);
        }
      }
      return List.of();
    }

    /** Whether an actor is one of the sources' own, told with a possessive: "its ambassador". */
    private boolean ownPeople(Actor target, List<Actor> sources) {
      int head = indexOf(s, target);
      boolean own = s.children(head, "nmod:poss").stream()
          .anyMatch(c -> OWN_POSSESSIVES.contains(s.token(c).word().toLowerCase(Locale.ROOT)));
      return own && target.country() != null && sources.stream().anyMatch(a -> target.country().equals(a.country()));
    }

    /** A bombing named by what carried the bomb: "a car bomb exploded" 1832, "a roadside bomb" 1833. */
    private String bombKind(int v, String code) {
      int bomb = s.token(v).isNoun() ? v : s.firstChild(v, "nsubj") >= 0 ? s.firstChild(v, "nsubj") : s.firstChild(v, "obj");
      if (bomb >= 0 && (code.equals("180") || code.equals("190")) && s.token(v).isVerb() && s.relation(bomb).equals("nsubj")
          && s.token(bomb).lemma().equalsIgnoreCase("bomb")) {
        code = "183"; // "a roadside bomb hit their convoy": the bomb did it, a bombing
      }
      if (!code.equals("183") || bomb < 0) {
        return code;
      }
      for (int c : s.children(bomb)) {
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        if (c < bomb && (s.relation(c).startsWith("compound") || s.relation(c).equals("amod"))) {
          if (VEHICLES.contains(w)) {
            return "1832";
          }
          if (w.equals("roadside")) {
            return "1833";
          }
        }
        // "a bomb hidden in a parked car", "explosives packed into a truck": the vehicle carried it
        if (c > bomb && s.relation(c).equals("acl")) {
          for (int in : s.children(c, "obl")) {
            if (VEHICLES.contains(s.token(in).lemma().toLowerCase(Locale.ROOT))
                && Set.of("in", "into", "inside").contains(String.valueOf(s.caseMarker(in)))) {
              return "1832";
            }
          }
        }
      }
      return code;
    }

    /**
     * Whether force was done with a chemical agent, named in the object or means of the act or of
     * the verb its participle hangs on: "dropped a chlorine cylinder on Douma, killing 43".
     */
    private boolean chemical(int v) {
      boolean participle = s.head(v) >= 0 && s.token(v).pos().equals("VBG") && (s.baseRelation(v).equals("advcl")
          || s.baseRelation(v).equals("dep") || s.baseRelation(v).equals("xcomp") || s.baseRelation(v).equals("acl"));
      for (int k : participle ? List.of(v, s.head(v)) : List.of(v)) {
        // the parser may hang the participle on the object itself: "a chlorine cylinder ..., killing 11"
        List<Integer> phrases = new ArrayList<>(s.token(k).isNoun() ? List.of(k) : List.of());
        for (int c : s.children(k)) {
          if (s.relation(c).equals("obj") || s.baseRelation(c).equals("obl") && MEANS.contains(String.valueOf(s.caseMarker(c)))) {
            phrases.add(c);
          }
        }
        for (int c : phrases) {
          int[] span = s.subtreeBounds(c);
          StringBuilder text = new StringBuilder();
          for (int i = span[0]; i <= span[1]; i++) {
            text.append(' ').append(s.token(i).word().toLowerCase(Locale.ROOT));
          }
          String words = text.append(' ').toString();
          if (CHEMICAL_AGENTS.stream().anyMatch(a -> words.contains(" " + a + " "))) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether the doer of a killing or attack is a suicide bomber: "a suicide bomber killed 12". */
    private boolean suicideBomber(int v) {
      int subj = s.firstChild(v, "nsubj") >= 0 ? s.firstChild(v, "nsubj") : s.firstChild(v, "obl:agent");
      return subj >= 0 && s.token(subj).lemma().equalsIgnoreCase("bomber")
          && s.children(subj).stream().anyMatch(c -> s.token(c).lemma().equalsIgnoreCase("suicide"));
    }

    /** The weapon that does a fight: its subject or agent, or its "with"/"using" phrase; -1 when none is named. */
    private int weapon(int v) {
      for (int c : s.children(v)) {
        boolean doer = s.relation(c).equals("nsubj") || s.relation(c).equals("obl:agent");
        boolean means = s.baseRelation(c).equals("obl") && MEANS.contains(String.valueOf(s.caseMarker(c)))
            || s.relation(c).equals("advcl") && s.token(c).lemma().equalsIgnoreCase("use") && s.firstChild(c, "obj") >= 0;
        int w = means && s.relation(c).equals("advcl") ? s.firstChild(c, "obj") : c;
        String lemma = s.token(w).lemma().toLowerCase(Locale.ROOT);
        if ((doer || means) && (AERIAL.contains(lemma) || ARTILLERY.contains(lemma))) {
          return w;
        }
      }
      return -1;
    }

    /** A town's people as a force's target: "shelled Kharkiv", "shelled the city of Kharkiv". */
    private Actor townPeople(int c) {
      Actor people = actors.placeAsPeople(c);
      if (people == null && SETTLEMENTS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
        for (int k : s.children(c, "nmod")) {
          if ("of".equals(s.caseMarker(k))) {
            people = actors.placeAsPeople(k);
          }
        }
        Actor whose = people == null && s.children(c, "amod").stream().anyMatch(actors::isDemonym) ? actors.resolve(c) : null;
        if (whose != null && whose.country() != null && whose.sectors().isEmpty()) {
          // "the Armenian town of Jermuk", a town the gazetteer lacks: the people of that country
          people = new Actor(whose.text(), whose.start(), whose.end(), null, whose.country() + "CVL", whose.country(),
              List.of("CVL"));
        }
      }
      return people;
    }

    /**
     * Whether a phrase is an act (an event noun) with only a sector word to say whose: "military
     * aid" names no actor, "Israeli military aid" and "Iran's aid" do.
     */
    private boolean unownedAct(int head) {
      List<Trigger> rows = lexicon.nouns(s.token(head).lemma());
      if (!s.token(head).pos().startsWith("NN") || s.token(head).isProperNoun() || rows.isEmpty()
          || choose(head, rows) == null) {
        return false; // ("a police patrol": only a joint patrol is an act)
      }
      for (int c : s.children(head)) {
        String rel = s.relation(c);
        // "military aid" names no one; "Israeli aid", "Iran's aid", "rallies in Gaza" do
        boolean modifier = rel.equals("amod") || rel.startsWith("compound") || rel.equals("nmod:poss");
        boolean owner = s.baseRelation(c).equals("nmod") && !rel.equals("nmod:poss")
            && OWNER_PREPS.contains(String.valueOf(s.caseMarker(c)));
        if (modifier && (actors.isDemonym(c) || s.token(c).isProperNoun() || rel.equals("nmod:poss"))
            || owner && actors.resolve(c) != null) {
          return false;
        }
      }
      return true;
    }

    /** Whether a word is part of an actor's name ("the World Food Programme" is no programme). */
    private boolean named(int i) {
      return actors.matches().stream().anyMatch(m -> m.first() <= i && i <= m.last());
    }

    /**
     * Whether an act by several sides is done by each with the others: meeting and cooperating
     * ("Chile and Peru signed a treaty"), intending to ("agreed to restore ties"), and
     * fighting each other ("the army and the militia clashed").
     */
    private boolean mutual(int trigger, String code) {
      String lemma = s.token(trigger).lemma().toLowerCase(Locale.ROOT);
      return code.length() >= 3 && (RECIPROCAL.contains(root(code)) || MUTUAL_INTENTS.contains(code.substring(0, 3))
          || MUTUAL_CODES.contains(code) && (!code.equals("161") || CUTTING.contains(lemma))
          || root(code) == 19 && FIGHTS.contains(lemma)
          || EXCHANGED.contains(lemma) && s.token(trigger).isVerb());
    }

    /**
     * Whether clause {@code k} states the aim of {@code h} rather than something done or said: a
     * purpose infinitive ("arrived to protect", "regrouped in order to attack", "so that ..."), the
     * infinitive of a noun ("efforts to impose", "a visit to meet"), "aimed at pressuring", "with
     * the aim of ending". A complement ("agreed to talk", "urged X to leave") is no aim.
     */
    private boolean purpose(int k, int h) {
      String rel = s.baseRelation(k);
      String hl = s.token(h).lemma().toLowerCase(Locale.ROOT);
      boolean to = hasMark(k, "to");
      String hw = s.token(h).word().toLowerCase(Locale.ROOT);
      if (to && (hw.equals("so") || hw.equals("order")) && !s.token(h).isVerb()) {
        return true; // "so as to press", "in order to attack", where the parser hung the verb on "so" or "order"
      }
      if (s.token(h).isNoun()) {
        if (to && (rel.equals("acl") || rel.equals("xcomp")) && ranked(h)) {
          return false; // "the sixth commander to be killed this month", "the first envoy to visit": done
        }
        return to && (rel.equals("xcomp") || rel.equals("acl"))
            || AIMS.contains(hl) && "of".equals(s.caseMarker(k)) && s.token(k).pos().equals("VBG");
      }
      if (!s.token(h).isVerb() || asks(parentCode(h))) {
        return false;
      }
      if (hl.equals("aim") && ("at".equals(s.caseMarker(k)) || k > h + 1 && s.token(k - 1).word().equalsIgnoreCase("at"))) {
        return true;
      }
      if (hl.equals("use") && s.firstChild(h, "obj") >= 0 && s.firstChild(h, "aux:pass") < 0
          && s.firstChild(h, "nsubj:pass") < 0) {
        return false; // "used tear gas to disperse them": the act done with it; "a plane used to spy" is its use
      }
      if (rel.equals("advcl")) {
        return to || hasMark(k, "so") && hasMark(k, "that");
      }
      return (rel.equals("xcomp") || rel.equals("dep")) && to && !INFINITIVE_COMPLEMENT.contains(hl);
    }

    /** Whether a noun is ranked among others by an ordinal: "the third minister", "the latest town", "the only leader". */
    private boolean ranked(int n) {
      for (int c : s.children(n)) {
        String rel = s.relation(c);
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        if ((rel.equals("amod") || rel.equals("nummod")) && (RANKS.contains(w) || w.matches("\\d+(st|nd|rd|th)"))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the clause at {@code k} is the offence a legal act at {@code h} alleges: "arrested
     * for", "accused of", "charged over". The act was alleged, not reported as done.
     */
    private boolean allegedOffence(int k, int h) {
      if (!legal(parentCode(h))) {
        return false;
      }
      for (String m : OFFENCE_PREPS) {
        if (hasMark(k, m) || s.firstChild(k, "case") >= 0 && s.token(s.firstChild(k, "case")).word().equalsIgnoreCase(m)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The alleged offence when the parser left its preposition a loose word: "charged with misconduct
     * for allegedly trying to oust", parsed with "trying" hanging from "for" and "for" from "charged".
     */
    private boolean looseOffence(int k, int h) {
      String w = s.token(h).word().toLowerCase(Locale.ROOT);
      if ((s.baseRelation(k).equals("nmod") || s.relation(k).equals("acl")) && s.token(k).pos().equals("VBG")
          && s.relation(h).equals("obj")
          && OFFENCE_PREPS.contains(String.valueOf(s.caseMarker(k)))) {
        return legal(parentCode(s.head(h))); // "convicted two officers of murdering a lawyer", hung on the officers
      }
      return s.relation(k).equals("dep") && s.token(h).pos().equals("IN") && OFFENCE_PREPS.contains(w)
          && s.head(h) >= 0 && legal(parentCode(s.head(h)));
    }

    /** Coercion, accusation or sentencing: the acts that allege an offence. */
    private boolean legal(String code) {
      return code.length() >= 3 && (root(code) == 17 || code.startsWith("112") || code.startsWith("116"));
    }

    /** The code the coder gave the verb at {@code h}, else its first lexicon row's, else "". */
    private String parentCode(int h) {
      for (EventFrame f : frames) {
        if (f.trigger() == h || f.clause() == h) {
          return f.code();
        }
      }
      // Only a row that needs no particular object or particle says what the bare verb does: "set"
      // is an ultimatum only with a deadline, so "is set to visit" asks nothing.
      for (Trigger r : lexicon.verbs(s.token(h).lemma())) {
        if (r.objectWords().isEmpty() && (r.particle() == null || r.particle().isEmpty())) {
          return r.code();
        }
      }
      return "";
    }

    /** Refines the appeal, demand or threat at {@code h} by the act it asks for or threatens. */
    private void refineParent(int h, String askedCode, List<Actor> askedTargets) {
      for (int i = 0; i < frames.size(); i++) {
        EventFrame f = frames.get(i);
        if (f.trigger() != h && f.clause() != h) {
          continue;
        }
        String code = f.code();
        // A lexicon row that already named what is asked ("urged X to release": 0253) stays.
        boolean generic = code.length() == 3 && code.endsWith("0");
        String refined = !generic ? code : code.startsWith("13") ? threat(askedCode) : appeal(code, askedCode);
        Actor target = f.target() != null || askedTargets.isEmpty() ? f.target() : askedTargets.get(0);
        String rule = f.rule() + (refined.equals(code) ? "" : " (refined -> " + refined + ")")
            + (target != f.target() ? " (target from the asked act)" : "");
        frames.set(i, new EventFrame(f.sentence(), f.trigger(), f.clause(), f.source(), target, refined,
            f.modality(), f.attribution(), f.quote(), rule, target != null && f.source() != null ? 0.9
            : f.confidence()));
      }
    }

    /** Picks the lexicon row whose particle and object words the sentence has, else the plain row. */
    private Trigger choose(int v, List<Trigger> candidates) {
      String read = particle(v);
      // "called on Britain to ...": the parser may read a target's preposition as a particle
      String particle = read != null && candidates.stream().noneMatch(c -> c.particle().equals(read))
          && candidates.stream().anyMatch(c -> c.targetPreps().contains(read)) ? null : read;
      String complement = complement(v);
      Trigger best = null;
      int bestScore = Integer.MIN_VALUE;
      boolean lemmaHasParticles = candidates.stream().anyMatch(c -> !c.particle().isEmpty());
      for (Trigger c : candidates) {
        int score = 0;
        if (!c.particle().isEmpty()) {
          if (!c.particle().equals(particle) && !nextWordIs(v, c.particle())) {
            continue;
          }
          score += 4;
        } else if (particle != null && lemmaHasParticles) {
          continue;
        }
        if (!c.targetPreps().isEmpty()) {
          // "met with X" takes the "with" row, "met X" and "speaks during" the plain one.
          score += hasPrepChild(v, c.targetPreps()) ? 1 : -1;
        }
        if (!c.objectWords().isEmpty()) {
          int matched = objectMatch(v, c, complement);
          if (matched < 0) {
            continue;
          }
          score += 2 + matched;
        }
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      return best;
    }

    private int objectMatch(int v, Trigger c, String complement) {
      int from = 0;
      if (!c.objectPrep().isEmpty()) {
        int p = indexOfWord(complement, c.objectPrep(), 0);
        if (p < 0) {
          return -1;
        }
        from = p;
      }
      int best = -1;
      int object = c.objectPrep().isEmpty() ? s.firstChild(v, "obj") : -1;
      if (object >= 0 && (PROPOSALS.contains(s.token(object).lemma().toLowerCase(Locale.ROOT))
          || BODIES_OF.contains(s.token(object).lemma().toLowerCase(Locale.ROOT)))) {
        // "rejected an offer of talks": what was offered is the object that counts, and so is
        // the act an offer is to ("rejected an offer to mediate"); "received a team of
        // inspectors": who make up the team are
        int offered = -1;
        for (int k : s.children(object, "nmod")) {
          if ("of".equals(s.caseMarker(k)) || "for".equals(s.caseMarker(k))) {
            offered = k;
            break;
          }
        }
        for (int k : s.children(object, "acl")) {
          if (offered < 0 && s.token(k).isVerb() && s.children(k, "mark").stream()
              .anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
            offered = k;
          }
        }
        for (int k : s.children(v, "xcomp")) {
          // the parser may hang the offer's infinitive on the verb: "rejected an offer by X to mediate"
          if (offered < 0 && k > object && s.children(k, "mark").stream()
              .anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
            offered = k;
          }
        }
        object = offered >= 0 ? offered : object;
      }
      List<String> head = object < 0 ? List.of() : List.of(s.token(object).lemma().toLowerCase(Locale.ROOT),
          s.token(object).word().toLowerCase(Locale.ROOT));
      for (String w : c.objectWords()) {
        if (w.equals(IGO_OBJECT) && igoObject(v, c.objectPrep())) {
          best = Math.max(best, 1); // "withdrew from ECOWAS": a body of states named, not a word for one
        } else if (indexOfWord(complement, w, from) >= 0) {
          // The object itself outweighs a word inside it: "stepped up attacks on security forces"
          // is attacking, not security.
          boolean isObject = head.contains(w) || head.stream().anyMatch(h -> w.endsWith(" " + h));
          best = Math.max(best, w.length() / 4 + (isObject ? 3 : 0));
        }
      }
      return best;
    }

    /** Whether the trigger's object, or its phrase of preposition {@code prep}, names an intergovernmental body. */
    private boolean igoObject(int v, String prep) {
      for (int c : s.children(v)) {
        boolean object = prep.isEmpty() ? s.relation(c).equals("obj")
            : s.baseRelation(c).equals("obl") && prep.equals(s.caseMarker(c));
        Actor a = object ? actors.resolve(c) : null;
        if (a != null && a.code().startsWith("IGO")) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a light verb keeps its light sense: with no particle, or "carry out", which only
     * says the act was done ("carried out executions"); "called off a strike" is no strike.
     */
    private boolean plainLight(int v) {
      String p = particle(v);
      return p == null || p.equals("out") && s.token(v).lemma().equalsIgnoreCase("carry");
    }

    private String particle(int v) {
      for (int c : s.children(v)) {
        if (s.relation(c).equals("compound:prt")) {
          return s.token(c).word().toLowerCase(Locale.ROOT);
        }
      }
      // "pull its vessels away from the shoal": a particle after forces moved, read as an adverb
      // ("pull Russia away from China" moves no forces)
      int obj = s.firstChild(v, "obj");
      boolean forces = obj >= 0 && (TROOPS.contains(s.token(obj).word().toLowerCase(Locale.ROOT))
          || Set.of("ship", "vessel", "warship", "boat", "tank", "unit").contains(s.token(obj).lemma().toLowerCase(Locale.ROOT)));
      for (int c : s.children(v, "advmod")) {
        if (forces && c > obj && Set.of("away", "back").contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return s.token(c).word().toLowerCase(Locale.ROOT);
        }
      }
      return null;
    }

    private boolean nextWordIs(int v, String word) {
      // "pull its troops out of the country": the particle read as the first word of "out of"
      for (int c : s.children(v)) {
        int cm = s.baseRelation(c).equals("obl") ? s.firstChild(c, "case") : -1;
        if (cm >= 0 && cm + 1 < s.size() && s.token(cm).word().equalsIgnoreCase(word)
            && s.token(cm + 1).word().equalsIgnoreCase("of") && s.firstChild(v, "obj") >= 0
            && s.firstChild(v, "obj") < cm) {
          return true;
        }
      }
      return v + 1 < s.size() && s.token(v + 1).word().equalsIgnoreCase(word)
          || v + 2 < s.size() && s.token(v + 2).word().equalsIgnoreCase(word) && s.head(v + 2) == v;
    }

    /** The words after the trigger within its own subtree, lower case: what object words are looked for in. */
    private String complement(int v) {
      int[] b = s.subtreeBounds(v);
      StringBuilder out = new StringBuilder(" ");
      // "urged owners of food stalls to serve other meat": whom an appeal is put to is not what it asks
      int addressee = (s.firstChild(v, "xcomp") >= 0 || infinitiveAfterObject(v)) && s.token(v).isVerb()
          && asks(parentCode(v)) ? s.firstChild(v, "obj") : -1;
      for (int i = v + 1; i <= b[1]; i++) {
        // "ordered troops to seal areas where rebels attacked": a relative clause is no part of what was ordered
        if (s.dominates(v, i) && !onPath(v, i, Set.of("acl:relcl")) && !otherClause(v, i)
            && !(addressee >= 0 && (i == addressee || s.dominates(addressee, i)))) {
          if (i > v + 1 && s.token(i - 1).end() == s.token(i).start()
              && (s.token(i).word().equals("-") || s.token(i - 1).word().equals("-"))) {
            out.setLength(out.length() - 1); // "sit-in", split by the tokenizer, is one word
          }
          out.append(s.token(i).word().toLowerCase(Locale.ROOT)).append(' ');
        }
      }
      if (s.relation(v).equals("acl") && s.head(v) >= 0 && s.token(v).pos().equals("VBN")) {
        out.append(s.token(s.head(v)).word().toLowerCase(Locale.ROOT)).append(' '); // "a report to be released"
      }
      if (s.token(v).isNoun() && s.relation(v).equals("obj")) {
        // "opened an investigation into bribery": the parser often hangs the noun's phrase on the verb
        for (int c : s.children(s.head(v))) {
          if (c > v && s.baseRelation(c).equals("obl") && s.caseMarker(c) != null && !otherClause(s.head(v), c)) {
            int[] cb = s.subtreeBounds(c);
            for (int i = cb[0]; i <= cb[1]; i++) {
              out.append(s.token(i).word().toLowerCase(Locale.ROOT)).append(' ');
            }
          }
        }
      }
      for (int c : s.children(v)) {
        // A noun's premodifiers count too: "ethnic cleansing", "air strike"; and what a passive
        // was done to: "the report was released".
        if (c < v && (s.relation(c).equals("obj") || s.baseRelation(c).equals("obl") || s.relation(c).equals("nsubj:pass")
            || s.token(v).isNoun() && (s.relation(c).equals("amod") || s.relation(c).startsWith("compound")))) {
          int[] cb = s.subtreeBounds(c);
          for (int i = cb[0]; i <= cb[1]; i++) {
            out.append(s.token(i).word().toLowerCase(Locale.ROOT)).append(' ');
          }
        }
      }
      return out.toString();
    }

    /**
     * Whether token {@code i} lies in another clause hung on verb {@code v}: a conjoined verb, an
     * adverbial clause or phrase of time or circumstance ("suspended a clerk after lawyers boycotted
     * courts to protest", "suspended talks after protests": no protest was suspended). Complement
     * clauses stay: "accused X of committing war crimes", "called on Russia to withdraw".
     */
    /**
     * "urged owners of food stalls that serve meat to close early", the parser hanging the "to" clause
     * elsewhere under the verb: an infinitive after the object, outside it, still says what is asked.
     */
    private boolean infinitiveAfterObject(int v) {
      int o = s.firstChild(v, "obj");
      if (o < 0) {
        return false;
      }
      int[] b = s.subtreeBounds(v);
      for (int i = s.subtreeBounds(o)[1] + 1; i <= b[1] && i < s.size(); i++) {
        int at = i;
        if (SUBORDINATORS.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
          return false; // "demanded a truce before allowing convoys to pass": that infinitive is another clause's
        }
        if (s.token(i).isVerb() && s.dominates(v, i) && !s.dominates(o, i) && !otherClause(v, i)
            && s.children(i, "mark").stream().anyMatch(m -> m < at && s.token(m).word().equalsIgnoreCase("to"))) {
          return true;
        }
      }
      return false;
    }

    private boolean otherClause(int v, int i) {
      int k = i;
      for (; k >= 0 && s.head(k) != v; k = s.head(k)) {
        // "seeking to finalize the deal after Trump said he would support it": the time clause
        // may hang on a verb below the trigger
        if (CIRCUMSTANCE.contains(String.valueOf(s.caseMarker(k))) || subordinate(k)) {
          return true;
        }
      }
      if (k < 0) {
        return false;
      }
      String rel = s.relation(k);
      return rel.equals("conj") && s.token(k).isVerb() || rel.equals("parataxis") || subordinate(k)
          || CIRCUMSTANCE.contains(String.valueOf(s.caseMarker(k)));
    }

    /**
     * An adverbial clause opened by a subordinator of time or circumstance ("after", "because"),
     * also when the parser hung it as a clause on a noun ("sent tents, expecting rain as troops
     * moved in": an acl on "rain").
     */
    private boolean subordinate(int k) {
      String rel = s.relation(k);
      return (rel.equals("advcl") || (rel.equals("acl") || rel.equals("dep")) && s.token(k).isVerb())
          && s.children(k, "mark").stream().anyMatch(m -> SUBORDINATORS.contains(
          s.token(m).word().toLowerCase(Locale.ROOT)));
    }

    private List<Actor> subjects(int v) {
      int speaker = closingSpeakerBefore(v);
      if (speaker >= 0) {
        return withConjuncts(speaker);
      }
      boolean adjunct = false;
      boolean complement = false;
      if (v > 0 && s.token(v).pos().equals("VBG") && s.token(v - 1).word().equals(",") && s.firstChild(v, "nsubj") < 0
          && s.relation(v).equals("dep") && s.head(v) >= 0 && s.relation(s.head(v)).equals("xcomp")) {
        // "rejected a plan to reopen roads around Taiz, accusing the government": a participle set off
        // by a comma that the parser hung on an infinitive is the clause's own
        int up = s.head(v);
        while (up >= 0 && !(s.token(up).isVerb() && s.firstChild(up, "nsubj") >= 0)) {
          up = s.head(up);
        }
        if (up >= 0) {
          return withConjuncts(s.firstChild(up, "nsubj"));
        }
      }
      for (int k = v, guard = 0; k >= 0 && guard < 6; guard++) {
        int subj = s.firstChild(k, "nsubj");
        if (subj >= 0 && !s.relation(subj).equals("nsubj:pass")) {
          return withConjuncts(subj);
        }
        int clausal = s.firstChild(k, "csubj");
        if (subj < 0 && clausal >= 0 && s.firstChild(clausal, "nsubj") >= 0 && s.firstChild(clausal, "obj") >= 0
            && s.firstChild(clausal, "mark") < 0 && s.firstChild(clausal, "aux") < 0
            && s.firstChild(k, "aux") >= 0 && !s.token(k).pos().equals("VBD")) {
          // "Junta ruled Myanmar has been buying ...": "X-ruled Y" written without its hyphen
          // is read as a clause; a clause has no "has been", so the subject is the ruled Y.
          return withConjuncts(s.firstChild(clausal, "obj"));
        }
        if (s.firstChild(k, "nsubj:pass") >= 0 && k != v) {
          // "was released after apologizing": who apologized is who was released; "was hit by
          // gunmen, killing three": the killing is the gunmen's
          // "is expected to visit", "was urged to leave": the passive's subject does the complement
          return adjunct || complement ? withConjuncts(s.firstChild(k, "nsubj:pass")) : agents(k);
        }
        String rel = s.relation(k);
        int h = s.head(k);
        if (h < 0) {
          break;
        }
        if (rel.equals("conj") || rel.equals("advcl") && (s.token(k).pos().equals("VBG") || hasMark(k, "to"))
            // The parser's "dep" between two verbs is mostly a chain it could not label ("resume shelling").
            || rel.equals("dep") && s.token(k).isVerb() && s.token(h).isVerb()) {
          adjunct = rel.equals("advcl") && (s.firstChild(k, "mark") >= 0 || s.firstChild(k, "case") >= 0) && !hasMark(k, "to");
          k = h;
        } else if ((rel.equals("xcomp") || rel.equals("acl")) && s.token(h).isNoun() && hasMark(k, "to")
            && s.firstChild(h, "nmod:poss") >= 0) {
          return withConjuncts(s.firstChild(h, "nmod:poss")); // "Iran's refusal to talk": Iran would talk
        } else if (rel.equals("xcomp")) {
          int obj = s.firstChild(h, "obj");
          // "sent troops to guard the border": the troops guard; "gathered outside parliament to
          // demand", "were making bombs to attack": the subject aims at it, not the object
          if (obj >= 0 && (!purpose(k, h) || SENDING.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)))) {
            return withConjuncts(obj);
          }
          complement = true;
          k = h;
        } else if (rel.equals("acl") && !s.token(k).pos().equals("VBN")) {
          return withConjuncts(h);
        } else {
          break;
        }
      }
      return List.of();
    }

    /**
     * "was killed in a shootout with police", "were wounded in an army raid": with no by-phrase,
     * the other side of the fight the victims fell in did it. Fights between others name no side.
     */
    private List<Actor> sideInFight(int v) {
      for (int c : s.children(v)) {
        String lemma = s.token(c).lemma().toLowerCase(Locale.ROOT);
        if (!s.baseRelation(c).equals("obl") || !IN_FIGHT.contains(String.valueOf(s.caseMarker(c)))) {
          continue;
        }
        if (FIGHTS.contains(lemma)) {
          for (int n : s.children(c, "nmod")) {
            if ("with".equals(s.caseMarker(n))) {
              return withConjuncts(n);
            }
          }
        } else if (RAIDS.contains(lemma)) {
          for (int n : s.children(c)) {
            String rel = s.baseRelation(n);
            if (rel.equals("compound") || rel.equals("amod") || rel.equals("nmod") && "by".equals(s.caseMarker(n))) {
              List<Actor> side = withConjuncts(n);
              if (!side.isEmpty()) {
                return side;
              }
            }
          }
        }
      }
      return List.of();
    }

    private List<Actor> agents(int v) {
      for (int c : s.children(v)) {
        if (s.relation(c).equals("obl:agent") || s.baseRelation(c).equals("obl") && "by".equals(s.caseMarker(c))) {
          return withConjuncts(c);
        }
      }
      return passiveConjunct(v) ? agents(s.head(v)) : List.of(); // "were detained by police or harassed"
    }

    /**
     * "was arrested in Lebanon": only a state's police arrest, so with no agent the country the
     * arrest happens in, named by its name or capital, is the arrester (COP).
     */
    private List<Actor> arrestingState(int v) {
      for (int c : s.children(v)) {
        if (s.baseRelation(c).equals("obl") && Set.of("in", "near", "outside").contains(String.valueOf(s.caseMarker(c)))) {
          Actor place = actors.resolve(c);
          String iso = place == null ? null : place.country();
          if (iso != null && (place.code().equals(iso) || place.code().equals(iso + "GOV"))) {
            return List.of(new Actor(place.text(), place.start(), place.end(), place.name(), iso + "COP", iso,
                List.of("COP")));
          }
        }
      }
      return List.of();
    }

    /** "a trade war", "a war of words", "a price battle": the words of war for what is no fighting. */
    private boolean figurative(int n) {
      if (!WARLIKE.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))) {
        return false;
      }
      for (int c : s.children(n)) {
        String w = s.token(c).lemma().toLowerCase(Locale.ROOT);
        String rel = s.baseRelation(c);
        String cm = String.valueOf(s.caseMarker(c));
        if ((rel.equals("compound") || rel.equals("amod")) && FIGURATIVE.contains(w)
            || rel.equals("nmod") && CONTESTS.contains(w) && cm.equals("of")
            || rel.equals("nmod") && ABSTRACT.contains(w) && AGAINST.contains(cm)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Fighting an uphill battle", "fought corruption", "battled the odds", "attacked press
     * freedom": a verb of fighting whose object or opponent is a figure of fighting, a value or an
     * ill, not anyone who could be hurt.
     */
    private boolean figurativeFight(int v) {
      for (int c : s.children(v)) {
        String rel = s.baseRelation(c);
        String cm = String.valueOf(s.caseMarker(c));
        boolean opponent = rel.equals("obj") || rel.equals("obl") && cm.equals("against");
        if (opponent && (ABSTRACT.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)) || figurative(c))) {
          return true;
        }
      }
      return false;
    }

    /** "Not marching in lockstep": walking in step is a figure of agreeing, no demonstration. */
    private boolean inStep(int v) {
      return s.children(v, "obl").stream().anyMatch(c -> "in".equals(s.caseMarker(c))
          && IN_STEP.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)));
    }

    /** An object that is a place, or a share of one ("about 20 percent of Ukraine", "parts of Kharkiv"). */
    private boolean placeTaken(int object) {
      int o = object;
      if (SHARES.contains(s.token(o).lemma().toLowerCase(Locale.ROOT))) {
        o = s.children(o, "nmod").stream().filter(c -> "of".equals(s.caseMarker(c))).findFirst().orElse(-1);
      }
      return o >= 0 && s.token(o).ner().equals("LOCATION") && s.token(o).isProperNoun();
    }

    /** "were blocked or harassed": a participle sharing a passive verb's subject and auxiliaries. */
    /**
     * A bare participle said of the verb's object: "found the villagers abducted", "rescued the
     * passengers freed so far". The object underwent it; the subject did not do it.
     */
    private boolean objectPredicate(int v) {
      int h = s.head(v);
      return s.token(v).pos().equals("VBN") && s.relation(v).equals("xcomp") && s.firstChild(v, "mark") < 0
          && s.firstChild(v, "aux") < 0 && h >= 0 && s.firstChild(h, "obj") >= 0 && s.firstChild(h, "obj") < v;
    }

    private boolean passiveConjunct(int v) {
      int h = s.head(v);
      return s.relation(v).equals("conj") && s.token(v).pos().equals("VBN") && h >= 0
          && s.firstChild(v, "nsubj") < 0 && s.firstChild(v, "aux") < 0
          && (s.firstChild(h, "aux:pass") >= 0 || s.firstChild(h, "nsubj:pass") >= 0);
    }

    private List<Actor> passiveTargets(int v) {
      int subj = s.firstChild(v, "nsubj:pass");
      if (subj >= 0) {
        return withConjuncts(subj);
      }
      if (s.relation(v).equals("acl") || s.relation(v).equals("amod")) {
        return withConjuncts(s.head(v));
      }
      if (bareParticiple(v)) {
        return withConjuncts(s.firstChild(v, "nsubj"));
      }
      if (s.relation(v).equals("conj")) {
        int h = s.head(v);
        int hs = s.firstChild(h, "nsubj:pass");
        if (hs >= 0) {
          return withConjuncts(hs);
        }
      }
      return List.of();
    }

    private List<Actor> targets(int v, Trigger t) {
      int obj = object(v);
      if (obj >= 0 && !lexicon.nouns(s.token(obj).lemma()).isEmpty()) {
        // "condemned an attack by Chadian soldiers in Mali": whoever did the act is the target;
        // so is who staged it ("prevented the rally staged by students").
        List<Integer> doers = new ArrayList<>(s.children(obj, "nmod"));
        for (int a : s.children(obj, "acl")) {
          if (s.token(a).pos().equals("VBN")) {
            doers.addAll(s.children(a, "obl"));
          }
        }
        for (int c : doers) {
          List<Actor> out = "by".equals(s.caseMarker(c)) ? withConjuncts(c) : List.of();
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      List<Actor> stagers = stagedBy(v);
      if (!stagers.isEmpty()) {
        return stagers;
      }
      List<Integer> candidates = new ArrayList<>();
      for (int c : s.children(v)) {
        if (s.baseRelation(c).equals("obl") && !s.relation(c).equals("obl:agent") && !s.relation(c).equals("obl:tmod")) {
          String cm = s.caseMarker(c);
          if (cm != null && t.targetPreps().contains(cm)) {
            candidates.add(c);
          }
        }
      }
      for (int c : s.children(v)) {
        if (asks(t.code()) && s.baseRelation(c).equals("obl") && "from".equals(s.caseMarker(c))) {
          candidates.add(c); // "sought aid from Russia": whom a request goes to, before what is asked
        }
      }
      // "massed troops", "deployed riot police": a show of force moves the actor's own forces
      boolean ownForces = t.code().matches("\\d\\d.*") && root(t.code()) == 15
          || SENDING.contains(s.token(v).lemma().toLowerCase(Locale.ROOT)); // "sent an envoy to Lima": one's own envoy
      for (int c : s.children(v)) {
        if ((s.relation(c).equals("obj") || s.relation(c).equals("iobj")) && !triggerNoun(c, t) && !ownForces
            && !sharedThing(c, t)) {
          candidates.add(c);
        }
      }
      if (obj >= 0 && !candidates.contains(obj) && !triggerNoun(obj, t) && !ownForces && !sharedThing(obj, t)) {
        candidates.add(obj);
      }
      if (obj >= 0 && sharedThing(obj, t)) {
        // "sharing intelligence with Paraguayan authorities", the partner hung on what is shared
        for (int c : s.children(obj, "nmod")) {
          if ("with".equals(s.caseMarker(c))) {
            candidates.add(c);
          }
        }
      }
      if (ownForces && obj >= 0) {
        // "strengthened its forces in Lebanon": where the forces are sent or massed is whom they face
        for (int c : s.children(obj, "nmod")) {
          if (FORCES_AT.contains(String.valueOf(s.caseMarker(c)))) {
            candidates.add(c);
          }
        }
      }
      if (t.targetPreps().isEmpty()) {
        for (int c : s.children(v)) {
          // "charged him with terrorizing residents", "arrested with weapons": the offence or what was
          // found on someone, not whom the act is done to.
          boolean offence = t.code().startsWith("17") && "with".equals(s.caseMarker(c));
          String cm = String.valueOf(s.caseMarker(c));
          if (s.baseRelation(c).equals("obl") && (TARGET_PREPS.contains(cm) || ownForces && SHOWN_AT.contains(cm)) && !offence
              && !channel(c)) {
            candidates.add(c);
          }
        }
      }
      if (t.code().startsWith("07") || t.code().startsWith("033") || t.code().startsWith("163") || t.code().startsWith("063")) {
        // "provided drones to the Ukrainian army": aid goes to whom it is given, not to what is given;
        // "banned imports from Indonesia": an embargo is on whom the goods come from; "extradited a
        // smuggler to Spain": judicial cooperation is with the state that receives him
        String to = t.code().startsWith("163") ? "from" : "to";
        for (int c : s.children(v)) {
          if (s.baseRelation(c).equals("obl") && to.equals(s.caseMarker(c))) {
            candidates.remove(Integer.valueOf(c));
            candidates.add(0, c);
          }
        }
        if (t.code().startsWith("07") && obj >= 0 && s.children(v).stream()
            .noneMatch(c -> s.baseRelation(c).equals("obl") && "to".equals(s.caseMarker(c)))) {
          // "approved a loan for Pakistan": the aid's own "for" or "to" names who receives it
          for (int c : s.children(obj, "nmod")) {
            if (Set.of("for", "to").contains(String.valueOf(s.caseMarker(c)))) {
              candidates.remove(Integer.valueOf(c));
              candidates.add(0, c);
            }
          }
          // "a loan for Pakistan to rebuild homes", parsed as a clause whose subject is Pakistan
          for (int k : Stream.concat(s.children(obj).stream(), s.children(v).stream()).toList()) {
            int subj = s.firstChild(k, "nsubj");
            if (subj >= 0 && subj < k && s.children(k, "mark").stream()
                .anyMatch(m -> s.token(m).word().equalsIgnoreCase("for") && m < subj)) {
              candidates.remove(Integer.valueOf(subj));
              candidates.add(0, subj);
            }
          }
        }
      }
      if (obj < 0) {
        // "found 25 soldiers guilty", "declared the party illegal": the parser makes the one judged
        // the subject of the small clause the verb takes
        for (int x : s.children(v, "xcomp")) {
          int judged = s.firstChild(x, "nsubj");
          if (judged >= 0 && !s.token(x).isVerb()) {
            candidates.add(judged);
          }
        }
        if (shotDead(v) >= 0) {
          candidates.add(shotDead(v));
        }
        for (int x : s.children(v, "dep")) {
          if (bareParticiple(x)) {
            candidates.add(s.firstChild(x, "nsubj")); // "released two soldiers captured in a clash"
          }
        }
      }
      // Taking a town is done to whoever held it, not to its people: occupation (192) keeps its target.
      boolean force = t.code().matches("\\d\\d.*") && root(t.code()) >= 18 && root(t.code()) <= 20
          && !t.code().startsWith("192");
      for (int c : candidates) {
        Actor people = force ? townPeople(c) : null;
        if (people != null) {
          return List.of(people); // "shelled Juba": the town's people, not its government
        }
        List<Actor> out = withConjuncts(c);
        if (out.isEmpty() && "to".equals(s.caseMarker(c)) && s.baseRelation(c).equals("obl")) {
          out = destination(c); // "dispatched inspectors to a plant in northern Syria": to Syria
        }
        if (!out.isEmpty()) {
          return out;
        }
      }
      // "blamed the unrest on foreign agents", "cut ties with Armenia", "called for action
      // against the police": the target hangs inside the object or the asked-for thing.
      Set<String> preps = t.targetPreps().isEmpty() ? TARGET_PREPS : t.targetPreps();
      List<Integer> holders = new ArrayList<>();
      if (obj >= 0) {
        holders.add(obj);
      }
      for (int c : s.children(v)) {
        if (asks(t.code()) && s.baseRelation(c).equals("obl") && "for".equals(s.caseMarker(c))) {
          holders.add(c);
        }
      }
      for (int holder : holders) {
        Set<String> inside = new java.util.HashSet<>(holder == obj ? preps : TARGET_PREPS);
        inside.add("between"); // "hosted a meeting between Israel and the PLO", "brokered a truce between"
        if (holder == obj && asks(t.code())) {
          inside.addAll(ASKED_OF);
        }
        if (holder == obj) {
          inside.add("by"); // "rejected a proposal by France", "protested violations by fundamentalists"
          if (t.code().startsWith("163")) {
            inside.add("from"); // "banned imports of beef from Indonesia"
          }
        }
        for (int i = holder + 1; i < s.size(); i++) {
          String cm = s.caseMarker(i);
          if (cm != null && inside.contains(cm) && s.dominates(holder, i) && !channel(i)
              && (s.baseRelation(i).equals("nmod") || openingRelative(i))) {
            List<Actor> out = withConjuncts(i);
            if (!out.isEmpty()) {
              return out;
            }
          }
        }
      }
      if (obj >= 0) {
        // "protest the abuses under the new code by the police": an active verb has no agent,
        // so a by-phrase the parser hung on it names who did what the object is.
        for (int c : s.children(v)) {
          List<Actor> out = s.baseRelation(c).equals("obl") && "by".equals(s.caseMarker(c)) && s.token(c).isNoun()
              ? withConjuncts(c) : List.of();
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      List<Actor> pressers = pressing(v, t.code().startsWith("12"));
      if (!pressers.isEmpty()) {
        return pressers;
      }
      if (obj >= 0 && t.code().matches("\\d\\d.*") && root(t.code()) <= 13 && s.token(obj).isNoun()) {
        // "rejected the Israeli proposal", "welcomed Iran's offer": a thing answered in words is
        // aimed at whose it is (not so for force: "shelled a Syrian town" is no act on Syria).
        List<Actor> owners = owners(obj);
        if (!owners.isEmpty()) {
          return owners;
        }
      }
      int r = t.code().matches("\\d\\d.*") ? root(t.code()) : -1;
      List<Actor> addressed = r >= 0 && SAID.contains(r) ? letterTo(v) : List.of();
      if (!addressed.isEmpty()) {
        return addressed;
      }
      List<Actor> embedded = r == 3 || r == 12 || r == 13 ? embeddedTargets(v) : List.of();
      return embedded.isEmpty() && r == 13 ? triggering(v) : embedded;
    }

    /**
     * "In a letter to the Security Council, Iran demanded ...": words sent in a letter or message
     * are addressed to whom it went.
     */
    private List<Actor> letterTo(int v) {
      for (int c : s.children(v, "obl")) {
        if (!"in".equals(s.caseMarker(c)) || !LETTERS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (int d : s.children(c, "nmod")) {
          if ("to".equals(s.caseMarker(d))) {
            List<Actor> out = withConjuncts(d);
            if (!out.isEmpty()) {
              return out;
            }
          }
        }
      }
      return List.of();
    }

    /**
     * "warned it would retaliate if Chile and Peru went ahead": with no target named by the threat
     * itself, whose act would set it off is whom it is made against.
     */
    private List<Actor> triggering(int v) {
      for (int x : s.children(v)) {
        if (s.relation(x).equals("ccomp") || s.relation(x).equals("xcomp")) {
          List<Actor> out = settingOff(x);
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      return List.of();
    }

    /** Who would set off the act at {@code x}: the doer of its "if" or "unless" clause ("would retaliate if Finland joined"). */
    private List<Actor> settingOff(int x) {
      for (int a : s.children(x, "advcl")) {
        // "if Turkey is sanctioned": a passive's subject suffers the act; its agent would do it
        int subj = s.children(a).stream().filter(c -> s.relation(c).equals("nsubj") || s.relation(c).equals("obl:agent"))
            .findFirst().orElse(-1);
        List<Actor> out = (hasMark(a, "if") || hasMark(a, "unless")) && subj >= 0 ? withConjuncts(subj) : List.of();
        if (!out.isEmpty()) {
          return out;
        }
      }
      return List.of();
    }

    /**
     * "Two guards died when a bomb went off": a violent act with no target of its own is aimed at
     * those who died in it.
     */
    List<EventFrame> aimedAtTheDead(List<EventFrame> frames) {
      List<EventFrame> out = new ArrayList<>();
      for (EventFrame f : frames) {
        int v = f.trigger();
        int clause = s.token(v).isNoun() && s.baseRelation(v).equals("nsubj") ? s.head(v) : f.clause();
        int up = clause >= 0 ? s.head(clause) : -1;
        List<Actor> dead = f.target() != null || root(f.code()) < 18 || up < 0 || !s.baseRelation(clause).equals("advcl")
            || !CasualtyCounter.when(s, clause) || !s.token(up).lemma().equalsIgnoreCase("die")
            || s.firstChild(up, "nsubj") < 0 ? List.of() : withConjuncts(s.firstChild(up, "nsubj"));
        out.add(dead.isEmpty() || sameCode(dead.get(0), f.source()) ? f
            : new EventFrame(s, v, f.clause(), f.source(), dead.get(0), f.code(), f.modality(), f.attribution(),
                f.quote(), f.rule() + " (aimed at those who died)", f.confidence()));
      }
      return out;
    }

    /**
     * "Agreed to reopen its borders to UN peacekeepers", "threatened to ban voting in East
     * Jerusalem": with no target of its own, an intent, threat or refusal is aimed at whom the
     * act it names (a verb no row codes) is done to or for.
     */
    private List<Actor> embeddedTargets(int v) {
      for (int c : s.children(v, "xcomp")) {
        if (c < v || !s.token(c).isVerb() || !hasMark(c, "to")) {
          continue;
        }
        for (int d : s.children(c)) {
          boolean argument = s.relation(d).equals("obj") || s.relation(d).equals("iobj")
              || s.baseRelation(d).equals("obl") && TARGET_PREPS.contains(String.valueOf(s.caseMarker(d)));
          List<Actor> out = argument ? withConjuncts(d) : List.of();
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      return List.of();
    }

    /**
     * "Prevented the demonstration staged by students", "broke up a sit-in staged by students": the
     * parser may read the participle as a clause of the verb (the thing staged its subject, or a
     * loose part of it); who staged what is stopped is still the target.
     */
    private List<Actor> stagedBy(int v) {
      for (int c : s.children(v)) {
        String rel = s.relation(c);
        if (c < v || !s.token(c).pos().equals("VBN") || !(rel.equals("dep") || rel.equals("xcomp") || rel.equals("ccomp"))
            || s.firstChild(c, "aux") >= 0 || s.firstChild(c, "aux:pass") >= 0 || s.firstChild(c, "mark") >= 0) {
          continue;
        }
        int subj = s.firstChild(c, "nsubj");
        boolean staged = subj >= 0 ? subj > v && !lexicon.nouns(s.token(subj).lemma()).isEmpty()
            : STAGING.contains(s.token(c).lemma().toLowerCase(Locale.ROOT));
        if (staged) {
          List<Actor> out = agents(c);
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      return List.of();
    }

    /**
     * The verb's object; "refused Monday a U.N. request" is often parsed with the object hanging
     * off the date as a loose dependent.
     */
    private int object(int v) {
      int obj = s.firstChild(v, "obj");
      for (int k : s.children(v, "ccomp")) {
        int n = s.firstChild(k, "nsubj");
        if (obj < 0 && k > v && SPEECH_ONLY.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)) && n > v
            && s.subtreeBounds(n)[0] == v + 1 && s.firstChild(n, "appos") >= 0) {
          // "reject proposed Azerbaijani changes to the plan, chief negotiator Ara Petrosyan said": the
          // object read as the subject of the trailing "said", its real speaker as an apposition.
          obj = n;
        }
      }
      for (int c : s.children(v, "obl:tmod")) {
        for (int d : s.children(c, "dep")) {
          if (obj < 0 && d > c && s.token(d).isNoun()) {
            obj = d;
          }
        }
      }
      // (A clause with no relative pronoun may be hung on its noun as a bare "dep": "the journalists police arrested".)
      boolean relative = s.relation(v).equals("acl:relcl") || s.relation(v).equals("dep") && s.head(v) >= 0
          && s.token(s.head(v)).isNoun() && s.token(v).isVerb();
      if (relative && s.head(v) >= 0 && s.head(v) < v
          && (obj >= 0 && RELATIVE_OBJECTS.contains(s.token(obj).word().toLowerCase(Locale.ROOT)) || obj < 0 && objectGap(v))) {
        obj = s.head(v); // "officials it accused of fraud", "the envoy whom Iran expelled": the noun the clause is on
      }
      return obj;
    }

    /** Whether a relative clause lacks its object: it has a subject of its own and no "where" or "when". */
    private boolean objectGap(int v) {
      int subj = s.firstChild(v, "nsubj");
      if (subj < 0 || subj > v || SPEECH.contains(s.token(v).lemma().toLowerCase(Locale.ROOT)) // what is said is a clause
          || RELATIVE_OBJECTS.contains(s.token(subj).word().toLowerCase(Locale.ROOT))
          || s.token(subj).word().equalsIgnoreCase("who")) {
        return false;
      }
      for (int c : s.children(v)) {
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        if (c < v && (w.equals("where") || w.equals("when") || w.equals("why") || w.equals("how"))
            || s.relation(c).equals("ccomp") || s.relation(c).equals("xcomp") && !s.token(c).isVerb()) {
          return false;
        }
      }
      return true;
    }

    /** "held a summit in Russia": the trigger noun is the light verb's object, not an actor. */
    private boolean triggerNoun(int c, Trigger t) {
      return t.pos() == 'N' && (s.token(c).lemma().equalsIgnoreCase(t.lemma())
          || ROUNDS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)) && s.children(c, "nmod").stream()
          .anyMatch(n -> "of".equals(s.caseMarker(n)) && s.token(n).lemma().equalsIgnoreCase(t.lemma())));
    }

    /**
     * "share intelligence", "exchange information": in material cooperation the object the row names
     * is what is shared, not the partner, even where a noun like "intelligence" could name an actor.
     */
    private boolean sharedThing(int c, Trigger t) {
      return t.code().startsWith("06") && t.objectWords().contains(s.token(c).lemma().toLowerCase(Locale.ROOT));
    }

    /** The country a destination lies in ("to a plant in northern Syria"), as the place it is. */
    private List<Actor> destination(int c) {
      List<Integer> places = new ArrayList<>(s.children(c, "nmod"));
      for (int d : s.children(s.head(c), "obl")) {
        if (s.subtreeBounds(d)[0] == s.subtreeBounds(c)[1] + 1) {
          places.add(d); // "to a plant in northern Syria", the parser hanging "in Iran" on the verb
        }
      }
      for (int d : places) {
        // "to its border with Azerbaijan": a border sent to faces the country it is shared with
        if ("in".equals(s.caseMarker(d)) || "with".equals(s.caseMarker(d))
            && FRONTIERS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
          List<Actor> out = withConjuncts(d).stream().filter(a -> a.code().equals(a.country())).toList();
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      return List.of();
    }

    /**
     * Whether token {@code i}, a dependent of a relative clause, stands before the clause's relative
     * word: "brokered talks between Chad and Sudan, whose border ...", where the
     * parser gave the clause the phrase that belongs to the noun.
     */
    private boolean openingRelative(int i) {
      int h = s.head(i);
      if (h < 0 || !s.relation(h).equals("acl:relcl") || !s.baseRelation(i).equals("obl")) {
        return false;
      }
      for (int w = 0; w < i; w++) {
        if (s.token(w).pos().startsWith("W") && s.dominates(h, w)) {
          return false;
        }
      }
      return IntStream.range(i + 1, h).anyMatch(w -> s.token(w).pos().startsWith("W") && s.dominates(h, w));
    }

    /**
     * Who presses for what is refused: "declined to resign despite pressure by the anti-graft
     * commission", "rejected the plan despite calls from the UN". A refusal's own verb or the one
     * it embeds may carry the phrase.
     */
    /** Whether the verb's object is something someone named asked or offered: "rejected Iran's demand", "an invitation from Peru". */
    private boolean proposalOwned(int v) {
      int obj = s.firstChild(v, "obj");
      return obj >= 0 && PROPOSALS.contains(s.token(obj).lemma().toLowerCase(Locale.ROOT)) && !owners(obj).isEmpty();
    }

    /** Whose a thing is: "the Israeli proposal", "Iran's offer", "a UN plan", "an appeal from France". */
    private List<Actor> owners(int thing) {
      for (int c : s.children(thing)) {
        String rel = s.relation(c);
        // an adjective only as a people's: "the Israeli proposal", not "joint military drills"
        if (c < thing && (rel.equals("amod") && actors.isDemonym(c) || rel.equals("nmod:poss") || rel.startsWith("compound"))
            || c > thing && PROPOSALS.contains(s.token(thing).lemma().toLowerCase(Locale.ROOT)) && s.baseRelation(c).equals("nmod")
                && ASKED_OF.contains(String.valueOf(s.caseMarker(c)))) {
          List<Actor> out = withConjuncts(c);
          if (!out.isEmpty()) {
            return out;
          }
        }
      }
      return List.of();
    }

    private List<Actor> pressing(int v, boolean refusal) {
      for (int k : List.of(v, s.head(v))) {
        boolean refused = k == v ? refusal : k >= 0 && s.relation(v).equals("xcomp")
            && REFUSE.contains(s.token(k).lemma().toLowerCase(Locale.ROOT));
        if (!refused) {
          continue;
        }
        for (int c : s.children(k)) {
          if (!s.baseRelation(c).equals("obl") || !"despite".equals(s.caseMarker(c))
              || !PRESSURE.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
            continue;
          }
          for (int d : s.children(c)) {
            if (s.baseRelation(d).equals("nmod") && ASKED_OF.contains(String.valueOf(s.caseMarker(d)))
                || s.relation(d).equals("nmod:poss")) {
              List<Actor> out = withConjuncts(d);
              if (!out.isEmpty()) {
                return out;
              }
            }
          }
        }
      }
      return List.of();
    }

    private List<Actor> withConjuncts(int head) {
      String pos = s.token(head).pos();
      if ((pos.equals("WP") || pos.equals("WDT")) && s.head(head) >= 0 && s.relation(s.head(head)).equals("acl:relcl")) {
        // "journalists who were abducted": "who" is the journalists.
        head = s.head(s.head(head));
      }
      int of = s.firstChild(head, "nmod");
      if ((QUANTITY.contains(s.token(head).word().toLowerCase(Locale.ROOT))
          || GROUPINGS.contains(s.token(head).lemma().toLowerCase(Locale.ROOT))) && of >= 0 && "of".equals(s.caseMarker(of))) {
        head = of; // "scores of Congolese and Burundian refugees": the refugees, with their conjuncts
      }
      List<Actor> out = new ArrayList<>();
      addResolved(head, out);
      List<Integer> conjuncts = s.children(head, "conj");
      Actor lead = out.isEmpty() ? null : out.get(0);
      for (int c : conjuncts) {
        Actor side = lead == null || unownedAct(c) ? null : actors.conjoinedSide(lead, c);
        if (side != null) {
          addActor(side, out); // "the Colombian government and the rebels": the rebels are Colombia's
        } else {
          addResolved(c, out);
        }
      }
      if (out.size() > 1 && !conjuncts.isEmpty() && actors.isDemonym(head) && !s.token(head).pos().endsWith("S")
          && out.get(0).sectors().isEmpty() && out.get(0).code().equals(out.get(0).country())) {
        // "Sierra Leonean and Liberian refugees", parsed with the first demonym as the head: both are refugees.
        Actor first = out.get(0);
        List<String> sec = out.get(out.size() - 1).sectors();
        out.set(0, new Actor(first.text(), first.start(), first.end(), first.name(),
            first.country() + String.join("", sec), first.country(), sec));
      }
      return out;
    }

    private void addResolved(int head, List<Actor> out) {
      if (unownedAct(head)) {
        return; // "suspended military aid", "held joint military drills": an act's kind names no actor
      }
      for (Actor a : actors.resolveAll(head)) {
        addActor(a, out);
      }
    }

    private void addActor(Actor a, List<Actor> out) {
      if (a != null && a.code() != null && a.code().contains("/")) {
        // An imported entry naming several actors ("[FRO/BIL/SAM]"): one actor each.
        for (String part : a.code().split("/")) {
          Actor p = new Actor(a.text(), a.start(), a.end(), a.name(), part, part.substring(0, 3), a.sectors());
          if (out.stream().noneMatch(b -> b.code().equals(p.code()))) {
            out.add(p);
          }
        }
        return;
      }
      if (a != null && a.code() != null && out.stream().noneMatch(b -> b.code().equals(a.code()))) {
        out.add(a);
      }
    }

    /** "Traded insults on social media", "criticized him on television": a channel, no target. */
    private boolean channel(int c) {
      return "on".equals(s.caseMarker(c)) && MEDIA_CHANNELS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT));
    }

    private String markOf(int v) {
      int m = s.firstChild(v, "mark");
      return m < 0 ? null : s.token(m).word().toLowerCase(Locale.ROOT);
    }

    private boolean hasMark(int v, String word) {
      for (int c : s.children(v, "mark")) {
        if (s.token(c).word().equalsIgnoreCase(word)) {
          return true;
        }
      }
      return false;
    }

    private boolean negated(int v) {
      for (int c : s.children(v)) {
        String rel = s.relation(c);
        if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det")) && NEGATORS.contains(
            s.token(c).word().toLowerCase(Locale.ROOT)) && !quoteBetween(c, v)) {
          return true;
        }
      }
      return false;
    }

    /** A quote mark between two words: "'Absolutely not,' he said" does not negate the saying. */
    private boolean quoteBetween(int a, int b) {
      for (int i = Math.min(a, b) + 1; i < Math.max(a, b); i++) {
        if (QUOTES.contains(s.token(i).word())) {
          return true;
        }
      }
      return false;
    }

    /** "offered no evidence", "said nothing", "neither China nor Thailand has explained": nothing was done. */
    private boolean nothingDone(int v) {
      int o = s.firstChild(v, "obj");
      if (o >= 0 && (s.token(o).word().equalsIgnoreCase("nothing")
          || s.children(o, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("no")))) {
        return true;
      }
      int subj = s.firstChild(v, "nsubj");
      return subj >= 0 && (s.token(subj).word().equalsIgnoreCase("nobody") || s.token(subj).word().equalsIgnoreCase("none")
          || s.children(subj).stream().anyMatch(d -> (s.relation(d).equals("det") || s.relation(d).equals("cc:preconj"))
          && NONE.contains(s.token(d).word().toLowerCase(Locale.ROOT))));
    }

    /**
     * "A priest who was accused of fraud years ago was arrested": words said of someone, by no one
     * named, in a relative clause on them describe the person; they are not news.
     */
    private boolean describedPerson(int clause, List<Actor> sources, String code) {
      // also a bare participle: "a company accused of helping Moscow"
      return sources.isEmpty() && SAID.contains(root(code)) && (s.relation(clause).equals("acl:relcl")
          && s.firstChild(clause, "aux:pass") >= 0 || s.relation(clause).equals("acl")
          && s.token(clause).pos().equals("VBN") && s.firstChild(clause, "obl:agent") < 0);
    }

    /**
     * "Jan Novak, a diplomat who had negotiated with Russia, said ...": a relative clause on the
     * speaker gives the speaker's credentials, not the news.
     */
    private boolean speakerBackground(int clause) {
      for (int k = clause, guard = 0; k >= 0 && guard < 8; k = s.head(k), guard++) {
        if (s.relation(k).equals("acl:relcl")) {
          int n = s.head(k);
          while (s.relation(n).equals("appos") && s.head(n) >= 0) {
            n = s.head(n);
          }
          int rc = k;
          // "X, a former envoy who had negotiated with Y, said": the parser may hang the saying,
          // with no subject of its own, on the relative clause itself
          boolean saidAfter = s.children(rc).stream().anyMatch(c -> c > rc && s.firstChild(c, "nsubj") < 0
              && (s.relation(c).equals("dep") || s.relation(c).equals("parataxis") || s.relation(c).equals("conj"))
              && SPEECH.contains(s.token(c).lemma().toLowerCase(Locale.ROOT)));
          // "the minister, who met his counterpart in Baghdad last week, said": a dated act is news, not background
          return (s.relation(n).equals("nsubj") && s.head(n) >= 0
              && SPEECH.contains(s.token(s.head(n)).lemma().toLowerCase(Locale.ROOT)) || saidAfter) && !dated(rc);
        }
      }
      return false;
    }

    /** Whether the clause at {@code v} names when it happened ("last week", "on Monday", "in March"). */
    private boolean dated(int v) {
      int[] span = s.subtreeBounds(v);
      for (int i = span[0]; i <= span[1] && i < s.size(); i++) {
        if (WHEN_WORDS.contains(s.token(i).word().toLowerCase(Locale.ROOT)) && s.dominates(v, i)) {
          return true;
        }
      }
      return false;
    }

    private boolean hypothetical(int v) {
      if (hasAux(v, HYPOTHETICAL) && !backshifted(v) || hasAux(v, OBLIGATION)) {
        return true; // "could strike", "can appeal", "must stop": possible or required, not done
      }
      for (int c : s.children(v, "advmod")) {
        if (HABITUAL.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      for (int c : s.children(v)) {
        // "are pardoned each year", "meet every month": what recurs is no one act
        if ((s.baseRelation(c).equals("obl") || s.baseRelation(c).equals("nmod"))
            && RECURRING.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))
            && s.children(c, "det").stream().anyMatch(d -> Set.of("each", "every").contains(s.token(d).word().toLowerCase(Locale.ROOT)))) {
          return true;
        }
      }
      for (int k = v, guard = 0; k >= 0 && guard < 6; k = s.head(k), guard++) {
        if (conditional(k)) {
          return true;
        }
        if (!s.relation(k).equals("conj")) {
          break;
        }
      }
      return false;
    }

    /** Whether the clause at {@code v} is itself a condition: "if the army attacks". */
    private boolean conditional(int v) {
      return hasMark(v, "if") || hasMark(v, "unless");
    }

    /** Whether a condition hangs on the clause at {@code v}: "will strike unless they withdraw". */
    private boolean conditioned(int v) {
      for (int c : s.children(v, "advcl")) {
        if (conditional(c)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Said it would support the plan": in reported speech after a past-tense verb, "would" is
     * the speaker's "will" moved back a tense, a stated intention, not a condition. An "if" or
     * "unless" clause under it keeps it conditional.
     */
    private boolean backshifted(int v) {
      if (!hasAux(v, Set.of("would")) || hasAux(v, POSSIBLE)
          || !s.relation(v).equals("ccomp")) {
        return false;
      }
      int h = s.head(v);
      if (!SPEECH.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)) || !s.token(h).pos().matches("VBD|VBN")) {
        return false;
      }
      return !conditioned(v);
    }

    private boolean hasAux(int v, Set<String> words) {
      for (int c : s.children(v, "aux")) {
        if (words.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]");

  static int indexOfWord(String haystack, String word, int from) {
    int i = haystack.indexOf(word, from);
    while (i >= 0) {
      boolean before = i == 0 || NON_WORD.matcher(String.valueOf(haystack.charAt(i - 1))).matches();
      int e = i + word.length();
      // Allow a plural or inflection: "crime" finds "crimes".
      boolean after = e >= haystack.length() || NON_WORD.matcher(String.valueOf(haystack.charAt(e))).matches()
          || haystack.charAt(e) == 's' || haystack.charAt(e) == 'e';
      if (before && after) {
        return i;
      }
      i = haystack.indexOf(word, i + 1);
    }
    return -1;
  }

  /**
   * The lexicon gives force verbs their conventional-military code (190); CAMEO codes the same act
   * by a non-state or unknown perpetrator as unconventional violence (180).
   */
  /** Whether the trigger, or the act it threatens or vows, is the verb "strike" with nothing struck. */
  private static boolean labourStrike(ParsedSentence s, int trigger) {
    List<Integer> verbs = new ArrayList<>(List.of(trigger));
    verbs.addAll(s.children(trigger, "xcomp"));
    return verbs.stream().anyMatch(v -> s.token(v).isVerb() && s.token(v).lemma().equalsIgnoreCase("strike")
        && s.firstChild(v, "obj") < 0 && s.firstChild(v, "nsubj:pass") < 0);
  }

  /** Whether every source is civilian (protesters, residents, students), none armed or official. */
  static boolean civilians(List<Actor> sources) {
    return !sources.isEmpty() && sources.stream().allMatch(a -> a != null && !a.sectors().isEmpty()
        && a.sectors().stream().allMatch(x -> x.equals("CVL") || x.equals("EDU") || x.equals("LAB")));
  }

  /** Whether an actor is only of sectors that bear no arms: aid workers, doctors, traders, civilians. */
  static boolean unarmed(Actor a) {
    return a != null && !a.sectors().isEmpty() && UNARMED.containsAll(a.sectors());
  }

  static String refineForce(String code, List<Actor> sources) {
    if (code.equals("183") && sources.stream().anyMatch(a -> a != null && a.sectors().contains("MIL"))) {
      // a bombing by an army is no terrorist's: from the air 195, else conventional force 190
      boolean aerial = sources.stream().anyMatch(a -> a != null && java.util.Arrays.stream(
          a.text().toLowerCase(Locale.ROOT).split("\\W+")).anyMatch(w -> AERIAL.contains(w.replaceAll("s$", ""))));
      return aerial ? "195" : "190";
    }
    if (!code.equals("190")) {
      return code;
    }
    for (Actor a : sources) {
      // An army is a state's whether or not the text says which ("the army traded fire").
      if (a != null && (a.sectors().contains("MIL") || a.country() != null && (a.sectors().isEmpty()
          || a.sectors().contains("GOV") || a.sectors().contains("COP")))) {
        return code;
      }
    }
    return "180";
  }

  /** A closed word list of the coder, kept as the reviewed table {@code org/vigil/coder/words/NAME.tsv}. */
  private static Set<String> words(String name) {
    return WordTable.load(EventCoder.class, "words/" + name + ".tsv");
  }

  /**
   * A pattern that finds any word of the table {@code words/NAME.tsv} in a text, whatever its case;
   * a row ending in {@code *} is a stem that may go on ("protest*" finds "protesters").
   */
  private static Pattern wordPattern(String name) {
    StringBuilder alternatives = new StringBuilder();
    for (String w : words(name)) {
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(w.endsWith("*")
          ? Pattern.quote(w.substring(0, w.length() - 1)) : Pattern.quote(w) + "\\b");
    }
    return Pattern.compile("(?i)\\b(" + alternatives + ")");
  }

  /**
   * The CAMEO 03 intent for an intended act: meeting 036, aid 033 (humanitarian 0333), yielding
   * 035 (releasing 0353), reform 034, and a conflictual act is a threat of its kind (13x): the table
   * embedded-acts.tsv. Force with no row of its own is a threat of force 138.
   */
  static String intent(String code) {
    String specific = EmbeddedActs.INTENT.of(code);
    if (specific != null) {
      return specific;
    }
    return switch (code.substring(0, 2)) {
      // "vowed to veto the resolution", "will demand": a stated rejection or demand is itself one, no
      // intent to cooperate.
      case "03", "01", "02", "10", "11", "12", "13" -> code;
      default -> Integer.parseInt(code.substring(0, 2)) >= 14 ? "138" : "030";
    };
  }

  /** Appeals, demands and threats: codes whose embedded act is what is asked for or threatened. */
  static boolean asks(String code) {
    return code.startsWith("02") || code.startsWith("10") || code.startsWith("13");
  }

  static int root(String code) {
    return Integer.parseInt(code.substring(0, 2));
  }

  /** The CAMEO 13 threat for a threatened act: sanctions 131, repression 132, violence 138x. */
  static String threat(String code) {
    return switch (code.substring(0, 2)) {
      case "16" -> switch (code) {
        case "161" -> "1313";
        case "162" -> "1311";
        case "163" -> "1312";
        case "164" -> "134";
        default -> "131";
      };
      case "17" -> "132";
      case "14" -> "133";
      case "18" -> "1383";
      case "19" -> switch (code) {
        case "191" -> "1381"; // "would close the strait": a blockade threatened
        case "192" -> "1382"; // an occupation threatened
        default -> "1384";
      };
      case "20" -> "1385";
      case "04" -> "134";
      default -> "130";
    };
  }

  /**
   * The CAMEO 12 rejection for a refused act, as specific as the act (the table embedded-acts.tsv):
   * refusing to release someone is 1243, to let observers in 1245, to accept mediation 126, military aid 1222.
   */
  static String refusal(String code) {
    String specific = EmbeddedActs.REFUSAL.of(code);
    return specific != null ? specific : "120";
  }

  /**
   * The appeal (02) or demand (10) sub-code for what is asked (the table embedded-acts.tsv): to meet
   * 026/106, to yield 025/105, ...
   */
  static String appeal(String appealCode, String askedCode) {
    String asked = EmbeddedActs.APPEAL.of(askedCode);
    if (asked == null) {
      return appealCode;
    }
    return appealCode.startsWith("10") ? "10" + asked.substring(2) : asked;
  }

}
