package org.vigil.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.CameoCode;
import org.vigil.model.Count;
import org.vigil.model.Location;
import org.vigil.model.Event;
import org.vigil.model.EventDate;
import org.vigil.model.Modality;
import org.vigil.model.Size;
import org.vigil.model.Span;

class EventJsonTest {
  @Test
  void writesEveryFieldOfTheRecordInSchemaOrder() throws Exception {
    Actor fr = new Actor("France", 0, 6, "France", "FRA", "FRA", List.of());
    Event e = new Event("d:0:0", "d", 0, "France accused Syria.", new Span("accused", 7, 14),
        new EventDate("2011-09-07", "day", "publication", null), fr, null,
        new CameoCode("112", "Accuse", -2.0, 3, "ACCUSE", "allege"), null, Size.NONE, null, Modality.ASSERTED, null,
        "verb accuse -> 112", 0.7);
    JsonNode n = new ObjectMapper().readTree(EventJson.toJson(e));
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("schema", "id", "doc_id", "sentence_index", "sentence", "trigger", "date", "date_precision",
        "date_source", "source", "target", "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover",
        "location", "size", "attribution", "modality", "rule", "confidence"), fields);
    assertEquals("vigil.event/1", n.get("schema").asText());
    assertEquals("11", n.get("cameo_root").asText());
    assertEquals("FRA", n.get("source").get("country").asText());
    assertEquals(true, n.get("target").isNull());
  }

  @Test
  void readsBackEveryFieldItWrote() {
    Actor police = new Actor("police", 20, 26, null, "KENCOP", "KEN", List.of("COP"));
    Actor crowd = new Actor("protesters", 40, 50, null, "KENCVL", "KEN", List.of("CVL"));
    Event e = new Event("n:2:1", "n", 2, "In Nakuru, police fired on protesters, killing at least 3.",
        new Span("fired", 27, 32), new EventDate("2023-07-12", "day", "text", new Span("Wednesday", 5, 14)), police,
        crowd, new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", null),
        new Location("Nakuru", 3, 9, "Nakuru", "KEN", "Nakuru County", -0.28, 36.07, 184622L, "city"),
        new Size(new Count(3, "at least", null), null, null), null, new Modality(false, false, false, false),
        "\"uses force\"", "verb fire+on -> 190", 0.9);
    String json = EventJson.toJson(e);
    assertEquals(e, EventJson.fromJson(json));
    assertEquals(json, EventJson.toJson(EventJson.fromJson(json)));
  }

  @Test
  void aPlaceLocatedNowhereHasNoCoordinates() {
    Event e = new Event("n:0:0", "n", 0, "Gunmen stormed the village of Kambari.", new Span("stormed", 7, 14), null,
        null, null, new CameoCode("190", "Use conventional military force", -10.0, 4, "ASSAULT", null),
        new Location("Kambari", 30, 37, "Kambari", null, null, null, null, null, null), Size.NONE, null,
        new Modality(false, false, false, false), null, "verb storm -> 190", 0.9);
    String json = EventJson.toJson(e);
    assertTrue(json.contains("\"lat\":null") && json.contains("\"lon\":null"), json);
    assertEquals(e, EventJson.fromJson(json));
  }

  @Test
  void refusesTextThatIsNotAnEventRecord() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> EventJson.fromJson("{\"schema\":\"other\"}"));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EventJson.fromJson("{oops"));
  }
}
