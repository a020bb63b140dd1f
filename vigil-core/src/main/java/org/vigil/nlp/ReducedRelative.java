package org.vigil.nlp;

import java.util.Set;

/**
 * Mends the parse of a participle phrase on a sentence's subject: "Rebels backed by Rwanda seized
 * the town". The parser takes the participle for the main verb (root "backed", subject "rebels")
 * and hangs the real verb under it as an unlabelled dependent, so the coder would read a backing
 * and an actorless seizure. When a past participle with no auxiliary has a by-phrase (or is "held
 * hostage", a passive by its form) and a finite verb after it as a plain dependent, the finite verb
 * is the clause's head and the participle modifies the subject.
 */
final class ReducedRelative {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  /**
   * Past participles that are never a past tense: on a subject they cannot be its verb, so they
   * need no by-phrase to show it ("a bomb hidden in a car blew up").
   */
  private static final Set<String> PARTICIPLE_ONLY = Set.of("hidden", "taken", "given", "driven", "written",
      "stolen", "seen", "known", "shown", "thrown", "broken", "chosen", "frozen", "spoken", "beaten", "fallen",
      "forgotten", "ridden", "shaken", "sworn", "torn", "worn", "drawn", "grown", "blown", "flown", "done",
      "gone", "begun", "mistaken", "undertaken", "withdrawn", "forbidden", "bitten", "risen", "sunk", "overthrown",
      "rewritten");
  private static final Set<String> HELD = Set.of("held", "kept", "taken");
  /**
   * Past forms of verbs that always take an object (one kidnaps someone): with none after them
   * they are passive participles.
   */
  private static final Set<String> OBJECT_ONLY = Set.of("kidnapped", "abducted", "arrested", "detained", "captured",
      "seized", "jailed", "imprisoned", "deported", "expelled", "rescued", "freed", "released", "wounded", "injured",
      "killed", "hijacked", "convicted", "sentenced", "accused", "charged", "displaced", "evicted", "tortured");
  /** Things that plant or hide nothing: a past form on them is a participle ("a bomb planted in a car exploded"). */
  private static final Set<String> EXPLOSIVES = Set.of("bomb", "bombs", "device", "devices", "explosive", "explosives",
      "mine", "mines", "ied", "grenade", "charge");
  private static final Set<String> HOSTAGE = Set.of("hostage", "captive");

  private ReducedRelative() {
  }

  /**
   * Repairs {@code heads}, {@code relations} and the participle's tag in {@code tags} in place;
   * returns how many clauses it mended.
   */
  static int repair(String[] words, String[] tags, int[] heads, String[] relations) {
    int mended = participlesOnNouns(tags, heads, relations) + participlesOnObjects(words, tags, heads, relations);
    for (int v = 1; v < words.length; v++) {
      // The tagger may have read the participle as a past tense ("held"); it is one only when the
      // verb after it has its own auxiliary ("... held by gunmen were freed").
      // "held hostage" with no object between is a passive: one is held hostage, not holding one.
      boolean bareHostage = v + 1 < words.length && HOSTAGE.contains(words[v + 1].toLowerCase(java.util.Locale.ROOT))
          && heads[v + 1] == v && HELD.contains(words[v].toLowerCase(java.util.Locale.ROOT));
      if (!tags[v].equals("VBN") && !tags[v].equals("VBD")) {
        continue;
      }
      boolean participle = bareHostage || PARTICIPLE_ONLY.contains(words[v].toLowerCase(java.util.Locale.ROOT))
          || explosiveSubject(words, heads, relations, v);
      boolean pastTense = tags[v].equals("VBD") && !participle;
      boolean clausal = relations[v].startsWith("csubj");
      int subject = -1;
      int verb = -1;
      boolean agent = false;
      boolean auxiliary = false;
      for (int c = 0; c < words.length; c++) {
        if (heads[c] != v) {
          continue;
        }
        String rel = relations[c];
        if (rel.equals("nsubj") && c < v && tags[c].startsWith("NN")) {
          subject = c;
        } else if (rel.startsWith("aux") || rel.equals("cop") || rel.equals("nsubj:pass")) {
          auxiliary = true;
        } else if ((rel.equals("dep") || rel.equals("parataxis")) && c > v && verb < 0
            && (FINITE.contains(tags[c]) && !pastTense || tags[c].startsWith("VB") && hasAuxiliary(heads, relations, c))) {
          verb = c;
        } else if (rel.startsWith("obl") && c > v && hasBy(words, heads, c)) {
          agent = true;
        }
      }
      if (verb < 0 && participle) {
        verb = strandedVerb(tags, heads, relations, v); // "a bomb planted in a minibus exploded": hung on "minibus"
      }
      // The parser's other reading: the participle clause as the real verb's clausal subject.
      boolean clausalSubject = verb < 0 && clausal && heads[v] > v
          && (FINITE.contains(tags[heads[v]]) && !pastTense || hasAuxiliary(heads, relations, heads[v]));
      if (subject < 0 || verb < 0 && !clausalSubject || !agent && !participle || auxiliary
          || !Heads.between(heads, subject, v, subject)) { // the words between must belong to the subject
        continue;
      }
      if (clausalSubject) {
        verb = heads[v];
      } else {
        heads[verb] = heads[v];
        relations[verb] = relations[v];
      }
      heads[subject] = verb;
      relations[subject] = relations[v].equals("csubj:pass") ? "nsubj:pass" : "nsubj";
      heads[v] = subject;
      relations[v] = "acl";
      tags[v] = "VBN";
      for (int c = 0; c < words.length; c++) {
        if (heads[c] == v && (c > verb || c < subject)) {
          heads[c] = verb; // "when" before the subject, the final punctuation: the real verb's
        }
      }
      mended++;
    }
    return mended;
  }

  /**
   * "resulting in all crew and officers killed": a past form the parser could not place, hung on
   * the noun before it with no subject or object of its own, is a participle on that noun (the
   * crew were killed, they killed no one). So is a participle so hung on the verb when it follows
   * a noun straight after: in "rescued the hostages released so far" the rescuers released no one,
   * and in "resumed talks suspended last year" they suspended nothing now.
   */
  private static int participlesOnNouns(String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int v = 1; v < tags.length; v++) {
      int h = heads[v];
      // (A participle is never an adverb, so one hung as "advmod" was misplaced the same way.)
      boolean onVerb = tags[v].equals("VBN") && (relations[v].equals("dep") || relations[v].equals("advmod"))
          && h >= 0 && h < v - 1
          && tags[h].startsWith("VB") && tags[v - 1].startsWith("NN");
      if (onVerb && heads[v - 1] == v && relations[v - 1].equals("nsubj")) {
        // The parser may have made the noun the participle's subject; a bare participle has none.
        heads[v - 1] = h;
        relations[v - 1] = "obj";
      }
      if (onVerb) {
        h = v - 1;
      } else if (!tags[v].equals("VBD") || !relations[v].equals("dep") || h < 0 || h >= v || !tags[h].startsWith("NN")) {
        continue;
      }
      boolean own = false;
      for (int c = 0; c < tags.length; c++) {
        own |= heads[c] == v && (relations[c].startsWith("nsubj") || relations[c].equals("obj") || relations[c].startsWith("aux"));
      }
      if (!own) {
        heads[v] = h;
        tags[v] = "VBN";
        relations[v] = "acl";
        mended++;
      }
    }
    return mended;
  }

  /**
   * "Troops freed three nurses abducted in May": the parser may read the object and the
   * participle after it as a clause ("nurses abducted"), so the freed would be abductors. A
   * past form of a verb that always takes an object, with none of its own, no auxiliary and no
   * clause under it, is a participle on the noun before it, and that noun is the object of the
   * verb before it (which must have none). So is such a form hung loose on the verb right after
   * the verb's object ("freed two nurses abducted in May": the freers abducted no one).
   */
  private static int participlesOnObjects(String[] words, String[] tags, int[] heads, String[] relations) {
    int mended = 0;
    for (int c = 1; c < words.length; c++) {
      int v = heads[c];
      if (!tags[c].equals("VBD") && !tags[c].equals("VBN") || v < 0 || v >= c || !tags[v].startsWith("VB")
          || !OBJECT_ONLY.contains(words[c].toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      int object = Heads.child(heads, relations, v, "obj");
      if (object >= 0 && object < c && relations[c].equals("dep") && Heads.between(heads, object, c, object)
          && !ownArguments(heads, relations, c, -1)) {
        // The parser's other reading: the participle as a loose dependent of the verb, after its object.
        heads[c] = object;
        relations[c] = "acl";
        tags[c] = "VBN";
        mended++;
        continue;
      }
      if (object >= 0 || !relations[c].equals("ccomp")) {
        continue;
      }
      int subject = Heads.child(heads, relations, c, "nsubj");
      if (subject <= v || subject > c || !tags[subject].startsWith("NN") || ownArguments(heads, relations, c, subject)
          || !Heads.between(heads, v, c, subject)) {
        continue;
      }
      heads[subject] = v;
      relations[subject] = "obj";
      heads[c] = subject;
      relations[c] = "acl";
      tags[c] = "VBN";
      mended++;
    }
    return mended;
  }

  /** Whether {@code v} has a subject (other than {@code except}), object, auxiliary or clause of its own. */
  private static boolean ownArguments(int[] heads, String[] relations, int v, int except) {
    for (int k = 0; k < heads.length; k++) {
      String rel = relations[k];
      if (heads[k] == v && k != except && (rel.startsWith("nsubj") || rel.equals("obj") || rel.startsWith("aux") || rel.equals("cop")
          || rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("mark"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean explosiveSubject(String[] words, int[] heads, String[] relations, int v) {
    for (int c = 0; c < v; c++) {
      if (heads[c] == v && relations[c].equals("nsubj") && EXPLOSIVES.contains(words[c].toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A finite verb with no subject of its own that the parser hung as a clause on a noun of the
   * participle's phrase ("planted in a minibus exploded"): the sentence's real verb. Else -1.
   */
  private static int strandedVerb(String[] tags, int[] heads, String[] relations, int v) {
    for (int c = v + 1; c < tags.length; c++) {
      int n = heads[c];
      if (FINITE.contains(tags[c]) && relations[c].equals("acl") && n > v && heads[n] == v && relations[n].startsWith("obl")
          && Heads.child(heads, relations, c, "nsubj") < 0) {
        return c;
      }
    }
    return -1;
  }


  private static boolean hasAuxiliary(int[] heads, String[] relations, int verb) {
    for (int c = 0; c < heads.length; c++) {
      if (heads[c] == verb && relations[c].startsWith("aux")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBy(String[] words, int[] heads, int phrase) {
    for (int c = 0; c < phrase; c++) {
      if (heads[c] == phrase && words[c].equalsIgnoreCase("by")) {
        return true;
      }
    }
    return false;
  }
}
