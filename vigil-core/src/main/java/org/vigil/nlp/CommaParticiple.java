package org.vigil.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * Mends the parse of a participle set off by a comma after a verb's object: "summoned the envoy,
 * accusing Paris of meddling", "stormed a hotel, taking dozens of guests hostage". The parser hangs
 * the participle on the object noun, as if the envoy accused or the hotel took hostages; in news such
 * a participle of saying, judging or force almost always tells what the subject did, so it becomes an
 * adverbial clause of the verb. Other participles stay: "killed ten militants, including a commander"
 * names who the militants were.
 */
final class CommaParticiple {
  private static final Set<String> SUBJECTS_ACTS = Set.of("accuse", "say", "call", "urge", "warn", "blame", "describe",
      "condemn", "cite", "claim", "demand", "insist", "add", "charge", "deny", "criticize", "criticise", "praise",
      "vow", "threaten", "pledge", "promise", "argue", "complain", "label", "dismiss", "reject", "welcome",
      "express", "voice", "appeal", "ask", "tell", "note", "stress", "announce", "declare",
      // force done to people, which a place or a thing does not do
      "take", "kill", "wound", "injure", "abduct", "kidnap", "seize", "capture", "detain", "arrest");

  private CommaParticiple() {
  }

  /** Repairs {@code heads} and {@code relations} in place; returns how many participles it moved. */
  static int repair(String[] lemmas, String[] tags, int[] heads, String[] relations) {
    int moved = 0;
    for (int v = 2; v < tags.length; v++) {
      int noun = heads[v];
      if (!tags[v].equals("VBG") || !relations[v].equals("acl") || noun < 0 || noun >= v || !tags[v - 1].equals(",")
          || !SUBJECTS_ACTS.contains(lemmas[v].toLowerCase(Locale.ROOT))) {
        continue;
      }
      int verb = heads[noun];
      if (verb < 0 || !relations[noun].equals("obj") || !tags[verb].startsWith("VB")) {
        continue;
      }
      heads[v] = verb;
      relations[v] = "advcl";
      if (heads[v - 1] == noun) {
        heads[v - 1] = verb; // the comma sets the clause off from the verb's phrase
      }
      moved++;
    }
    return moved;
  }
}
