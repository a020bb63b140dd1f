package org.vigil.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.CameoCode;
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
}
