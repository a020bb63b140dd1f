package org.vigil.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigil.format.EventJson;
import org.vigil.model.Article;
import org.vigil.model.Count;
import org.vigil.model.Event;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStore;
import org.vigil.store.StoreException;
import org.vigil.store.StoredArticle;
import org.vigil.store.StoredEvent;
import org.vigil.store.Story;

/**
 * The REST API and the dashboard over one event store. Every failure leaves as
 * {@code {"error": "..."}} with its status; the mapping happens once, in {@link #errors}.
 */
public final class VigilServer implements AutoCloseable {
  /** Largest request body accepted: a long article is well under 1 MB. */
  public static final int MAX_BODY = 5 * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(VigilServer.class);
  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> PAGED = union(Queries.FILTERS, Set.of("limit", "offset"));
  private static final Set<String> TIMELINE = union(Queries.FILTERS, Set.of("by"));

  private final EventStore store;
  private final ArticleCoder coder;
  private final byte[] token;
  private final ObjectMapper mapper = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private final Object writeLock = new Object();
  private final Javalin app;

  /**
   * @param token bearer token required by {@code POST /api/articles}, or null for none
   */
  public VigilServer(EventStore store, ArticleCoder coder, String token) {
    this.store = store;
    this.coder = coder;
    this.token = token == null ? null : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.http.maxRequestSize = MAX_BODY;
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/web";
        s.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    routes();
    errors();
  }

  /** Starts listening; port 0 picks a free one (see {@link #port()}). */
  public VigilServer start(String host, int port) {
    try {
      app.start(host, port);
    } catch (RuntimeException e) {
      if (causedBy(e, java.net.BindException.class)) {
        throw new PortInUse(host + ":" + port + " is in use (choose another with --port)");
      }
      throw e;
    }
    return this;
  }

  /** The port is taken: the user picks another. */
  public static final class PortInUse extends RuntimeException {
    PortInUse(String message) {
      super(message);
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.get("/api/health", ctx -> {
      Queries.onlyKnown(ctx, Set.of());
      ctx.json(Map.of("status", "ok", "events", store.count(EventQuery.ALL)));
    });
    app.get("/api/openapi.json", ctx -> {
      try (InputStream in = VigilServer.class.getResourceAsStream("/openapi.json")) {
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    app.get("/api/events", this::events);
    app.get("/api/events/{id}", this::event);
    app.get("/api/stats/timeline", this::timeline);
    app.get("/api/stats/dyads", ctx -> {
      Queries.onlyKnown(ctx, PAGED);
      EventQuery q = Queries.eventQuery(ctx, 50);
      ctx.json(Map.of("dyads", store.dyads(q, q.limit())));
    });
    app.get("/api/stats/places", ctx -> {
      Queries.onlyKnown(ctx, PAGED);
      EventQuery q = Queries.eventQuery(ctx, 300);
      ctx.json(Map.of("places", store.places(q, q.limit())));
    });
    app.post("/api/code", this::code);
    app.post("/api/articles", this::ingest);
  }

  private void errors() {
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    // The store is down, locked or broken: not the caller's fault, and worth retrying.
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
      error(ctx, 503, "event store unavailable: " + e.getMessage());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
    // Unknown API paths and methods answer in JSON too; the dashboard's own 404s stay plain.
    app.error(404, ctx -> {
      if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
        error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(405, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path());
      }
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType("application/json")
        .result("{\"error\":" + quote(message == null ? "error " + status : message) + "}");
  }

  private void events(Context ctx) {
    Queries.onlyKnown(ctx, PAGED);
    EventQuery q = Queries.eventQuery(ctx, 100);
    // limit=0 asks for the total alone: no page query at all.
    List<StoredEvent> page = q.limit() == 0 ? List.of() : store.events(q);
    long total = store.count(q);
    StringWriter out = new StringWriter(page.size() * 1500 + 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("events");
      for (StoredEvent e : page) {
        g.writeRawValue(record(e, null));
      }
      g.writeEndArray();
      g.writeNumberField("total", total);
      g.writeNumberField("limit", q.limit());
      g.writeNumberField("offset", q.offset());
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void event(Context ctx) {
    Queries.onlyKnown(ctx, Set.of());
    String id = ctx.pathParam("id");
    Story story = store.story(id).orElseThrow(() -> new ApiError(404, "no event with id '" + id + "'"));
    StoredArticle article = store.article(story.event().articleId()).orElse(null);
    StringWriter out = new StringWriter(8192);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("event");
      g.writeRawValue(record(story.event(), null));
      g.writeFieldName("highlights");
      g.writeRawValue(mapper.writeValueAsString(highlights(story.event().event(),
          article == null ? null : article.text())));
      g.writeObjectFieldStart("story");
      g.writeStringField("story_id", story.storyId());
      g.writeNumberField("num_mentions", story.numMentions());
      g.writeNumberField("num_articles", story.numArticles());
      g.writeNumberField("num_sources", story.numSources());
      g.writeArrayFieldStart("mentions");
      for (StoredEvent m : story.mentions()) {
        g.writeRawValue(record(m, null));
      }
      g.writeEndArray();
      g.writeEndObject();
      if (article == null) {
        g.writeNullField("article");
      } else {
        g.writeObjectFieldStart("article");
        g.writeStringField("id", article.id());
        g.writeStringField("date", article.date() == null ? null : article.date().toString());
        g.writeStringField("title", article.title());
        g.writeStringField("source", article.source());
        g.writeStringField("text", article.text());
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void timeline(Context ctx) {
    Queries.onlyKnown(ctx, TIMELINE);
    String by = Queries.param(ctx, "by");
    EventStore.Granularity g;
    try {
      g = EventStore.Granularity.valueOf((by == null ? "day" : by).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("by must be day, week or month");
    }
    ctx.json(Map.of("by", g.name().toLowerCase(Locale.ROOT), "buckets", store.timeline(Queries.eventQuery(ctx, 100), g)));
  }

  private void code(Context ctx) {
    Queries.onlyKnown(ctx, Set.of());
    Article article = article(body(ctx), "pasted");
    writeEvents(ctx, coder.code(article), Map.of());
  }

  private void ingest(Context ctx) {
    Queries.onlyKnown(ctx, Set.of());
    authorize(ctx);
    Article article = article(body(ctx), null);
    List<Event> events = coder.code(article);
    EventStore.Outcome outcome;
    // The store allows one writer at a time; coding above runs in parallel.
    synchronized (writeLock) {
      outcome = store.ingest(article, events);
    }
    ctx.status(outcome == EventStore.Outcome.NEW ? 201 : 200);
    writeEvents(ctx, events, Map.of("id", article.id(), "outcome", outcome.name()));
  }

  private void writeEvents(Context ctx, List<Event> events, Map<String, String> fields) {
    StringWriter out = new StringWriter(events.size() * 1500 + 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, String> f : fields.entrySet()) {
        g.writeStringField(f.getKey(), f.getValue());
      }
      g.writeArrayFieldStart("events");
      for (Event e : events) {
        g.writeRawValue(withFields(EventJson.toJson(e),
            Map.of("highlights", mapper.writeValueAsString(highlights(e, null)))));
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void authorize(Context ctx) {
    if (token == null) {
      return;
    }
    String given = ctx.header("Authorization");
    if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, given == null ? "missing bearer token" : "wrong bearer token");
    }
  }

  /** The request body as a JSON object, read with a hard cap whatever Content-Length claims. */
  private JsonNode body(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BODY) {
      throw new ApiError(413, "request body over " + MAX_BODY + " bytes");
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[65536];
      for (int n; (n = in.read(chunk)) > 0; ) {
        buf.write(chunk, 0, n);
        if (buf.size() > MAX_BODY) {
          throw new ApiError(413, "request body over " + MAX_BODY + " bytes");
        }
      }
      bytes = buf.toByteArray();
    } catch (IOException e) {
      throw ApiError.badRequest("could not read the request body");
    }
    JsonNode node;
    try {
      node = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiError.badRequest("could not read the request body");
    }
    if (node == null || !node.isObject()) {
      throw ApiError.badRequest("the body must be a JSON object");
    }
    return node;
  }

  private static final Set<String> ARTICLE_FIELDS = Set.of("id", "date", "title", "source", "text");

  private static Article article(JsonNode body, String defaultId) {
    body.fieldNames().forEachRemaining(f -> {
      if (!ARTICLE_FIELDS.contains(f)) {
        throw ApiError.badRequest("unknown field '" + f + "'");
      }
    });
    String text = string(body, "text");
    if (text == null || text.isBlank()) {
      throw ApiError.badRequest("text is required");
    }
    String date = string(body, "date");
    LocalDate published = date == null || date.isBlank() ? null : Queries.parseDate("date", date.strip());
    String id = string(body, "id");
    if (id == null || id.isBlank()) {
      id = defaultId != null ? defaultId : "api-" + sha256(text).substring(0, 16);
    }
    return new Article(id.strip(), published, string(body, "title"), text, string(body, "source"));
  }

  private static String string(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest(field + " must be a string");
    }
    return v.asText();
  }

  /** A stored event's record with where it was stored: its story, article and publisher. */
  private String record(StoredEvent e, Map<String, String> more) throws JsonProcessingException {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("story_id", quote(e.storyId()));
    fields.put("article_id", quote(e.articleId()));
    fields.put("publisher", quote(e.publisher()));
    if (more != null) {
      fields.putAll(more);
    }
    return withFields(EventJson.toJson(e.event()), fields);
  }

  /** Appends raw JSON fields to a one-line JSON object. */
  private static String withFields(String json, Map<String, String> rawFields) {
    StringBuilder b = new StringBuilder(json.length() + 128).append(json, 0, json.length() - 1);
    for (Map.Entry<String, String> f : rawFields.entrySet()) {
      b.append(",\"").append(f.getKey()).append("\":").append(f.getValue());
    }
    return b.append('}').toString();
  }

  /** One piece of evidence to mark in the article text. */
  public record Highlight(String kind, int start, int end, String text) {
  }

  /**
   * What the event page marks: trigger, actors, place, date and casualty counts, by offset. The
   * record keeps counts but not where they were written, so for a stored event the count is looked
   * for as a number in its sentence of {@code text}.
   */
  static List<Highlight> highlights(Event e, String text) {
    List<Highlight> out = new ArrayList<>();
    out.add(new Highlight("trigger", e.trigger().start(), e.trigger().end(), e.trigger().text()));
    if (e.source() != null) {
      out.add(new Highlight("source", e.source().start(), e.source().end(), e.source().text()));
    }
    if (e.target() != null) {
      out.add(new Highlight("target", e.target().start(), e.target().end(), e.target().text()));
    }
    if (e.location() != null) {
      out.add(new Highlight("place", e.location().start(), e.location().end(), e.location().text()));
    }
    if (e.date() != null && e.date().evidence() != null) {
      var d = e.date().evidence();
      out.add(new Highlight("date", d.start(), d.end(), d.text()));
    }
    count(out, "dead", e.size().dead(), e, text);
    count(out, "injured", e.size().injured(), e, text);
    count(out, "arrested", e.size().arrested(), e, text);
    if (e.attribution() != null) {
      out.add(new Highlight("attribution", e.attribution().start(), e.attribution().end(), e.attribution().text()));
    }
    return out;
  }

  private static void count(List<Highlight> out, String kind, Count c, Event e, String text) {
    if (c == null) {
      return;
    }
    if (c.evidence() != null) {
      out.add(new Highlight(kind, c.evidence().start(), c.evidence().end(), c.evidence().text()));
      return;
    }
    int from = text == null ? -1 : text.lastIndexOf(e.sentence(), e.trigger().start());
    if (from < 0) {
      return;
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d,])" + c.value() + "(?![\\d,])")
        .matcher(text).region(from, from + e.sentence().length());
    if (m.find()) {
      out.add(new Highlight(kind, m.start(), m.end(), m.group()));
    }
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringWriter w = new StringWriter(s.length() + 2);
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return Set.copyOf(s);
  }
}
