package org.vigil.geo;

import java.util.List;
import java.util.Locale;
import org.vigil.model.Location;
import org.vigil.nlp.ParsedSentence;

/**
 * Links an event to its own place: a place in a locative phrase of the event's clause ("in
 * Homs", "swept into Homs", "raids in Homs"), not merely some place the sentence names.
 */
public final class EventPlacer {
  /** Whether a word names an actor ("police", "militants"): the sector table's nouns; none by default. */
  private final java.util.function.Predicate<String> actorNoun;

  public EventPlacer() {
    this(w -> false);
  }

  public EventPlacer(java.util.function.Predicate<String> actorNoun) {
    this.actorNoun = actorNoun;
  }

  /** Whether the noun names who acts (a person, a group, an actor noun), not a place, a building or a thing. */
  private boolean describesActor(ParsedSentence s, int h) {
    String lemma = s.token(h).lemma().toLowerCase(Locale.ROOT);
    if (PLACE_NOUNS.contains(lemma) || BUILDINGS.contains(lemma) || VENUES.contains(lemma)) {
      return false;
    }
    return s.token(h).isProperNoun() || actorNoun.test(lemma) || actorNoun.test(s.token(h).word())
        || "ORGANIZATION".equals(s.token(h).ner()) || "PERSON".equals(s.token(h).ner());
  }

  private static final java.util.Set<String> SPEAKING = PlaceWords.load("speaking-verbs");
  static final java.util.Set<String> PLACE_NOUNS = PlaceWords.load("place-nouns");

  /** Words for a share of what follows "of" ("many of Chechnya's towns", "one of Baghdad's bridges"). */
  private static final java.util.Set<String> SHARES = PlaceWords.load("shares");

  /** Directions that put a place near the town after "of" ("raids north of Baghdad"). */
  private static final java.util.Set<String> BEARINGS = PlaceWords.load("bearings");

  /** Campaigns in a country that an act during them happens in ("during the 1989 invasion of Panama"). */
  private static final java.util.Set<String> CAMPAIGNS = PlaceWords.load("campaigns");

  /** Journeys whose end is where the visit is ("travelled to Tehran", "flew to Beijing"). */
  private static final java.util.Set<String> JOURNEYS = PlaceWords.load("journeys");

  /** Officials who serve a place ("the governor of X", "a police chief for X"). */
  private static final java.util.Set<String> OFFICIALS = PlaceWords.load("officials");

  /** Contests fought where their prize is ("the battle for Mosul", "the fight for the town"). */
  private static final java.util.Set<String> CONTESTS = PlaceWords.load("contests");

  /** Public buildings and sites a place's name can own ("Baghdad's main hospital"). */
  static final java.util.Set<String> BUILDINGS = PlaceWords.load("buildings");

  /** Ways that towns name for countries ("Palestine Street" in Baghdad, "Syria Avenue"). */
  private static final java.util.Set<String> STREETS = PlaceWords.load("streets");

  /** Buildings a state keeps abroad or names for its power: a country before them says whose. */
  private static final java.util.Set<String> STATE_BUILDINGS = PlaceWords.load("state-buildings");

  /**
   * Places people gather or live, which a town's name before them places ("a Baghdad restaurant",
   * "the Abuja home of a minister"); not after a possessive ("Jackson's home" is a person's).
   */
  static final java.util.Set<String> VENUES = PlaceWords.load("venues");

  /**
   * The event's location, or null when its clause names none. A clause that names no place takes
   * the place of the clause it depends on ("shelling hit a bus in Donetsk, killing 8").
   */
  public Location place(ParsedSentence s, List<PlaceMention> places, int trigger, int clause) {
    if (places.isEmpty() || !s.isParsed()) {
      return null;
    }
    for (int k = clause, guard = 0; guard < 4; guard++) {
      Location l = ownPlace(s, places, trigger, k);
      // "killed three men and wounded ten in Darfur": a later conjoined verb's place is shared.
      for (int c : s.children(k, "conj")) {
        if (l != null) {
          break;
        }
        if (c > trigger && s.token(c).isVerb()) {
          l = ownPlace(s, places, c, c);
          PlaceMention shared = l == null ? null : mentionOf(places, l);
          if (shared != null && belowParticipant(s, places, headOf(s, shared), trigger)) {
            l = null; // "was captured, and confessed before a judge in Lyon": the judge's town, not the capture's
          }
        }
      }
      // "two were killed when gunmen ambushed a convoy in Raja county": a when-clause tells the same
      // deed; so does what a participant was doing meanwhile ("was shot as he left a Kabul mosque",
      // "was killed while fighting in Darayya"). Another's act ("as troops overran X") may be elsewhere.
      for (int c : s.children(k, "advcl")) {
        boolean meanwhile = opensWith(s, c, "mark", "as") && s.firstChild(c, "nsubj") >= 0
            && s.token(s.firstChild(c, "nsubj")).pos().equals("PRP")
            || opensWith(s, c, "mark", "while") && s.token(c).pos().equals("VBG");
        if (l == null && s.token(c).isVerb() && (opensWith(s, c, "mark", "when") || opensWith(s, c, "advmod", "when")
            || meanwhile)) {
          l = ownPlace(s, places, c, c);
        }
      }
      if (l != null) {
        return l;
      }
      String rel = s.baseRelation(k);
      if (s.relation(k).equals("acl") && s.token(k).pos().equals("VBG") && k > 0 && s.token(k - 1).word().equals(",")) {
        // "unleashed attacks in Kokrajhar district, killing 23": the parse hangs the result on a noun;
        // it is the result of the verb above.
        int v = s.head(k);
        while (v >= 0 && !s.token(v).isVerb()) {
          v = s.head(v);
        }
        if (v >= 0) {
          k = v;
          trigger = k;
          continue;
        }
      }
      if (s.head(k) < 0 || !(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("conj") || rel.equals("dep"))
          || SPEAKING.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        break; // a reported event is not where it was reported
      }
      if (rel.equals("dep") && (SPEAKING.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
          || !s.token(s.head(k)).isVerb())) {
        // The parse hangs a quote's speaker on the quote ("'We held Tikrit,' he said") or a clause on
        // a noun it describes ("a plant in X that officials said made arms"): the saying is not there.
        break;
      }
      k = s.head(k);
      trigger = k;
    }
    return null;
  }

  private static PlaceMention mentionOf(List<PlaceMention> places, Location l) {
    for (PlaceMention m : places) {
      if (m.start() == l.start() && m.end() == l.end()) {
        return m;
      }
    }
    return null;
  }

  /**
   * Whether the place hangs below a person or group of a verb conjoined with the event's ("was
   * detained, and admitted before a judge in Lyon"): it says where that act's participant is, not
   * where the event was. A place on the conjoined verb itself is shared ("killed three and wounded ten
   * in Darfur"), and the event's own verb keeps its participants' places ("police in Lyon patrolled").
   */
  private boolean belowParticipant(ParsedSentence s, List<PlaceMention> places, int head, int trigger) {
    boolean participant = false;
    for (int k = s.head(head), guard = 0; k >= 0 && guard < 10; k = s.head(k), guard++) {
      if (s.token(k).isVerb()) {
        return participant && s.relation(k).equals("conj") && (s.head(k) == trigger || s.head(k) == s.head(trigger))
            && k != trigger;
      }
      final int t = k;
      if (s.token(k).isNoun() && places.stream().noneMatch(m -> m.first() <= t && t <= m.last()) && describesActor(s, k)) {
        participant = true;
      }
    }
    return false;
  }

  /** Words before a unit of time that date it ("last month", "next year"). */
  private static final java.util.Set<String> DATING_MODIFIERS = PlaceWords.load("dating-modifiers");

  /** Words that date a clause to another time ("May", "ago", "earlier"); years are told by their digits. */
  private static final java.util.Set<String> TIME_WORDS = PlaceWords.load("time-words");

  /**
   * Whether the place lies in a clause that describes a noun ("a man arrested on May 16 in X", "the
   * zone which the army set up in 1985 in X", "a team that will play next September in X"), not
   * holding the trigger, and the clause carries its own time: it tells another event, at another
   * time, and its place is that event's. Without a time of its own a describing clause often tells
   * where its noun was during the event ("fired at marchers who filled X"), and it keeps the place.
   */
  private static boolean inTimedDescription(ParsedSentence s, int i, int trigger) {
    for (int k = i, guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
      if (s.dominates(k, trigger)) {
        return false;
      }
      String rel = s.relation(k);
      if (s.token(k).isVerb() && (rel.equals("acl:relcl") || rel.equals("acl") && s.token(k).pos().equals("VBN"))) {
        return datedClause(s, k);
      }
    }
    return false;
  }

  /** Whether the clause headed at {@code clause} names a time of its own, not in a clause below it. */
  private static boolean datedClause(ParsedSentence s, int clause) {
    for (int t = 0; t < s.size(); t++) {
      String w = s.token(t).lemma().toLowerCase(Locale.ROOT);
      // A year is a number that counts nothing ("in 1985", not "killed 2000 people"); a span is dated
      // by "last" or "next" ("last month").
      boolean time = TIME_WORDS.contains(w) && !s.token(t).pos().equals("MD")
          || s.token(t).isNumber() && w.matches("(19|20)\\d\\d") && !s.relation(t).equals("nummod")
          || SPANS.contains(w) && s.firstChild(t, "amod") >= 0
          && DATING_MODIFIERS.contains(s.token(s.firstChild(t, "amod")).lemma().toLowerCase(Locale.ROOT));
      if (!time || !s.dominates(clause, t)) {
        continue;
      }
      int k = s.head(t);
      while (k != clause && !s.token(k).isVerb()) {
        k = s.head(k);
      }
      if (k == clause) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWith(ParsedSentence s, int clause, String relation, String word) {
    int c = s.firstChild(clause, relation);
    return c >= 0 && s.token(c).word().equalsIgnoreCase(word);
  }

  /**
   * The parse often breaks a news sentence into fragments ("Shelling hit a bus in Donetsk on
   * Thursday killing 8" hangs "killing" off "Thursday"); when the sentence has one locative place
   * and nothing else competes, it is the event's.
   */
  public Location onlyPlace(ParsedSentence s, List<PlaceMention> places, int trigger) {
    PlaceMention only = null;
    for (PlaceMention m : places) {
      if (!placing(s, m) || inSpeaker(s, headOf(s, m))) {
        continue;
      }
      if (measuredApart(s, headOf(s, m), trigger)) {
        continue; // "six months after the army declared victory in X, two soldiers were killed"
      }
      if (reportedApart(s, headOf(s, m), trigger)) {
        continue; // "was filmed saying that X, then an envoy in Seoul, ...": what is said is told elsewhere
      }
      if (protestedApart(s, m, trigger)) {
        continue; // "nurses marched to protest a ruling on a clinic in Cork"
      }
      if (inSubjectsPast(s, headOf(s, m), trigger)) {
        continue; // "the general, who sent troops to Kirkuk, was killed"
      }
      if (belowParticipant(s, places, headOf(s, m), trigger)) {
        continue; // "was arrested, and confessed before a judge in Lyon"
      }
      if (inTimedDescription(s, headOf(s, m), trigger)) {
        continue; // "seized a man arrested on May 16 in X"
      }
      if (only != null && !only.place().equals(m.place()) && !within(only.place(), m.place())
          && !within(m.place(), only.place())) {
        return null;
      }
      only = only == null || finer(m.place(), only.place()) ? m : only;
    }
    return only == null ? null : only.toLocation();
  }

  /**
   * A country a deed is done to is where it is done ("NATO bombed Serbia", "the invasion of Panama",
   * "troops patrolling northern Iraq", "captured 70 percent of Bosnia"); the caller asks only for
   * force and violence, since words aimed at a country ("criticized Syria") happen anywhere.
   */
  public Location actedOnCountry(ParsedSentence s, List<PlaceMention> places, int trigger) {
    for (PlaceMention m : places) {
      if (!countryWide(m.place())) {
        continue;
      }
      int k = headOf(s, m);
      String rel = s.relation(k);
      if (rel.equals("nmod") && "of".equals(s.caseMarker(k)) && s.head(k) >= 0 && s.head(k) != trigger
          && s.token(s.head(k)).isNoun() && s.relation(s.head(k)).equals("obj")) {
        k = s.head(k); // "70 percent of Bosnia", "much of Iraq"
        rel = s.relation(k);
      }
      // Not a passive subject: "Michael Israel was killed" is more likely a person than "Israel was bombed",
      // unless the tagger calls the bare name a place ("Kosovo is patrolled by NATO troops").
      boolean acted = s.token(trigger).isVerb() ? rel.equals("obj") || rel.equals("nsubj:pass") && m.first() == m.last()
          && "LOCATION".equals(s.token(k).ner()) && s.children(k).stream().noneMatch(c -> s.token(c).isProperNoun())
          : rel.equals("nmod") && "of".equals(s.caseMarker(k));
      if (s.head(k) == trigger && acted) {
        return m.toLocation();
      }
    }
    return null;
  }

  /**
   * The country whose own people violence hit ("Mexico's police chief was shot", "killed Iraq's
   * deputy minister"), when the clause names no place: they are most likely hit at home. Not its
   * buildings abroad ("Canada's embassy in Lima was attacked").
   */
  public Location victimsCountry(ParsedSentence s, List<PlaceMention> places, int trigger) {
    for (PlaceMention m : places) {
      int k = headOf(s, m);
      int owned = s.head(k);
      if (!countryWide(m.place()) || !s.relation(k).equals("nmod:poss") || owned < 0 || s.head(owned) != trigger
          || !s.token(trigger).isVerb() || !s.token(owned).isNoun()) {
        continue;
      }
      String noun = s.token(owned).lemma().toLowerCase(Locale.ROOT);
      if ((s.relation(owned).equals("obj") || s.relation(owned).equals("nsubj:pass")) && !BUILDINGS.contains(noun)
          && !VENUES.contains(noun) && !PLACE_NOUNS.contains(noun)) {
        return m.toLocation();
      }
    }
    for (PlaceMention m : places) {
      // "killed the governor of Diyala province", "the police chief of a district of Monterrey was
      // shot": an official is most likely hit where he serves.
      int k = headOf(s, m);
      while ("of".equals(s.caseMarker(k)) && s.head(k) >= 0
          && PLACE_NOUNS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))
          && !BEARINGS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        k = s.head(k); // not past a bearing: "the governor of a region west of Anbar" serves no Anbar
      }
      int official = s.head(k);
      if (official < 0 || !("of".equals(s.caseMarker(k)) || "for".equals(s.caseMarker(k)))
          || !OFFICIALS.contains(s.token(official).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int victim = s.relation(official).equals("conj") || s.relation(official).equals("appos") ? s.head(official) : official;
      if (victim >= 0 && s.head(victim) == trigger
          && (s.relation(victim).equals("obj") || s.relation(victim).equals("nsubj:pass"))) {
        return m.toLocation();
      }
    }
    return null;
  }

  /** Whether the token lies in what someone says ("says he stopped looting in X") and the trigger does not. */
  private static boolean reportedApart(ParsedSentence s, int i, int trigger) {
    for (int k = i, guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
      if (s.relation(k).equals("ccomp") && s.head(k) >= 0
          && SPEAKING.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT)) && !s.dominates(k, trigger)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs and nouns of protest. */
  private static final java.util.Set<String> PROTESTS = java.util.stream.Stream.concat(
      PlaceWords.load("protest-verbs").stream(), PlaceWords.load("protest-nouns").stream())
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the place lies deep in what a protest is against and the trigger does not: a country
   * ("protested against the escalation of the war in X"), or a place in what describes a person or
   * another act ("against the arrest of Y, a union leader in X", "to protest a ruling implicating Z in a
   * killing in X"). The grievance is then told at length and may lie anywhere; a town in a plain phrase
   * on it is most often where the protest is too ("protested the closing of a school in X",
   * "demonstrated against a land seizure in X"). Only "protest" takes its grievance as an object
   * ("marched the streets of X" is where).
   */
  private static boolean protestedApart(ParsedSentence s, PlaceMention m, int trigger) {
    int steps = 0;
    boolean described = countryWide(m.place());
    for (int k = headOf(s, m), guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
      int h = s.head(k);
      if (h < 0) {
        return false;
      }
      if (!PROTESTS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)) || s.dominates(k, trigger)) {
        // "the town of X" is one place: the step to its place noun does not count.
        steps += PLACE_NOUNS.contains(s.token(h).lemma().toLowerCase(Locale.ROOT)) ? 0 : 1;
        described |= s.baseRelation(k).equals("appos") || s.baseRelation(k).equals("acl") || s.token(k).isVerb();
        continue;
      }
      String cm = String.valueOf(s.caseMarker(k));
      boolean grievance = s.relation(k).equals("obj") && s.token(h).isVerb() && s.token(h).lemma().equalsIgnoreCase("protest")
          || (s.baseRelation(k).equals("obl") || s.baseRelation(k).equals("nmod")) && (cm.equals("against") || cm.equals("over"));
      if (grievance && steps >= 2 && described) {
        return true;
      }
      steps++;
      described |= s.baseRelation(k).equals("appos") || s.baseRelation(k).equals("acl") || s.token(k).isVerb();
    }
    return false;
  }

  /**
   * Whether the token lies in a relative clause that tells what the trigger's subject did or underwent
   * ("the minister, who was indicted by a court in X, shot himself", "the general, who sent troops to
   * X, was killed"): another act of the same person, at another time.
   */
  private static boolean inSubjectsPast(ParsedSentence s, int i, int trigger) {
    for (int k = i, guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
      int subject = s.head(k);
      if (s.relation(k).equals("acl:relcl") && subject >= 0 && s.head(subject) == trigger
          && s.relation(subject).startsWith("nsubj") && s.token(k).isVerb() && !s.dominates(k, trigger)) {
        return true;
      }
    }
    return false;
  }

  /** Units of time that measure a span ("two weeks before", "six months after"). */
  private static final java.util.Set<String> SPANS = PlaceWords.load("time-spans");

  /** Conjunctions that set a clause at another time ("before", "after", "since"). */
  private static final java.util.Set<String> TIME_MARKS = PlaceWords.load("time-marks");

  /**
   * Whether the token lies in a clause set apart from the trigger's by a measured span of time
   * ("two weeks before the rebels left X", "six months after the army declared victory in X"):
   * it tells another event, at another time, likely elsewhere.
   */
  private static boolean measuredApart(ParsedSentence s, int i, int trigger) {
    for (int k = i, guard = 0; k >= 0 && guard < 12; k = s.head(k), guard++) {
      if (!s.token(k).isVerb() || s.dominates(k, trigger)) {
        continue;
      }
      int mark = -1;
      for (int c : s.children(k, "mark")) {
        String w = s.token(c).word().toLowerCase(Locale.ROOT);
        if (TIME_MARKS.contains(w)) {
          mark = c;
        }
      }
      if (mark < 0) {
        continue;
      }
      for (int t = 0; t < mark; t++) {
        if (SPANS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)) && (s.head(t) == k || s.head(t) == mark)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the token names where a speaker is ("relief officials in Nairobi said"), not where anything happened. */
  private static boolean inSpeaker(ParsedSentence s, int i) {
    for (int k = i, guard = 0; k >= 0 && guard < 8; k = s.head(k), guard++) {
      if ((s.relation(k).startsWith("nsubj") || s.relation(k).equals("obl")) && s.head(k) >= 0
          && SPEAKING.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        return true; // "officials in Nairobi said", "it was announced in Lima that"
      }
    }
    return inSource(s, i);
  }

  /** Whether the token is in an "according to" phrase ("according to officials in Nairobi"). */
  private static boolean inSource(ParsedSentence s, int i) {
    // Not past a verb: "according to police: gunmen shot a man in Mosul" places the shooting.
    for (int k = i, guard = 0; k >= 0 && guard < 8 && (k == i || !s.token(k).isVerb()); k = s.head(k), guard++) {
      for (int c : s.children(k, "case")) {
        if (s.token(c).word().equalsIgnoreCase("according")) {
          return true;
        }
      }
    }
    return false;
  }

  private Location ownPlace(ParsedSentence s, List<PlaceMention> places, int trigger, int clause) {
    PlaceMention best = null;
    int bestDepth = Integer.MAX_VALUE;
    for (PlaceMention m : places) {
      int head = headOf(s, m);
      if (!placing(s, m) || inSource(s, head)) {
        continue;
      }
      int depth = depthBelow(s, clause, head);
      if (depth < 0 && clause != trigger) {
        depth = depthBelow(s, trigger, head);
      }
      if (measuredApart(s, head, trigger)) {
        continue; // "weeks before the rebels abandoned X, he was captured"
      }
      if (protestedApart(s, m, trigger)) {
        continue; // "protested against the arrest of a union leader in X"
      }
      if (inTimedDescription(s, head, trigger)) {
        continue; // "shot a man released on Monday from a jail in X"
      }
      int subject = depth >= 0 ? subjectOf(s, head, clause, trigger) : -1;
      if (subject >= 0 && describesActor(s, subject)) {
        // "rebels in Daraa announced", "X, 28, of a village near Hebron, set off a bomb in Tel Aviv":
        // where the doers are or come from is not the clause's place (the sentence's only place may be).
        continue;
      }
      if (subject >= 0) {
        depth += SUBJECT_PENALTY; // "a man from a village near Jenin set off a bomb in Haifa": the actor's home yields
      }
      // "the West Bank city of Nablus", "Iraq's Nineveh province": the finer place of one phrase wins.
      boolean better = best != null && depth >= 0 && (within(m.place(), best.place()) && Math.abs(depth - bestDepth) <= 2
          || locates(s, best, m) || framedBy(s, m, best, clause));
      if (depth >= 0 && (depth < bestDepth && !within(best == null ? null : best.place(), m.place())
          && (best == null || !locates(s, m, best) && !framedBy(s, best, m, clause)) || better)) {
        best = m;
        bestDepth = depth;
      }
    }
    return best == null ? null : best.toLocation();
  }

  /**
   * Whether {@code frame} opens the clause as its setting ("In Hama province, militants shelled the
   * village of X", "In Mosul on Sunday, five men in the Y district were shot") and {@code inner} is a
   * finer place of the same country in the clause: the setting is the wider area, the finer place is
   * where the act was.
   */
  private static boolean framedBy(ParsedSentence s, PlaceMention inner, PlaceMention frame, int clause) {
    if (!finer(inner.place(), frame.place()) || inner.place().country() != null && frame.place().country() != null
        && !inner.place().country().equals(frame.place().country())) {
      return false;
    }
    int k = headOf(s, frame);
    while (k >= 0 && s.head(k) != clause && !s.token(k).isVerb()) {
      k = s.head(k);
    }
    if (k < 0 || s.head(k) != clause || !s.baseRelation(k).equals("obl") || k > clause) {
      return false;
    }
    for (int c : s.children(clause)) {
      if (s.relation(c).startsWith("nsubj") && c < k) {
        return false; // "rebels in Hama shelled" or "militants shelled ... in Hama": no setting
      }
    }
    for (int i = headOf(s, inner), guard = 0; i >= 0 && i != clause && guard < 12; i = s.head(i), guard++) {
      if ("from".equals(s.caseMarker(i))) {
        return false; // "In X, a man from a village in the Y area was shot": where he is from
      }
    }
    return headOf(s, inner) > frame.last();
  }

  /**
   * Whether {@code landmark} only says where {@code place} is: it hangs below the place's phrase
   * without a clause between ("Orgun, in the province of Paktika", "Bonda, on the outskirts of
   * Santa Marta"), or owns the noun the place names ("Yala's Betong district", "Baghdad's Sadr City
   * neighbourhood"). The name after "of" is the phrase's own ("the Homs neighbourhood of Baba Amr").
   */
  private static boolean locates(ParsedSentence s, PlaceMention landmark, PlaceMention place) {
    int top = headOf(s, place);
    int noun = s.baseRelation(top).equals("compound") && s.head(top) >= 0 ? s.head(top) : top;
    String nounLemma = s.token(noun).lemma().toLowerCase(Locale.ROOT);
    if (noun != top && BUILDINGS.contains(nounLemma) && !PLACE_NOUNS.contains(nounLemma)) {
      return false; // "Mecca's Al-Nur hospital": a town's name on a building names the building, in its owner
    }
    int k = headOf(s, landmark);
    for (int guard = 0; k >= 0 && guard < 5; guard++) {
      int h = s.head(k);
      if (h < 0 || s.token(h).isVerb() || s.baseRelation(k).equals("acl") || s.baseRelation(k).equals("conj")) {
        return false;
      }
      if (h == top || h == noun) {
        boolean named = "of".equals(s.caseMarker(k)) && h == noun && noun != top;
        return !named && !s.baseRelation(k).equals("compound");
      }
      k = h;
    }
    return false;
  }

  /** Added to a place's depth when it lies under a participle of the clause: the clause's own places come first. */
  private static final int PARTICIPLE_PENALTY = 6;

  /** Added to a place's depth when it lies in the active subject: any place of the predicate comes first. */
  private static final int SUBJECT_PENALTY = 20;

  /** The head of the active subject of the clause or trigger that the token lies in ("protesters from Cairo"), or -1. */
  private static int subjectOf(ParsedSentence s, int i, int clause, int trigger) {
    for (int k = i, guard = 0; k >= 0 && guard < 10; k = s.head(k), guard++) {
      int h = s.head(k);
      if ((h == clause || h == trigger) && s.relation(k).equals("nsubj")) {
        return k;
      }
      if (h == clause || h == trigger) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a bearing ("north of Baghdad") tells where an act was, not where another place lies
   * ("Orgun, 30 km north of Sharana", "areas southeast of Aleppo"): it hangs on a verb or an event
   * noun and measures no distance.
   */
  private static boolean bearsOnAct(ParsedSentence s, int bearing, int place) {
    int h = s.head(bearing);
    String head = h < 0 ? "" : s.token(h).lemma().toLowerCase(Locale.ROOT);
    if (h < 0 || s.token(h).isProperNoun() || PLACE_NOUNS.contains(head) || head.startsWith("kilomet")
        || head.startsWith("mile") || head.equals("km") || !s.token(h).isVerb() && !s.token(h).isNoun()) {
      return false;
    }
    for (int c : s.children(bearing)) {
      if (c != place && (s.token(c).isNoun() || s.token(c).isNumber())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code inner} lies in {@code outer}: a city or region in its country, a city in its admin1. */
  private static boolean within(Place inner, Place outer) {
    if (inner == null || outer == null || !finer(inner, outer) || inner.country() == null
        || !inner.country().equals(outer.country())) {
      return false;
    }
    return "country".equals(outer.precision()) || outer.admin1() == null || outer.admin1().equals(inner.admin1());
  }

  private static boolean finer(Place a, Place b) {
    return rank(a) < rank(b);
  }

  private static int rank(Place p) {
    if (p.featureCode().equals(PlaceFinder.UNLISTED)) {
      return -1; // a place too small for the gazetteer is finer than the place it is in
    }
    return switch (String.valueOf(p.precision())) {
      case "country" -> 2;
      case "admin1" -> 1;
      default -> 0;
    };
  }

  /** The token of the mention whose head lies outside it. */
  private static int headOf(ParsedSentence s, PlaceMention m) {
    for (int i = m.first(); i <= m.last(); i++) {
      int h = s.head(i);
      if (h < m.first() || h > m.last()) {
        return i;
      }
    }
    return m.last();
  }

  /** Whether the mention places something: not a country naming whose act it is ("a US airstrike", "Syria's war"). */
  private static boolean placing(ParsedSentence s, PlaceMention m) {
    int head = headOf(s, m);
    String rel = s.relation(head);
    if (rel.equals("obj") && s.head(head) >= 0 && !s.children(s.head(head), "xcomp").isEmpty()) {
      return false; // "prompted Paris to protest", "urged Damascus to withdraw": a capital told to act is its government
    }
    if ((rel.equals("obj") || rel.equals("nsubj:pass")) && !countryWide(m.place())) {
      return true; // "shelled Juba", "captured Kunduz", "Baghdad was bombed": a town acted on is where it happens
    }
    if (rel.equals("compound") && s.head(head) >= 0 && s.relation(s.head(head)).equals("obl:tmod")
        && s.head(s.head(head)) >= 0 && s.token(s.head(s.head(head))).isVerb() && !countryWide(m.place())) {
      return true; // "patrolled downtown Kabul Saturday": the parse hung the verb's object on the day
    }
    int joined = m.last() + 2;
    if (joined < s.size() && s.token(m.last() + 1).word().equals("-") && s.head(head) == joined
        && s.token(joined).pos().matches("VBN|VBG|JJ") && s.token(joined).word().equals(s.token(joined).word().toLowerCase(Locale.ROOT))) {
      return false; // "a US-led force", "a Kabul-based group": the place makes an adjective on whose it is
    }
    String owned = s.head(head) < 0 ? "" : s.token(s.head(head)).lemma().toLowerCase(Locale.ROOT);
    if (countryWide(m.place()) && rel.startsWith("compound") && STREETS.contains(owned)) {
      return false; // "Palestine Street", "the Lebanon road": a street named for a country is in some town
    }
    // "a Hong Kong hotel" is in Hong Kong; "a US embassy" and "a US airstrike" say whose, not where.
    boolean civilVenue = rel.startsWith("compound") && (VENUES.contains(owned)
        || BUILDINGS.contains(owned) && !STATE_BUILDINGS.contains(owned));
    if (countryWide(m.place()) && s.head(head) >= 0 && (rel.startsWith("compound")
        || rel.equals("amod") || rel.equals("nmod:poss")) && !PLACE_NOUNS.contains(owned) && !civilVenue) {
      return false;
    }
    return locative(s, head);
  }

  /** A country named as such, not a small place that only takes a country's coordinates. */
  private static boolean countryWide(Place p) {
    return "country".equals(p.precision()) && !p.featureCode().equals(PlaceFinder.UNLISTED);
  }

  /** In a locative phrase: its own case marker, or the head noun's ("the Homs region", "city of Homs"). */
  private static boolean locative(ParsedSentence s, int head) {
    for (int k = head, guard = 0; k >= 0 && guard < 4; k = s.head(k), guard++) {
      String cm = s.caseMarker(k);
      if (cm != null && (cm.equals("'s") || cm.equals("'") || cm.equals("’s") || cm.equals("’"))) {
        // "outside Haiti's capital", "at Basra's main hospital": the owner of a place or building is
        // where it is; a place owning anything else is more likely a person ("Jackson's apartment").
        if (k != head || s.head(k) < 0 || !PLACE_NOUNS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))
            && !BUILDINGS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
          return false;
        }
        cm = null;
      }
      String up = s.head(k) < 0 ? "" : s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT);
      if (cm != null && cm.equals("of") && (PLACE_NOUNS.contains(up) || k != head && SHARES.contains(up))) {
        // "in the eastern city of Goma", "in the yard of a Kabul school": the first preposition
        // counts; so it does after a share of the places ("destroyed one of Baghdad's bridges").
        continue;
      }
      if (cm != null && cm.equals("of") && BEARINGS.contains(up) && bearsOnAct(s, s.head(k), k)) {
        return true; // "captured suspects north of Baghdad": near the town is where
      }
      if (cm != null && cm.equals("of") && CAMPAIGNS.contains(up) && "during".equals(s.caseMarker(s.head(k)))) {
        return true; // "captured during the invasion of Panama"
      }
      if (cm != null && cm.equals("including") && PLACE_NOUNS.contains(up)) {
        continue; // "raided offices in three cities, including Shanghai": where the cities are
      }
      if (cm != null && cm.equals("to") && JOURNEYS.contains(up) && s.token(s.head(k)).isVerb()) {
        return true; // "travelled to Tehran": a visit is at its end
      }
      String lemma = s.token(k).lemma().toLowerCase(Locale.ROOT);
      if (k != head && (s.relation(k).equals("obj") || s.relation(k).equals("nsubj:pass"))
          && (PLACE_NOUNS.contains(lemma) || BUILDINGS.contains(lemma) || SHARES.contains(lemma))) {
        // "stormed the village of Mainok", "patrolled the streets of Srinagar", "attacked Damboa town",
        // "destroyed Baghdad's bridges", and the same told in the passive: "many of Chechnya's towns were destroyed".
        return true;
      }
      if (k == s.head(head) && s.baseRelation(head).equals("compound") && cm == null
          && (s.relation(k).equals("obj") || s.relation(k).equals("nsubj:pass") || s.relation(k).equals("obl"))
          && (VENUES.contains(s.token(k).lemma().toLowerCase(Locale.ROOT))
          || BUILDINGS.contains(s.token(k).lemma().toLowerCase(Locale.ROOT)))) {
        // "bombed a Baghdad restaurant", "a Kabul hotel was stormed", "walked off a Dublin field":
        // a town before a venue is where it is.
        return true;
      }
      if (cm != null && cm.equals("to") && s.head(k) >= 0
          && PLACE_NOUNS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "on the approaches to Palmyra", "at the entrance to the camp": where the approach is
      }
      if (cm != null && cm.equals("for") && s.head(k) >= 0
          && CONTESTS.contains(s.token(s.head(k)).lemma().toLowerCase(Locale.ROOT))) {
        return true; // "killed in the battle for Mosul": a battle for a town is fought there
      }
      if (cm != null && s.children(k, "case").stream().anyMatch(c -> s.token(c).lemma().equalsIgnoreCase("to")
          || s.token(c).lemma().equalsIgnoreCase("from"))) {
        return false; // "handed them over to Kenya", "back from Cairo": whither and whence after a particle
      }
      if (cm != null) {
        String c = cm.toLowerCase(Locale.ROOT);
        // Whither and whence are not where: "fled towards Raqqa", "flew from Paris".
        return PlaceFinder.LOCATIVE.contains(c) && !c.equals("to") && !c.equals("from") && !c.startsWith("toward");
      }
      String rel = s.baseRelation(k);
      if (!rel.equals("compound") && !rel.equals("appos") && !rel.equals("nmod") && !rel.equals("amod")
          && !rel.equals("obl") && !rel.equals("flat")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Dependency steps from {@code top} down to {@code i} without entering another clause, or -1
   * when {@code i} is not in {@code top}'s own clause.
   */
  private static int depthBelow(ParsedSentence s, int top, int i) {
    int depth = 0;
    for (int k = i, below = -1; k >= 0; below = k, k = s.head(k), depth++) {
      if (k == top) {
        return depth;
      }
      // "shot a man walking near his home in Mosul": a participle saying where someone of the clause
      // was at the time is part of the clause, behind anything the clause itself places.
      // Only where it says the person was, not what it acts on ("slamming Washington" places nothing).
      boolean participle = k != top && below >= 0 && s.relation(k).equals("acl") && s.token(k).isVerb()
          && (s.token(k).pos().equals("VBG") || s.token(k).pos().equals("VBN")) && !s.relation(below).equals("obj");
      if (participle) {
        depth += PARTICIPLE_PENALTY;
      }
      if (k != i && s.token(k).isVerb() && !s.relation(k).equals("amod") && !participle) {
        return -1;
      }
      String rel = s.baseRelation(k);
      if (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("advcl") || rel.equals("acl") && !participle) {
        return -1;
      }
      if (depth > 8 + (participle ? PARTICIPLE_PENALTY : 0)) {
        return -1;
      }
    }
    return -1;
  }
}
