package org.vigil.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.vigil.actor.ActorLexicon;
import org.vigil.format.EventJson;
import org.vigil.model.Actor;
import org.vigil.model.Event;
import org.vigil.model.Location;

/** The export formats, field by field as docs/exports.md maps them. */
final class Exports {
  /** GDELT 2.0 event table columns, in its published order. */
  static final List<String> GDELT = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
      "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
      "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
      "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
      "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
      "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

  static final List<String> ICEWS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision",
      "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
      "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
      "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
      "fatalities", "tags", "timestamp");

  /** The flat columns of csv and parquet: one row per mention. */
  static final List<String> FLAT = List.of("event_id", "story_id", "article_id", "publisher", "date",
      "date_precision", "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode",
      "source_code", "source_name", "source_country", "target_code", "target_name", "target_country",
      "location_name", "location_country", "location_admin1", "location_precision", "lat", "lon", "geonames_id",
      "dead", "injured", "arrested", "negated", "hypothetical", "future", "historical", "confidence", "sentence");

  private static final JsonFactory JSON = new JsonFactory();
  private final JdbcEventStore store;
  private ActorLexicon countries;

  Exports(JdbcEventStore store) {
    this.store = store;
  }

  void write(EventStore.ExportFormat format, EventQuery query, OutputStream out) throws SQLException {
    if (format == EventStore.ExportFormat.PARQUET) {
      parquet(query, out);
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    try {
      switch (format) {
        case GDELT -> gdelt(query, w);
        case ICEWS -> icews(query, w);
        case ACLED -> acled(query, w);
        case PLOVER -> plover(query, w);
        case JSONL -> jsonl(query, w);
        case CSV -> csv(query, w);
        default -> throw new IllegalArgumentException(format.name());
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // -------------------------------------------------------------- per story

  /** GDELT counts a real-world event once: one row per story, from its first matching mention. */
  private void gdelt(EventQuery q, Writer w) throws SQLException {
    Map<String, int[]> counts = store.storyCounts(q);
    Set<String> seen = new HashSet<>();
    String added = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    store.scan(q, (m, seq) -> {
      if (!seen.add(m.storyId())) {
        return;
      }
      Event e = m.event();
      LocalDate d = JdbcEventStore.startDate(e);
      int[] n = counts.getOrDefault(m.storyId(), new int[] {1, 1, 1});
      List<String> f = new ArrayList<>(61);
      f.add(Long.toString(seq));
      f.add(d == null ? "" : d.format(DateTimeFormatter.BASIC_ISO_DATE));
      f.add(d == null ? "" : String.format("%d%02d", d.getYear(), d.getMonthValue()));
      f.add(d == null ? "" : Integer.toString(d.getYear()));
      f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0));
      gdeltActor(f, e.source());
      gdeltActor(f, e.target());
      f.add(e.sentenceIndex() == 0 ? "1" : "0");
      String code = e.cameo().code();
      f.add(code);
      f.add(code.length() > 3 ? code.substring(0, 3) : code);
      f.add(e.cameo().root());
      f.add(Integer.toString(e.cameo().quadClass()));
      f.add(num(e.cameo().goldstein()));
      f.add(Integer.toString(n[0]));
      f.add(Integer.toString(n[2]));
      f.add(Integer.toString(n[1]));
      f.add("0");
      gdeltGeo(f, null);
      gdeltGeo(f, null);
      gdeltGeo(f, e.location());
      f.add(added);
      f.add(m.articleId());
      line(w, f, '\t');
    });
  }

  private static void gdeltActor(List<String> f, Actor a) {
    if (a == null || a.code() == null) {
      for (int i = 0; i < 10; i++) {
        f.add("");
      }
      return;
    }
    String code = a.code();
    f.add(code);
    f.add(clean(a.name() != null ? a.name() : a.text()).toUpperCase(Locale.ROOT));
    f.add(a.country() == null ? "" : a.country());
    f.add(code.startsWith("IGO") || code.startsWith("NGO") ? code.substring(3, Math.min(6, code.length())) : "");
    f.add("");
    f.add("");
    f.add("");
    for (int i = 0; i < 3; i++) {
      f.add(i < a.sectors().size() ? a.sectors().get(i) : "");
    }
  }

  private static void gdeltGeo(List<String> f, Location l) {
    if (l == null) {
      f.add("0");
      for (int i = 0; i < 7; i++) {
        f.add("");
      }
      return;
    }
    boolean us = "USA".equals(l.country());
    f.add(switch (String.valueOf(l.precision())) {
      case "country" -> "1";
      case "admin1" -> us ? "2" : "5";
      default -> us ? "3" : "4";
    });
    f.add(clean(l.name()));
    f.add(l.country() == null ? "" : l.country());
    f.add(clean(l.admin1()));
    f.add("");
    f.add(num(l.lat()));
    f.add(num(l.lon()));
    f.add(l.geonamesId() == null ? "" : l.geonamesId().toString());
  }

  /** ACLED records political violence, demonstrations and strategic developments, once per event. */
  private void acled(EventQuery q, Writer w) throws SQLException {
    Map<String, int[]> counts = store.storyCounts(q);
    Set<String> seen = new HashSet<>();
    String stamp = Long.toString(System.currentTimeMillis() / 1000);
    line(w, ACLED, ',');
    store.scan(q, (m, seq) -> {
      Event e = m.event();
      String[] type = acledType(e);
      if (type == null || !seen.add(m.storyId())) {
        return;
      }
      LocalDate d = JdbcEventStore.startDate(e);
      Location l = e.location();
      int inter1 = inter(e.source(), e);
      int inter2 = e.target() == null ? 0 : inter(e.target(), null);
      boolean civilians = type[0].equals("Political violence") && e.target() != null
          && e.target().sectors().contains("CVL");
      String cnty = l != null && l.country() != null ? l.country()
          : e.source() != null && e.source().country() != null ? e.source().country() : "XXX";
      List<String> f = new ArrayList<>(31);
      f.add(cnty + seq);
      f.add(d == null ? "" : d.toString());
      f.add(d == null ? "" : Integer.toString(d.getYear()));
      f.add(e.date() == null ? "3" : switch (e.date().precision()) {
        case "day" -> "1";
        case "month" -> "3";
        default -> "3";
      });
      f.add(type[0]);
      f.add(type[1]);
      f.add(type[2]);
      f.add(actorName(e.source()));
      f.add("");
      f.add(inter1 == 0 ? "" : Integer.toString(inter1));
      f.add(actorName(e.target()));
      f.add("");
      f.add(inter2 == 0 ? "" : Integer.toString(inter2));
      int a = Math.min(inter1, inter2 == 0 ? inter1 : inter2);
      int b = Math.max(inter1, inter2);
      f.add(inter1 == 0 ? "" : inter2 == 0 ? a + "0" : Integer.toString(a * 10 + b));
      f.add(civilians ? "Civilian targeting" : "");
      f.add("");
      f.add("");
      f.add(l == null ? "" : countryName(l.country()));
      f.add(l == null ? "" : clean(l.admin1()));
      f.add("");
      f.add("");
      f.add(l == null ? "" : clean(l.name()));
      f.add(l == null ? "" : num(l.lat()));
      f.add(l == null ? "" : num(l.lon()));
      f.add(l == null ? "" : "city".equals(l.precision()) ? "1" : "admin1".equals(l.precision()) ? "2" : "3");
      f.add(m.publisher() == null ? "" : m.publisher());
      f.add("");
      f.add(e.sentence());
      f.add(e.size().dead() == null ? "0" : Integer.toString(e.size().dead().value()));
      int[] n = counts.getOrDefault(m.storyId(), new int[] {1, 1, 1});
      f.add("mentions=" + n[0] + "; sources=" + n[2]);
      f.add(stamp);
      csvLine(w, f);
    });
  }

  /** Disorder type, event type and sub-event type for a CAMEO code; null when ACLED has no such event. */
  static String[] acledType(Event e) {
    String c = e.cameo().code();
    String root = e.cameo().root();
    boolean civilians = e.target() != null && e.target().sectors().contains("CVL");
    if (e.modality().negated() || e.modality().hypothetical() || e.modality().future()) {
      return null;
    }
    switch (root) {
      case "14" -> {
        return c.startsWith("145") ? new String[] {"Demonstrations", "Riots", "Violent demonstration"}
            : new String[] {"Demonstrations", "Protests", "Peaceful protest"};
      }
      case "18" -> {
        if (c.startsWith("181")) {
          return new String[] {"Political violence", "Violence against civilians", "Abduction/forced disappearance"};
        }
        if (c.startsWith("183")) {
          return new String[] {"Political violence", "Explosions/Remote violence",
              c.startsWith("1831") ? "Suicide bomb" : "Remote explosive/landmine/IED"};
        }
        return civilians ? new String[] {"Political violence", "Violence against civilians", "Attack"}
            : new String[] {"Political violence", "Battles", "Armed clash"};
      }
      case "19" -> {
        if (c.startsWith("194")) {
          return new String[] {"Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"};
        }
        if (c.startsWith("195")) {
          return new String[] {"Political violence", "Explosions/Remote violence", "Air/drone strike"};
        }
        return civilians ? new String[] {"Political violence", "Violence against civilians", "Attack"}
            : new String[] {"Political violence", "Battles", "Armed clash"};
      }
      case "20" -> {
        return new String[] {"Political violence", "Violence against civilians", "Attack"};
      }
      case "17" -> {
        return c.startsWith("173") ? new String[] {"Strategic developments", "Strategic developments", "Arrests"}
            : new String[] {"Strategic developments", "Strategic developments", "Other"};
      }
      default -> {
        return null;
      }
    }
  }

  /** ACLED's actor types: 1 state forces, 2 rebels, 3 militias, 5 rioters, 6 protesters, 7 civilians, 8 external. */
  private static int inter(Actor a, Event asSource) {
    if (a == null) {
      return 0;
    }
    if (asSource != null && asSource.cameo().root().equals("14")) {
      return asSource.cameo().code().startsWith("145") ? 5 : 6;
    }
    List<String> s = a.sectors();
    if (s.contains("REB") || s.contains("INS")) {
      return 2;
    }
    if (s.contains("UAF")) {
      return 3;
    }
    if (s.contains("GOV") || s.contains("MIL") || s.contains("COP") || s.contains("SPY") || s.contains("JUD")) {
      return 1;
    }
    if (a.code() != null && (a.code().startsWith("IGO") || a.code().startsWith("NGO"))) {
      return 8;
    }
    return 7;
  }

  private String actorName(Actor a) {
    if (a == null) {
      return "";
    }
    if (a.name() != null) {
      return clean(a.name());
    }
    String country = a.country() == null ? "" : countryName(a.country());
    return clean(a.sectors().isEmpty() ? (country.isEmpty() ? a.text() : country)
        : (country.isEmpty() ? "" : country + " ") + String.join(" ", a.sectors()).toLowerCase(Locale.ROOT));
  }

  // -------------------------------------------------------------- per mention

  private void icews(EventQuery q, Writer w) throws SQLException {
    line(w, ICEWS, '\t');
    store.scan(q, (m, seq) -> {
      Event e = m.event();
      Location l = e.location();
      LocalDate d = JdbcEventStore.startDate(e);
      List<String> f = new ArrayList<>(20);
      f.add(Long.toString(seq));
      f.add(d == null ? "" : d.toString());
      f.add(actorName(e.source()));
      f.add(e.source() == null ? "" : String.join(",", e.source().sectors()));
      f.add(e.source() == null ? "" : countryName(e.source().country()));
      f.add(clean(e.cameo().name()));
      f.add(e.cameo().code());
      f.add(num(e.cameo().goldstein()));
      f.add(actorName(e.target()));
      f.add(e.target() == null ? "" : String.join(",", e.target().sectors()));
      f.add(e.target() == null ? "" : countryName(e.target().country()));
      f.add(m.storyId());
      f.add(Integer.toString(e.sentenceIndex() + 1));
      f.add(clean(m.publisher()));
      f.add(l != null && "city".equals(l.precision()) ? clean(l.name()) : "");
      f.add("");
      f.add(l == null ? "" : clean(l.admin1()));
      f.add(l == null ? "" : countryName(l.country()));
      f.add(l == null ? "" : num(l.lat()));
      f.add(l == null ? "" : num(l.lon()));
      line(w, f, '\t');
    });
  }

  private void plover(EventQuery q, Writer w) throws SQLException {
    Map<String, int[]> counts = store.storyCounts(q);
    store.scan(q, (m, seq) -> {
      Event e = m.event();
      if (e.cameo().ploverType() == null) {
        return; // a plain statement (CAMEO 010, 011, 014) has no PLOVER event type
      }
      StringWriter s = new StringWriter(512);
      try (JsonGenerator g = JSON.createGenerator(s)) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("date", e.date() == null ? null : e.date().value());
        g.writeStringField("event", e.cameo().ploverType());
        g.writeStringField("mode", e.cameo().ploverMode());
        g.writeArrayFieldStart("context");
        g.writeEndArray();
        ploverActor(g, "actor", e.source());
        ploverActor(g, "recipient", e.target());
        Location l = e.location();
        if (l == null) {
          g.writeNullField("location");
        } else {
          g.writeObjectFieldStart("location");
          g.writeStringField("name", l.name());
          g.writeStringField("country", l.country());
          g.writeStringField("admin1", l.admin1());
          EventJson.number(g, "lat", l.lat());
          EventJson.number(g, "lon", l.lon());
          g.writeStringField("precision", l.precision());
          g.writeEndObject();
        }
        g.writeNumberField("fatalities", e.size().dead() == null ? 0 : e.size().dead().value());
        g.writeStringField("cameo", e.cameo().code());
        g.writeNumberField("quad_class", e.cameo().quadClass());
        g.writeStringField("story_id", m.storyId());
        int[] n = counts.getOrDefault(m.storyId(), new int[] {1, 1, 1});
        g.writeNumberField("num_mentions", n[0]);
        g.writeNumberField("num_sources", n[2]);
        g.writeStringField("publisher", m.publisher());
        g.writeStringField("doc_id", m.articleId());
        g.writeStringField("text", e.sentence());
        g.writeEndObject();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      raw(w, s + "\n");
    });
  }

  private static void ploverActor(JsonGenerator g, String field, Actor a) throws IOException {
    if (a == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("name", a.name() != null ? a.name() : a.text());
    g.writeStringField("code", a.code());
    g.writeStringField("country", a.country());
    g.writeArrayFieldStart("sectors");
    for (String s : a.sectors()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void jsonl(EventQuery q, Writer w) throws SQLException {
    store.scan(q, (m, seq) -> raw(w, withStoryId(org.vigil.format.EventJson.toJson(m.event()), m.storyId()) + "\n"));
  }

  /** The vigil.event/1 record with one more field, "story_id", at its end. */
  static String withStoryId(String json, String storyId) {
    StringWriter s = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(s)) {
      g.writeString(storyId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json.substring(0, json.length() - 1) + ",\"story_id\":" + s + "}";
  }

  private void csv(EventQuery q, Writer w) throws SQLException {
    csvLine(w, FLAT);
    store.scan(q, (m, seq) -> csvLine(w, flat(m).stream().map(v -> v == null ? "" : v.toString()).toList()));
  }

  static List<Object> flat(StoredEvent m) {
    Event e = m.event();
    Actor s = e.source();
    Actor t = e.target();
    Location l = e.location();
    List<Object> f = new ArrayList<>(FLAT.size());
    f.add(e.id());
    f.add(m.storyId());
    f.add(m.articleId());
    f.add(m.publisher());
    f.add(JdbcEventStore.startDate(e));
    f.add(e.date() == null ? null : e.date().precision());
    f.add(e.cameo().code());
    f.add(e.cameo().root());
    f.add(e.cameo().name());
    f.add(e.cameo().quadClass());
    f.add(e.cameo().goldstein());
    f.add(e.cameo().ploverType());
    f.add(e.cameo().ploverMode());
    f.add(s == null ? null : s.code());
    f.add(s == null ? null : s.name());
    f.add(s == null ? null : s.country());
    f.add(t == null ? null : t.code());
    f.add(t == null ? null : t.name());
    f.add(t == null ? null : t.country());
    f.add(l == null ? null : l.name());
    f.add(l == null ? null : l.country());
    f.add(l == null ? null : l.admin1());
    f.add(l == null ? null : l.precision());
    f.add(l == null ? null : l.lat());
    f.add(l == null ? null : l.lon());
    f.add(l == null ? null : l.geonamesId());
    f.add(e.size().dead() == null ? null : e.size().dead().value());
    f.add(e.size().injured() == null ? null : e.size().injured().value());
    f.add(e.size().arrested() == null ? null : e.size().arrested().value());
    f.add(e.modality().negated());
    f.add(e.modality().hypothetical());
    f.add(e.modality().future());
    f.add(e.modality().historical());
    f.add(e.confidence());
    f.add(e.sentence());
    return f;
  }

  /** Parquet through an in-memory DuckDB, whatever engine holds the store. */
  private void parquet(EventQuery q, OutputStream out) throws SQLException {
    Path tmp;
    try {
      tmp = Files.createTempFile("vigil-export", ".parquet");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      String[] types = {"VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "VARCHAR", "VARCHAR", "VARCHAR",
          "VARCHAR", "INTEGER", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR",
          "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "DOUBLE", "BIGINT", "INTEGER", "INTEGER",
          "INTEGER", "BOOLEAN", "BOOLEAN", "BOOLEAN", "BOOLEAN", "DOUBLE", "VARCHAR"};
      List<String> cols = new ArrayList<>();
      for (int i = 0; i < FLAT.size(); i++) {
        cols.add(FLAT.get(i) + " " + types[i]);
      }
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE export (" + String.join(", ", cols) + ")");
      }
      try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "export")) {
        store.scan(q, (m, seq) -> {
          a.beginRow();
          for (Object v : flat(m)) {
            if (v == null) {
              a.appendNull();
            } else if (v instanceof String x) {
              a.append(x);
            } else if (v instanceof Integer x) {
              a.append((int) x);
            } else if (v instanceof Long x) {
              a.append((long) x);
            } else if (v instanceof Double x) {
              a.append((double) x);
            } else if (v instanceof Boolean x) {
              a.append((boolean) x);
            } else if (v instanceof LocalDate x) {
              a.append(x);
            }
          }
          a.endRow();
        });
      }
      try (Statement s = c.createStatement()) {
        s.execute("COPY export TO '" + tmp.toString().replace("'", "''") + "' (FORMAT parquet)");
      }
      Files.copy(tmp, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // A temp file left behind is harmless.
      }
    }
  }

  // -------------------------------------------------------------- helpers

  private String countryName(String iso3) {
    if (iso3 == null) {
      return "";
    }
    if (countries == null) {
      countries = new ActorLexicon();
    }
    return countries.countryName(iso3);
  }

  /** Tabs and line breaks would break a row of a tab-separated file. */
  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private static String num(Double d) {
    return d == null ? "" : d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) + ".0" : Double.toString(d);
  }

  private static void line(Writer w, List<String> f, char sep) {
    raw(w, String.join(String.valueOf(sep), f) + "\n");
  }

  static void csvLine(Writer w, List<String> f) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = f.get(i);
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    raw(w, sb.append('\n').toString());
  }

  private static void raw(Writer w, String s) {
    try {
      w.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
