package org.vigil.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Actor;
import org.vigil.model.CameoCode;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.model.EventDate;
import org.vigil.model.Location;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.model.Span;

/** Writes events as {@code vigil.event/1} JSON objects, fields in the order of docs/event-record.md. */
public final class EventJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private EventJson() {
  }

  /** One event as a single line of JSON. */
  public static String toJson(Event e) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toString();
  }

  public static void write(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", Event.SCHEMA);
    g.writeStringField("id", e.id());
    g.writeStringField("doc_id", e.docId());
    g.writeNumberField("sentence_index", e.sentenceIndex());
    g.writeStringField("sentence", e.sentence());
    g.writeObjectFieldStart("trigger");
    g.writeStringField("text", e.trigger().text());
    g.writeNumberField("start", e.trigger().start());
    g.writeNumberField("end", e.trigger().end());
    g.writeEndObject();
    if (e.date() == null) {
      g.writeNullField("date");
      g.writeNullField("date_precision");
      g.writeNullField("date_source");
    } else {
      g.writeStringField("date", e.date().value());
      g.writeStringField("date_precision", e.date().precision());
      g.writeStringField("date_source", e.date().source());
      if (e.date().evidence() != null) {
        g.writeObjectFieldStart("date_evidence");
        g.writeStringField("text", e.date().evidence().text());
        g.writeNumberField("start", e.date().evidence().start());
        g.writeNumberField("end", e.date().evidence().end());
        g.writeEndObject();
      }
    }
    actor(g, "source", e.source());
    actor(g, "target", e.target());
    g.writeStringField("cameo", e.cameo().code());
    g.writeStringField("cameo_root", e.cameo().root());
    g.writeStringField("cameo_name", e.cameo().name());
    g.writeNumberField("quad_class", e.cameo().quadClass());
    g.writeNumberField("goldstein", e.cameo().goldstein());
    g.writeObjectFieldStart("plover");
    g.writeStringField("type", e.cameo().ploverType());
    g.writeStringField("mode", e.cameo().ploverMode());
    g.writeEndObject();
    location(g, e.location());
    g.writeObjectFieldStart("size");
    count(g, "dead", e.size().dead());
    count(g, "injured", e.size().injured());
    count(g, "arrested", e.size().arrested());
    if (!e.size().isEmpty()) {
      g.writeObjectFieldStart("qualifiers");
      qualifier(g, "dead", e.size().dead());
      qualifier(g, "injured", e.size().injured());
      qualifier(g, "arrested", e.size().arrested());
      g.writeEndObject();
    }
    g.writeEndObject();
    actor(g, "attribution", e.attribution());
    g.writeObjectFieldStart("modality");
    g.writeBooleanField("negated", e.modality().negated());
    g.writeBooleanField("hypothetical", e.modality().hypothetical());
    g.writeBooleanField("future", e.modality().future());
    g.writeBooleanField("historical", e.modality().historical());
    g.writeEndObject();
    if (e.quote() != null) {
      g.writeStringField("quote", e.quote());
    }
    g.writeStringField("rule", e.rule());
    g.writeNumberField("confidence", Math.round(e.confidence() * 100) / 100.0);
    g.writeEndObject();
  }

  private static void actor(JsonGenerator g, String field, Actor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("text", a.text());
    g.writeNumberField("start", a.start());
    g.writeNumberField("end", a.end());
    g.writeStringField("name", a.name());
    g.writeStringField("code", a.code());
    g.writeStringField("country", a.country());
    g.writeArrayFieldStart("sectors");
    for (String s : a.sectors()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, Location l) throws IOException {
    if (l == null) {
      g.writeNullField("location");
      return;
    }
    g.writeObjectFieldStart("location");
    g.writeStringField("text", l.text());
    if (l.text() == null) {
      g.writeNullField("start");
      g.writeNullField("end");
    } else {
      g.writeNumberField("start", l.start());
      g.writeNumberField("end", l.end());
    }
    g.writeStringField("name", l.name());
    g.writeStringField("country", l.country());
    g.writeStringField("admin1", l.admin1());
    number(g, "lat", l.lat());
    number(g, "lon", l.lon());
    if (l.geonamesId() == null) {
      g.writeNullField("geonames_id");
    } else {
      g.writeNumberField("geonames_id", l.geonamesId());
    }
    g.writeStringField("precision", l.precision());
    // "text": named in the event's clause; "actors", "dateline": inferred from the actors' or the dateline's country.
    g.writeStringField("basis", l.basis());
    g.writeEndObject();
  }

  /** A number field, null when there is no number (a place named but located nowhere has no coordinates). */
  public static void number(JsonGenerator g, String field, Double value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value);
    }
  }

  private static void count(JsonGenerator g, String field, Count c) throws IOException {
    if (c == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, c.value());
    }
  }

  private static void qualifier(JsonGenerator g, String field, Count c) throws IOException {
    if (c != null && c.qualifier() != null) {
      g.writeStringField(field, c.qualifier());
    }
  }

  /**
   * Reads one {@code vigil.event/1} record back (the store keeps records as JSON). The offsets of
   * casualty counts are not part of the record, so their evidence comes back null.
   *
   * @throws IllegalArgumentException when the text is not such a record
   */
  public static Event fromJson(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject() || !Event.SCHEMA.equals(text(n, "schema"))) {
      throw new IllegalArgumentException("not a " + Event.SCHEMA + " record");
    }
    EventDate date = n.hasNonNull("date") ? new EventDate(text(n, "date"), text(n, "date_precision"),
        text(n, "date_source"), span(n.get("date_evidence"))) : null;
    JsonNode plover = n.path("plover");
    CameoCode cameo = new CameoCode(text(n, "cameo"), text(n, "cameo_name"), n.path("goldstein").asDouble(),
        n.path("quad_class").asInt(), text(plover, "type"), text(plover, "mode"));
    JsonNode sz = n.path("size");
    JsonNode q = sz.path("qualifiers");
    Size size = new Size(count(sz, q, "dead"), count(sz, q, "injured"), count(sz, q, "arrested"));
    JsonNode m = n.path("modality");
    Modality modality = new Modality(m.path("negated").asBoolean(), m.path("hypothetical").asBoolean(),
        m.path("future").asBoolean(), m.path("historical").asBoolean());
    return new Event(text(n, "id"), text(n, "doc_id"), n.path("sentence_index").asInt(), text(n, "sentence"),
        span(n.get("trigger")), date, actorOf(n.get("source")), actorOf(n.get("target")), cameo,
        locationOf(n.get("location")), size.isEmpty() ? Size.NONE : size, actorOf(n.get("attribution")), modality,
        text(n, "quote"), text(n, "rule"), n.path("confidence").asDouble());
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Span span(JsonNode n) {
    return n == null || n.isNull() ? null : new Span(text(n, "text"), n.path("start").asInt(), n.path("end").asInt());
  }

  private static Actor actorOf(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<String> sectors = new ArrayList<>();
    n.path("sectors").forEach(s -> sectors.add(s.asText()));
    return new Actor(text(n, "text"), n.path("start").asInt(), n.path("end").asInt(), text(n, "name"),
        text(n, "code"), text(n, "country"), sectors);
  }

  private static Location locationOf(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    JsonNode g = n.get("geonames_id");
    return new Location(text(n, "text"), n.path("start").asInt(), n.path("end").asInt(), text(n, "name"),
        text(n, "country"), text(n, "admin1"), n.hasNonNull("lat") ? n.get("lat").asDouble() : null, n.hasNonNull("lon") ? n.get("lon").asDouble() : null,
        g == null || g.isNull() ? null : g.asLong(), text(n, "precision"),
        n.hasNonNull("basis") ? n.get("basis").asText() : n.hasNonNull("text") ? "text" : "actors");
  }

  private static Count count(JsonNode size, JsonNode qualifiers, String field) {
    JsonNode v = size.get(field);
    return v == null || v.isNull() ? null : new Count(v.asInt(), text(qualifiers, field), null);
  }
}
