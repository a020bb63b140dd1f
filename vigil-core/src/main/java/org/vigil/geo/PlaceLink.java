package org.vigil.geo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.Event;
import org.vigil.model.Location;
import org.vigil.nlp.ParsedSentence;

/**
 * A place from another sentence, only where the text makes the link: "the deaths took place in
 * the Homs region" places the article's latest killing that had no place of its own.
 */
public final class PlaceLink {
  private static final Set<String> HAPPEN = PlaceWords.load("happen-verbs");
  private static final Set<String> DEATHS = PlaceWords.load("death-nouns");
  private static final Set<String> VIOLENCE = PlaceWords.load("violence-nouns");
  private static final Set<String> PROTEST = PlaceWords.load("protest-nouns");

  /** Whether the sentence says where something happened ("took place", "occurred"). */
  public boolean mentionsHappening(ParsedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (HAPPEN.contains(s.token(i).lemma().toLowerCase(Locale.ROOT)) && s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Places the latest earlier event of the family the sentence names, when it has no place yet. */
  public void link(ParsedSentence s, List<PlaceMention> places, EventPlacer placer, List<Event> earlier) {
    for (int v = 0; v < s.size(); v++) {
      String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
      if (!s.token(v).isVerb() || !HAPPEN.contains(lemma)
          || lemma.equals("take") && !hasObject(s, v, "place")) {
        continue;
      }
      String family = family(s, s.firstChild(v, "nsubj"));
      Location where = family == null ? null : placer.place(s, places, v, v);
      if (where == null) {
        continue;
      }
      for (int i = earlier.size() - 1; i >= 0; i--) {
        Event e = earlier.get(i);
        if (e.sentenceIndex() < s.index() && (e.location() == null || e.location().text() == null)
            && inFamily(e, family)) {
          earlier.set(i, new Event(e.id(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.date(),
              e.source(), e.target(), e.cameo(), where, e.size(), e.attribution(), e.modality(), e.quote(),
              e.rule() + " (place from sentence " + s.index() + ")", e.confidence()));
          break;
        }
      }
    }
  }

  private static boolean hasObject(ParsedSentence s, int v, String word) {
    int obj = s.firstChild(v, "obj");
    return obj >= 0 && s.token(obj).lemma().equalsIgnoreCase(word);
  }

  /** "deaths", "the majority of the deaths", "the attack": which kind of event the subject names. */
  private static String family(ParsedSentence s, int subj) {
    if (subj < 0) {
      return null;
    }
    for (int k : new int[] {subj, ofChild(s, subj)}) {
      if (k < 0) {
        continue;
      }
      String l = s.token(k).lemma().toLowerCase(Locale.ROOT);
      if (DEATHS.contains(l)) {
        return "deaths";
      }
      if (VIOLENCE.contains(l)) {
        return "violence";
      }
      if (PROTEST.contains(l)) {
        return "protest";
      }
    }
    return null;
  }

  private static int ofChild(ParsedSentence s, int h) {
    for (int c : s.children(h, "nmod")) {
      if ("of".equals(s.caseMarker(c))) {
        return c;
      }
    }
    return -1;
  }

  private static boolean inFamily(Event e, String family) {
    String root = e.cameo().root();
    return switch (family) {
      case "deaths" -> e.size().dead() != null;
      case "violence" -> root.compareTo("18") >= 0 || root.equals("17");
      case "protest" -> root.equals("14");
      default -> false;
    };
  }
}
