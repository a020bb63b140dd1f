package org.vigil.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VigilServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Reply(int status, JsonNode body, String raw) {
  }

  static Reply get(String base, String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  static Reply post(String base, String path, String body, String token) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  private static Reply send(HttpRequest r) throws IOException, InterruptedException {
    HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    JsonNode body = null;
    if (res.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      body = JSON.readTree(res.body());
    }
    return new Reply(res.statusCode(), body, res.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void eventsAreListedNewestFirstWithTheirStoryAndTheTotal() throws Exception {
    Reply r = get(TestServer.base(), "/api/events?limit=3");
    assertEquals(200, r.status(), r.raw());
    JsonNode events = r.body().get("events");
    assertEquals(3, events.size());
    assertTrue(r.body().get("total").asLong() > 3, r.raw());
    assertEquals(3, r.body().get("limit").asInt());
    JsonNode first = events.get(0);
    assertEquals("vigil.event/1", first.get("schema").asText());
    assertFalse(first.get("story_id").asText().isEmpty());
    assertTrue(first.get("date").asText().compareTo(events.get(2).get("date").asText()) >= 0);
  }

  @Test
  void filtersNarrowTheEventsTheWayTheStoreDoes() throws Exception {
    String b = TestServer.base();
    assertTrue(get(b, "/api/events?actor=SYR").body().get("total").asLong() >= 1);
    for (JsonNode e : get(b, "/api/events?quad=4").body().get("events")) {
      assertEquals(4, e.get("quad_class").asInt());
    }
    for (JsonNode e : get(b, "/api/events?from=2023-06-01&to=2023-06-30").body().get("events")) {
      assertTrue(e.get("date").asText().startsWith("2023-06"), e.toString());
    }
    JsonNode near = get(b, "/api/events?near=" + enc("36.2,37.15,50")).body();
    assertTrue(near.get("total").asLong() >= 1, "an event at Aleppo is within 50 km of it");
    for (JsonNode e : near.get("events")) {
      assertEquals("SYR", e.get("location").get("country").asText());
    }
    assertEquals(0, get(b, "/api/events?text=zeppelin").body().get("total").asLong());
  }

  @Test
  void anEventComesWithItsStoryItsArticleAndTheEvidenceToMark() throws Exception {
    String id = get(TestServer.base(), "/api/events?actor=SYR&code=19").body().get("events").get(0).get("id").asText();
    Reply r = get(TestServer.base(), "/api/events/" + enc(id));
    assertEquals(200, r.status(), r.raw());
    assertEquals(id, r.body().get("event").get("id").asText());
    assertTrue(r.body().get("story").get("mentions").size() >= 1);
    String text = r.body().get("article").get("text").asText();
    List<String> kinds = new ArrayList<>();
    for (JsonNode h : r.body().get("highlights")) {
      kinds.add(h.get("kind").asText());
      assertEquals(h.get("text").asText(), text.substring(h.get("start").asInt(), h.get("end").asInt()));
    }
    assertTrue(kinds.containsAll(List.of("trigger", "source")), kinds.toString());
    assertEquals(404, get(TestServer.base(), "/api/events/nope").status());
  }

  @Test
  void statsCountEventsPerPeriodPairAndPlace() throws Exception {
    JsonNode t = get(TestServer.base(), "/api/stats/timeline?by=month").body();
    assertEquals("month", t.get("by").asText());
    JsonNode bucket = t.get("buckets").get(0);
    assertTrue(bucket.get("period").asText().matches("\\d{4}-\\d{2}"), bucket.toString());
    assertTrue(bucket.has("quad_class") && bucket.has("events"));
    assertTrue(get(TestServer.base(), "/api/stats/timeline?by=week").body().get("buckets").get(0)
        .get("period").asText().contains("-W"));
    JsonNode dyads = get(TestServer.base(), "/api/stats/dyads").body().get("dyads");
    assertTrue(dyads.size() >= 2 && dyads.get(0).has("mean_goldstein"), dyads.toString());
    JsonNode places = get(TestServer.base(), "/api/stats/places?country=KEN").body().get("places");
    List<String> names = new ArrayList<>();
    places.forEach(p -> names.add(p.get("name").asText()));
    assertTrue(names.contains("Nairobi"), places.toString());
  }

  @Test
  void codingAnArticleReturnsItsEventsWithoutStoringThem() throws Exception {
    long before = get(TestServer.base(), "/api/health").body().get("events").asLong();
    Reply r = post(TestServer.base(), "/api/code",
        "{\"text\":\"Greece condemned Turkey on Monday.\",\"date\":\"2019-04-03\"}", null);
    assertEquals(200, r.status(), r.raw());
    JsonNode e = r.body().get("events").get(0);
    assertEquals("GRC", e.get("source").get("code").asText());
    assertEquals("TUR", e.get("target").get("code").asText());
    assertEquals("pasted", e.get("doc_id").asText());
    assertEquals(before, get(TestServer.base(), "/api/health").body().get("events").asLong());
  }

  @Test
  void badRequestsAreRefusedWithAJsonErrorAndTheirStatus() throws Exception {
    String b = TestServer.base();
    Reply unknown = get(b, "/api/events?actr=SYR");
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().get("error").asText().contains("'actr'"), unknown.raw());
    assertEquals(400, get(b, "/api/stats/timeline?by=year").status());
    assertEquals(400, get(b, "/api/events?limit=-1").status());
    assertEquals(400, get(b, "/api/events?near=1,2").status());
    Reply malformed = post(b, "/api/code", "{\"text\": \"Greece", null);
    assertEquals(400, malformed.status());
    assertTrue(malformed.body().get("error").asText().startsWith("malformed JSON"), malformed.raw());
    assertEquals(400, post(b, "/api/code", "[1,2]", null).status());
    assertEquals(400, post(b, "/api/code", "{\"text\":\"x\",\"date\":\"yesterday\"}", null).status());
    String huge = "{\"text\":\"" + "a".repeat(VigilServer.MAX_BODY + 10) + "\"}";
    Reply tooBig = post(b, "/api/code", huge, null);
    assertEquals(413, tooBig.status());
    assertTrue(tooBig.body().has("error"));
    assertEquals(404, get(b, "/api/nothing").status());
    assertTrue(get(b, "/api/nothing").body().has("error"));
  }

  @Test
  void storingAnArticleNeedsTheTokenWhenOneIsSet() throws Exception {
    try (VigilServer s = new VigilServer(TestServer.empty(), TestServer.pipeline()::code, "s3cret").start("127.0.0.1", 0)) {
      String b = "http://127.0.0.1:" + s.port();
      String article = "{\"id\":\"p-1\",\"date\":\"2022-02-02\",\"text\":\"Chile accused Peru of spying on Tuesday.\"}";
      Reply none = post(b, "/api/articles", article, null);
      assertEquals(401, none.status());
      assertTrue(none.body().get("error").asText().contains("missing"));
      assertEquals(401, post(b, "/api/articles", article, "guess").status());
      assertEquals(0, get(b, "/api/health").body().get("events").asLong());
      Reply ok = post(b, "/api/articles", article, "s3cret");
      assertEquals(201, ok.status(), ok.raw());
      assertEquals("NEW", ok.body().get("outcome").asText());
      assertEquals(ok.body().get("events").size(), get(b, "/api/health").body().get("events").asLong());
      assertEquals("UNCHANGED", post(b, "/api/articles", article, "s3cret").body().get("outcome").asText());
    }
  }

  @Test
  void sqlInjectionInAnyFilterFindsNothingExtraAndBreaksNothing() throws Exception {
    String b = TestServer.base();
    long total = get(b, "/api/events").body().get("total").asLong();
    List<String> attacks = List.of("' OR '1'='1", "x'; DROP TABLE events; --", "1) OR (1=1", "\" OR \"\"=\"",
        "%' OR 1=1 --");
    for (String filter : List.of("from", "to", "actor", "country", "code", "near", "text", "quad", "limit", "offset")) {
      for (String attack : attacks) {
        Reply r = get(b, "/api/events?" + filter + "=" + enc(attack));
        assertTrue(r.status() == 400 || r.status() == 200, filter + " " + r.raw());
        if (r.status() == 200) {
          assertEquals(0, r.body().get("total").asLong(), filter + "=" + attack + " matched events");
        }
        for (String stat : List.of("/api/stats/timeline", "/api/stats/dyads", "/api/stats/places")) {
          int status = get(b, stat + "?" + filter + "=" + enc(attack)).status();
          assertTrue(status == 200 || status == 400, stat + " " + filter + " gave " + status);
        }
      }
    }
    assertEquals(total, get(b, "/api/events").body().get("total").asLong(), "the store is intact");
  }

  @Test
  void theDashboardTheOpenApiDescriptionAndTheOfflineAssetsAreServed() throws Exception {
    String b = TestServer.base();
    HttpResponse<String> index = HTTP.send(HttpRequest.newBuilder(URI.create(b + "/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("<title>Vigil"));
    JsonNode api = get(b, "/api/openapi.json").body();
    assertTrue(api.get("openapi").asText().startsWith("3."));
    for (String path : List.of("/api/events", "/api/events/{id}", "/api/stats/timeline", "/api/code", "/api/articles")) {
      assertTrue(api.get("paths").has(path), path);
    }
    for (String asset : List.of("/webjars/d3/7.9.0/dist/d3.min.js", "/vendor/topojson-client.min.js",
        "/vendor/countries-110m.json", "/js/app.js", "/style.css")) {
      assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(b + asset)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode(), asset);
    }
    assertEquals(Map.of("status", "ok").get("status"), get(b, "/api/health").body().get("status").asText());
  }
}
