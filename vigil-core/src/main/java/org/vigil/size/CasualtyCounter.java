package org.vigil.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Count;
import org.vigil.model.Size;
import org.vigil.model.Span;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;
import org.vigil.table.WordTable;

/**
 * Counts the people killed, injured and arrested in one event, from the numbers of its own
 * clause and of the casualty verbs joined to it ("killing 8 and wounding about 20").
 */
public final class CasualtyCounter {
  private enum Kind { DEAD, INJURED, ARRESTED }

  private static final Set<String> KILL = WordTable.load(CasualtyCounter.class, "words/kill-words.tsv");
  private static final Set<String> INJURE = WordTable.load(CasualtyCounter.class, "words/injure-words.tsv");
  private static final Set<String> ARREST = WordTable.load(CasualtyCounter.class, "words/arrest-verbs.tsv");
  private static final Set<String> QUALIFIERS = WordTable.load(CasualtyCounter.class, "words/qualifiers.tsv");
  /** Acts done to people whose object a conjoined casualty verb shares ("shot and killed a farmer"). */
  private static final Set<String> HARM = WordTable.load(CasualtyCounter.class, "words/harm-verbs.tsv");
  private static final Set<String> LINKED = Set.of("conj", "advcl", "xcomp", "acl:relcl", "acl");
  /** Verbs whose object is an act's toll: "left 12 dead", "caused the deaths of five", "resulted in the death of". */
  private static final Set<String> RESULT = WordTable.load(CasualtyCounter.class, "words/result-verbs.tsv");
  /** Measures a number may count that are never people. */
  private static final Set<String> UNITS = WordTable.load(CasualtyCounter.class, "words/units.tsv");
  /** Prepositions of what caused a death: "due to the bombings", "because of the shelling". */
  private static final Set<String> CAUSAL = Set.of("due", "because", "owing");
  /** Killing verbs that take an object; "die" and "perish" take none. */
  private static final Set<String> TRANSITIVE = WordTable.load(CasualtyCounter.class, "words/transitive-killing-verbs.tsv");

  /** Conjunctions that put a clause at a time or for a reason of its own: its acts are other events. */
  private static final Set<String> OTHER_TIME = Set.of("after", "before", "since", "because", "although", "though",
      "while", "until", "unless", "if", "once");

  private static boolean ownTime(ParsedSentence s, int c) {
    if (!s.relation(c).equals("advcl")) {
      return false;
    }
    for (int m : s.children(c, "mark")) {
      if (OTHER_TIME.contains(s.token(m).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The counts of the event whose trigger and clause head are given. */
  public Size count(ParsedSentence s, String text, int trigger, int clause) {
    if (!s.isParsed()) {
      return Size.NONE;
    }
    Count[] counts = new Count[3];
    visit(s, text, trigger, counts);
    if (clause != trigger) {
      visit(s, text, clause, counts);
    }
    for (int c : s.children(trigger)) {
      if (ownTime(s, c)) {
        continue; // "set fire to a station after a leader was detained": the arrest is another event's
      }
      if (LINKED.contains(s.relation(c)) && s.token(c).isVerb()
          || s.relation(c).equals("dep") && s.token(c).pos().equals("VBG")
          || s.relation(c).equals("conj") && s.token(c).isNoun() && !s.token(trigger).isVerb()) {
        // "killing 8 and wounding 20" (also hung loosely: "went off, killing five"), "the kidnapping and murder of five students"
        visit(s, text, c, counts);
      }
      if ((LINKED.contains(s.relation(c)) || s.relation(c).equals("dep")) && s.token(c).isVerb()) {
        toll(s, text, c, counts); // "the bomb went off, leaving 12 dead"
      }
    }
    toll(s, text, trigger, counts);
    if (clause != trigger) {
      toll(s, text, clause, counts); // "the attack left 12 dead and 30 wounded"
    }
    int cause = s.head(trigger);
    if (cause >= 0 && s.token(trigger).isNoun() && CAUSAL.contains(String.valueOf(s.caseMarker(trigger)).toLowerCase(Locale.ROOT))) {
      for (int c : s.children(cause)) {
        if (c != trigger && s.token(c).isNoun()) {
          visit(s, text, c, counts); // "mourned the deaths of three children due to the bombings": the bombings' dead
        }
      }
    }
    int up = s.head(clause);
    if (up >= 0 && s.relation(clause).equals("advcl") && s.token(up).isVerb() && when(s, clause)) {
      visit(s, text, up, counts); // "all the passengers died when the bus was blown up": the dead are the blast's
    }
    return new Size(counts[0], counts[1], counts[2]);
  }

  /**
   * Whether the event's own casualty word tallies over a long span up to now ("have been killed since
   * the war began"): it counts no dead of one act ({@link #total}), but the text still tells killings.
   */
  public boolean tallies(ParsedSentence s, int trigger, int clause) {
    return s.isParsed() && (kindOf(s, trigger) != null && total(s, trigger) || kindOf(s, clause) != null && total(s, clause));
  }

  /** What a stated toll counts: "the number of dead", "the toll of victims". */
  private static final Set<String> TOLL_OF = WordTable.load(CasualtyCounter.class, "words/toll-nouns.tsv");

  /** Whether a sentence's lemmas may state a toll ({@link #statedToll}), before it is parsed. */
  public static boolean mayStateToll(List<String> lemmas) {
    boolean toll = false;
    boolean counted = false;
    for (String l : lemmas) {
      String w = l.toLowerCase(Locale.ROOT);
      toll |= w.equals("toll") || w.equals("number");
      counted |= TOLL_OF.contains(w);
    }
    return toll && counted;
  }

  /**
   * The dead a sentence states as a toll, whether or not it names the act: "the death toll rose to
   * 40", "the number of victims is 59". Null when it states none.
   */
  public Count statedToll(ParsedSentence s, String text) {
    if (!s.isParsed()) {
      return null;
    }
    for (int i = 0; i < s.size(); i++) {
      String l = s.token(i).lemma().toLowerCase(Locale.ROOT);
      if (!(l.equals("toll") || l.equals("number")) || !s.relation(i).equals("nsubj") || s.head(i) < 0) {
        continue;
      }
      boolean ofDead = false;
      for (int c : s.children(i)) {
        String cl = s.token(c).lemma().toLowerCase(Locale.ROOT);
        ofDead |= s.relation(c).equals("nmod") && "of".equals(s.caseMarker(c)) && TOLL_OF.contains(cl)
            || l.equals("toll") && s.relation(c).equals("compound") && cl.equals("death");
      }
      if (!ofDead) {
        continue;
      }
      int h = s.head(i);
      if (s.token(h).isNumber()) {
        return number(s, text, h); // "the number of victims is 59"
      }
      for (int c : s.children(h)) {
        // "the death toll rose to 40", "reached 40", "stood at 40"
        if ((s.relation(c).equals("obj") || s.baseRelation(c).equals("obl") && ("to".equals(s.caseMarker(c))
            || "at".equals(s.caseMarker(c)))) && (s.token(c).isNumber() || ownNumber(s, c) >= 0)) {
          return number(s, text, c);
        }
      }
    }
    return null;
  }

  /** The casualties a result verb's object states: "left 12 dead and 30 wounded". */
  private void toll(ParsedSentence s, String text, int v, Count[] counts) {
    if (!RESULT.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))) {
      return;
    }
    for (int c : s.children(v)) {
      String rel = s.baseRelation(c);
      if (!(rel.equals("obj") || rel.equals("xcomp") || rel.equals("obl") && "in".equals(s.caseMarker(c)))) {
        continue;
      }
      List<Integer> told = new ArrayList<>(List.of(c));
      told.addAll(s.children(c, "conj"));
      for (int a : s.children(c, "amod")) {
        if (kindOf(s, a) != null) {
          told.add(a); // "leaving 20 soldiers dead", the parser hanging "dead" on the soldiers
        }
      }
      for (int k : told) {
        visit(s, text, k, counts);
      }
    }
  }

  /** Whether an adverbial clause tells when its head happened: "when the bus was blown up", "as the bomb went off". */
  public static boolean when(ParsedSentence s, int clause) {
    for (int c : s.children(clause)) {
      String w = s.token(c).word().toLowerCase(Locale.ROOT);
      if ((s.relation(c).equals("advmod") || s.relation(c).equals("mark")) && (w.equals("when") || w.equals("as"))
          && c < clause) {
        return true;
      }
    }
    return false;
  }

  private void visit(ParsedSentence s, String text, int v, Count[] counts) {
    Kind kind = kindOf(s, v);
    if (kind == null || counts[kind.ordinal()] != null) {
      return;
    }
    Token t = s.token(v);
    if (t.isVerb() && infinitive(s, v)) {
      return; // "threatened to kill", "an order to kill": a killing intended is no one dead
    }
    if (kind == Kind.DEAD && s.children(v, "advmod").stream()
        .anyMatch(c -> NEARLY.contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
      return; // "was almost killed", "nearly died": no one dead
    }
    if (total(s, v)) {
      return; // "so far this year 40 reporters have been killed": a tally of many acts, not one act's dead
    }
    boolean passive = s.firstChild(v, "nsubj:pass") >= 0 || s.firstChild(v, "aux:pass") >= 0;
    int up = s.head(v) >= 0 && s.token(s.head(v)).isVerb()
        && (s.relation(v).equals("conj") || s.relation(v).equals("dep")) ? s.head(v) : -1;
    int victims = -1;
    if (t.lemma().equalsIgnoreCase("die")) {
      victims = s.firstChild(v, "nsubj");
    } else if (t.isVerb()) {
      victims = passive ? s.firstChild(v, "nsubj:pass") : s.firstChild(v, "obj");
      if (victims >= 0 && !passive && temporal(s, victims)) {
        victims = -1; // "killed last Friday": a date the parse made the object
      }
      if (victims < 0 && !passive && s.relation(v).equals("conj") && s.head(v) >= 0 && s.head(v) < v
          && s.token(s.head(v)).isVerb() && HARM.contains(s.token(s.head(v)).lemma().toLowerCase(Locale.ROOT))) {
        victims = s.firstChild(s.head(v), "obj"); // "shot and killed a farmer": the object is shared
      }
      if (victims < 0 && up >= 0 && (passive || t.pos().equals("VBN"))) {
        // "were abducted and killed": a passive conjunct shares the subject; so does a passive the
        // parser left hanging ("three guards posted at the gate were shot dead").
        victims = s.firstChild(up, "nsubj:pass");
        if (victims < 0 && passive && s.relation(v).equals("dep")) {
          victims = s.firstChild(up, "nsubj");
        }
      }
      if (victims < 0 && (s.relation(v).equals("acl") || s.relation(v).equals("amod"))) {
        victims = s.head(v);
      }
      if (victims < 0 && !passive && v + 1 < s.size() && s.token(v + 1).isNumber()) {
        victims = v + 1;
      }
      if (victims < 0) {
        victims = misreadParticiple(s, v); // "the bodies of the nuns killed last week were buried"
      }
      if (victims < 0) {
        victims = ownNumber(s, v); // "12 dead and 30 wounded", the parse making the number a subject
      }
    } else {
      // "the death of 20 people", "20 dead", "leaving 20 dead"
      for (int c : s.children(v, "nmod")) {
        if ("of".equals(s.caseMarker(c))) {
          victims = c;
        }
      }
      if (victims < 0 && s.relation(v).equals("conj") && s.head(v) >= 0 && !s.token(s.head(v)).isVerb()) {
        for (int c : s.children(s.head(v), "nmod")) {
          if ("of".equals(s.caseMarker(c))) {
            victims = c; // "the kidnapping and murder of five students"
          }
        }
      }
      if (victims < 0 && s.head(v) >= 0 && s.token(s.head(v)).isNumber()) {
        victims = s.head(v);
      }
      if (victims < 0 && kind != Kind.ARRESTED) {
        victims = ownNumber(s, v); // "left 12 dead", "five deaths"
      }
      if (victims < 0 && !t.isNoun() && (s.firstChild(v, "nsubj") >= 0 || s.relation(v).equals("amod"))) {
        // "leaving 12 people dead": the people the result leaves dead, as a small clause or a modifier
        victims = s.relation(v).equals("amod") ? s.head(v) : s.firstChild(v, "nsubj");
      }
      int owner = s.firstChild(v, "nmod:poss");
      if (victims < 0 && kind == Kind.DEAD && owner >= 0 && (s.token(owner).isNoun() || pronoun(s, owner) > 0)
          && !"ORGANIZATION".equals(s.token(owner).ner()) && !"LOCATION".equals(s.token(owner).ner())) {
        victims = owner; // "the journalist's murder", "five monks' slaying", "his assassination": its victim
      }
    }
    if (victims < 0) {
      return;
    }
    Count c = number(s, text, victims);
    if (c == null && kind != Kind.ARRESTED && !kindOfPeople(s, v, victims)) {
      c = plural(s, text, victims);
    }
    // "a judge and two of her bodyguards were killed": the conjoined victims add up.
    for (int k : s.children(victims, "conj")) {
      Count more = c == null ? null : number(s, text, k);
      if (more != null) {
        int first = Math.min(c.evidence().start(), more.evidence().start());
        int last = Math.max(c.evidence().end(), more.evidence().end());
        c = new Count(c.value() + more.value(), c.qualifier() != null ? c.qualifier() : more.qualifier(),
            new Span(text.substring(first, last), first, last));
      }
    }
    if (c != null) {
      counts[kind.ordinal()] = c;
    }
  }

  /** Adverbs that say a killing fell short. */
  private static final Set<String> NEARLY = Set.of("almost", "nearly");

  /** Time words whose span holds many acts: "over the past ten years", "in this decade". */
  private static final Set<String> LONG_SPANS = WordTable.load(CasualtyCounter.class, "words/long-spans.tsv");
  /** Words that make a long time word a span up to now: "the past ten years", "recent months". */
  private static final Set<String> UP_TO_NOW = WordTable.load(CasualtyCounter.class, "words/up-to-now.tsv");

  /**
   * Whether the casualty word's clause counts over a long span up to now, a tally of many acts rather
   * than one act's toll: "over the past ten years", "in recent months", "in this decade", "so far this
   * year", and "since" on a perfect ("have been killed since the revolt started", "since 2011"). A
   * short span stays one act's ("in the last 24 hours gunmen killed three"), and so does a date ("last
   * year", "this month").
   */
  private static boolean total(ParsedSentence s, int v) {
    boolean perfect = false;
    boolean soFar = false;
    for (int c : s.children(v)) {
      perfect |= s.relation(c).equals("aux") && s.token(c).lemma().equalsIgnoreCase("have");
      soFar |= s.relation(c).equals("advmod") && s.token(c).word().equalsIgnoreCase("far") && c > 0
          && s.token(c - 1).word().equalsIgnoreCase("so");
    }
    for (int c : s.children(v)) {
      String rel = s.relation(c);
      String mark = String.valueOf(s.caseMarker(c));
      boolean since = mark.equals("since")
          || s.children(c, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("since"));
      if (perfect && since && (rel.startsWith("obl") || rel.equals("advcl"))) {
        return true; // "have been killed since 2011", "since the war began"
      }
      if (!(rel.startsWith("obl") || rel.equals("nmod:tmod"))
          || !LONG_SPANS.contains(s.token(c).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean upToNow = false;
      boolean thisOne = false;
      for (int m : s.children(c)) {
        String w = s.token(m).word().toLowerCase(Locale.ROOT);
        upToNow |= UP_TO_NOW.contains(w);
        thisOne |= s.relation(m).equals("det") && w.equals("this");
      }
      boolean year = s.token(c).lemma().equalsIgnoreCase("year") || s.token(c).lemma().equalsIgnoreCase("month");
      if (upToNow && (s.token(c).pos().equals("NNS") || !mark.equals("null") && hasDeterminer(s, c))
          || thisOne && (soFar || !year)) {
        return true; // "over the past ten years", "in the last year", "so far this year", "in this decade"
      }
    }
    return false;
  }

  /**
   * Whether a participle describes a kind of people ("relatives of murdered and missing workers"): the
   * participle has no auxiliary and no subject of its own, and a bare plural (no determiner, number or
   * owner) is the noun it modifies, or its object where the parse reads it as a verb conjoined to a
   * noun or to a passive, which takes no object. "The murdered students" are some, and "gunmen have
   * shot and killed civilians" is an act.
   */
  private static boolean kindOfPeople(ParsedSentence s, int v, int victims) {
    int up = s.head(v);
    if (!s.token(v).pos().equals("VBN") || up < 0 || !s.token(victims).isNoun()
        || s.firstChild(victims, "det") >= 0 || s.firstChild(victims, "nmod:poss") >= 0) {
      return false;
    }
    for (int c : s.children(v)) {
      if (s.relation(c).startsWith("aux") || s.relation(c).startsWith("nsubj")) {
        return false;
      }
    }
    boolean passiveUp = s.firstChild(up, "aux:pass") >= 0 || s.firstChild(up, "nsubj:pass") >= 0;
    return s.relation(v).equals("amod") && victims == up
        || s.relation(v).equals("conj") && victims == s.firstChild(v, "obj") && (!s.token(up).isVerb() || passiveUp);
  }

  /** Whether the phrase headed by {@code h} gives a number of people ("six priests", "a judge", "Juan Perez"). */
  public static boolean countable(ParsedSentence s, int h) {
    return number(s, "", h, false) != null;
  }

  private static Kind kindOf(ParsedSentence s, int v) {
    Token t = s.token(v);
    String l = t.lemma().toLowerCase(Locale.ROOT);
    if (l.equals("shoot") && (v + 1 < s.size() && s.token(v + 1).word().equalsIgnoreCase("dead")
        || v + 2 < s.size() && s.token(v + 1).word().equalsIgnoreCase("to")
        && s.token(v + 2).word().equalsIgnoreCase("death"))) {
      return Kind.DEAD; // "shot dead", "shot to death"
    }
    if (KILL.contains(l) && !l.equals("shoot")) {
      return Kind.DEAD;
    }
    if (INJURE.contains(l)) {
      return Kind.INJURED;
    }
    if (ARREST.contains(l)) {
      return Kind.ARRESTED;
    }
    return null;
  }

  /** The number of people in the phrase headed by {@code h}: "at least 20 people", "hundreds of people", "80 of them". */
  private static Count number(ParsedSentence s, String text, int h) {
    return number(s, text, h, true);
  }

  private static Count number(ParsedSentence s, String text, int h, boolean withEvidence) {
    if (UNITS.contains(s.token(h).lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null; // "captured 20 percent of the country", "seized 300 kilometres": no people
    }
    int num = -1;
    if (s.token(h).isNumber() || Numbers.isVague(s.token(h).word())) {
      num = h;
    } else {
      for (int c : s.children(h)) {
        String rel = s.relation(c);
        if ((rel.equals("nummod") || rel.equals("amod") && Numbers.isVague(s.token(c).word()))
            && Numbers.parse(s.token(c).word()) > 0) {
          num = c;
        }
      }
      if (num < 0 && Numbers.isVague(s.token(h).word())) {
        num = h;
      }
    }
    if (num < 0 && pronoun(s, h) == 1) {
      // "he was shot dead", "killed her", "his assassination": a person the text named before.
      Token p = s.token(h);
      return new Count(1, null, withEvidence ? new Span(text.substring(p.start(), p.end()), p.start(), p.end()) : null);
    }
    if (num < 0) {
      // "killed a peasant", "the murder of the governor", "the judge's bodyguard", "killed Ortega": one person.
      Token head = s.token(h);
      boolean named = head.pos().equals("NNP") && !"LOCATION".equals(head.ner()) && !"ORGANIZATION".equals(head.ner());
      if ((head.pos().equals("NN") || head.pos().equals("NNP")) && !Numbers.isVague(head.word())
          && (hasDeterminer(s, h) || s.firstChild(h, "nmod:poss") >= 0 || "PERSON".equals(head.ner()) || named)) {
        return new Count(1, null, withEvidence ? new Span(text.substring(head.start(), head.end()), head.start(),
            head.end()) : null);
      }
      return null;
    }
    long value = Numbers.parse(s.token(num).word());
    if (value <= 0 || value > 10_000_000 || s.token(num).word().matches("(19|20)\\d\\d")) {
      return null;
    }
    String qualifier = qualifier(s, num);
    int first = num;
    if (qualifier != null) {
      first = Math.max(0, num - qualifier.split(" ").length);
    }
    Token f = s.token(first);
    Token l = s.token(num);
    return new Count((int) value, qualifier, withEvidence ? new Span(text.substring(f.start(), l.end()), f.start(),
        l.end()) : null);
  }

  /**
   * The victim of a killing verb the tagger read as a past tense though it is a participle after a
   * noun ("the relatives of the mayor murdered in May", "the bodies of the nuns killed by gunmen"):
   * no object, and the noun right before it lies inside its would-be subject, after the subject's
   * head or with a by-phrase naming the killers. Else -1.
   */
  private static int misreadParticiple(ParsedSentence s, int v) {
    if (!s.token(v).pos().equals("VBD") || !TRANSITIVE.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))
        || s.firstChild(v, "obj") >= 0 && !temporal(s, s.firstChild(v, "obj")) || s.firstChild(v, "ccomp") >= 0) {
      return -1;
    }
    int subj = s.firstChild(v, "nsubj");
    int before = v - 1;
    boolean by = false;
    for (int c : s.children(v, "obl")) {
      by |= "by".equals(s.caseMarker(c));
    }
    if (subj < 0 || before < subj || !s.token(before).isNoun() || !s.dominates(subj, before)
        || before == subj && !by) {
      return -1;
    }
    return before;
  }

  private static final Set<String> TIMES = WordTable.load(CasualtyCounter.class, "words/times.tsv");

  /** Whether a token is a time ("last Friday", "Tuesday night"), which no one kills. */
  private static boolean temporal(ParsedSentence s, int i) {
    Token t = s.token(i);
    return "DATE".equals(t.ner()) || "TIME".equals(t.ner()) || TIMES.contains(t.lemma().toLowerCase(Locale.ROOT))
        || TIMES.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** A number that counts the casualty word itself ("12 dead", "five deaths", "30 wounded"), else -1. */
  private static int ownNumber(ParsedSentence s, int v) {
    for (int c : s.children(v)) {
      String rel = s.relation(c);
      if ((rel.equals("nummod") || rel.equals("nsubj")) && s.token(c).isNumber() && c < v) {
        return c;
      }
    }
    return -1;
  }

  private static boolean infinitive(ParsedSentence s, int v) {
    for (int c : s.children(v, "mark")) {
      if (s.token(c).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** Plural victims that are not people. */
  private static final Set<String> ANIMALS = WordTable.load(CasualtyCounter.class, "words/animals.tsv");

  private static final Set<String> SOME = Set.of("several", "many", "numerous", "various", "some", "few");

  /**
   * Plural victims the text does not number ("killed several peasants", "the murder of the Jesuit
   * priests"): at least two, the least the plural says; the vague word, if any, is the qualifier.
   */
  private static Count plural(ParsedSentence s, String text, int h) {
    Token head = s.token(h);
    if (!people(s, h)) {
      return null;
    }
    String qualifier = "at least";
    for (int c : s.children(h)) {
      String w = s.token(c).word().toLowerCase(Locale.ROOT);
      if (SOME.contains(w)) {
        qualifier = w;
      }
    }
    return new Count(2, qualifier, new Span(text.substring(head.start(), head.end()), head.start(), head.end()));
  }

  /** Personal pronouns for one person and for several; "it" and "this" may be anything. */
  private static final Set<String> ONE = Set.of("he", "him", "his", "she", "her", "i", "me", "my", "himself",
      "herself");
  private static final Set<String> SEVERAL = Set.of("they", "them", "their", "we", "us", "our", "themselves");

  /** 1 for a pronoun that stands for one person, 2 for several people, else 0. */
  private static int pronoun(ParsedSentence s, int h) {
    Token t = s.token(h);
    if (!t.pos().startsWith("PRP")) {
      return 0;
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    return ONE.contains(w) ? 1 : SEVERAL.contains(w) ? 2 : 0;
  }

  /** Plural people the text does not number: "the missionaries", "several peasants" (not "hundreds", not cattle). */
  public static boolean people(ParsedSentence s, int h) {
    Token head = s.token(h);
    if (pronoun(s, h) == 2) {
      return true; // "they were murdered": the people the text named before, at least two
    }
    return (head.pos().equals("NNS") || head.pos().equals("NNPS")) && !Numbers.isVague(head.word())
        && !ANIMALS.contains(head.lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean hasDeterminer(ParsedSentence s, int h) {
    for (int c : s.children(h, "det")) {
      String d = s.token(c).word().toLowerCase(Locale.ROOT);
      if (d.equals("a") || d.equals("an") || d.equals("the") || d.equals("one")) {
        return true;
      }
    }
    return false;
  }

  private static String qualifier(ParsedSentence s, int num) {
    for (int len = 3; len >= 1; len--) {
      if (num - len < 0) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = num - len; k < num; k++) {
        b.append(k > num - len ? " " : "").append(s.token(k).word().toLowerCase(Locale.ROOT));
      }
      if (QUALIFIERS.contains(b.toString())) {
        return b.toString();
      }
    }
    return null;
  }

  /** The casualty kinds a lemma can signal, for callers that pre-filter sentences. */
  public static boolean isCasualtyWord(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return KILL.contains(l) || INJURE.contains(l) || ARREST.contains(l);
  }
}
