package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.Article;
import org.vigil.model.CameoCode;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.model.EventDate;
import org.vigil.model.Location;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.model.Span;

/** Event records built by hand for store tests: no NLP needed. */
final class Mentions {
  static final Location ALEPPO = new Location("Aleppo", 0, 6, "Aleppo", "SYR", "Aleppo", 36.2021, 37.1343, 170063L,
      "city");
  static final Location IDLIB = new Location("Idlib", 0, 5, "Idlib", "SYR", "Idlib", 35.9306, 36.6339, 169389L,
      "city");
  static final Location DAMASCUS = new Location("Damascus", 0, 8, "Damascus", "SYR", "Dimashq", 33.5102, 36.2913,
      170654L, "city");
  static final Location SYRIA = new Location("Syria", 0, 5, "Syria", "SYR", null, 33.5102, 36.2913, 163843L,
      "country");
  static final Location NAIROBI = new Location("Nairobi", 0, 7, "Nairobi", "KEN", "Nairobi", -1.2833, 36.8167,
      184745L, "city");

  static final CameoCode SHELL = new CameoCode("194", "Fight with artillery and tanks", -10.0, 4, "ASSAULT", null);
  static final CameoCode FIGHT = new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", null);
  static final CameoCode MEET = new CameoCode("040", "Consult", 1.0, 1, "CONSULT", "meet");
  static final CameoCode ACCUSE = new CameoCode("112", "Accuse", -2.0, 3, "ACCUSE", "allege");
  static final CameoCode STATEMENT = new CameoCode("010", "Make statement, not specified below", 0.0, 1, null, null);
  static final CameoCode PROTEST = new CameoCode("141", "Demonstrate or rally", -6.5, 3, "PROTEST", "demonstrate");

  private Mentions() {
  }

  static Actor actor(String code) {
    if (code == null) {
      return null;
    }
    // Sector-only codes ("MIL", as the coder gives for "soldiers") carry no country.
    if (List.of("MIL", "COP", "REB", "CVL", "GOV", "INS", "OPP").contains(code)) {
      return new Actor(code.toLowerCase(), 0, 3, null, code, null, List.of(code));
    }
    String country = code.length() >= 3 && !code.startsWith("IGO") ? code.substring(0, 3) : null;
    List<String> sectors = code.length() > 3 ? List.of(code.substring(3)) : List.of();
    return new Actor(code.toLowerCase(), 0, code.length(), null, code, country, sectors);
  }

  static Event event(String doc, int sentence, String date, String source, String target, CameoCode cameo,
                     Location where, String text) {
    return new Event(doc + ":" + sentence + ":0", doc, sentence, text, new Span("x", 0, 1),
        date == null ? null : new EventDate(date, "day", "publication", null), actor(source), actor(target), cameo,
        where, Size.NONE, null, Modality.ASSERTED, null, "test", 0.9);
  }

  static Event killing(String doc, int sentence, String date, String source, String target, Location where,
                       int dead, String text) {
    Event e = event(doc, sentence, date, source, target, SHELL, where, text);
    return new Event(e.id(), e.docId(), e.sentenceIndex(), e.sentence(), e.trigger(), e.date(), e.source(),
        e.target(), e.cameo(), e.location(), new Size(new Count(dead, null, null), null, null), null, e.modality(),
        null, e.rule(), e.confidence());
  }

  static Article article(String id, String date, String source, String text) {
    return new Article(id, LocalDate.parse(date), null, text, source);
  }
}
