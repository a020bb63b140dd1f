package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.vigil.format.EventJson;
import org.vigil.model.Event;

/** The events table's columns in order, and one event as a row of them (shared by every writer). */
final class Columns {
  enum Kind { LONG, STRING, INT, DATE, DOUBLE, BOOLEAN }

  record Column(String name, Kind kind) {
  }

  static final List<Column> EVENTS = List.of(
      new Column("seq", Kind.LONG), new Column("event_id", Kind.STRING), new Column("article_id", Kind.STRING),
      new Column("story_id", Kind.STRING), new Column("sentence_index", Kind.INT), new Column("event_date", Kind.DATE),
      new Column("date_precision", Kind.STRING), new Column("cameo", Kind.STRING), new Column("cameo_root", Kind.STRING),
      new Column("quad_class", Kind.INT), new Column("goldstein", Kind.DOUBLE), new Column("source_code", Kind.STRING),
      new Column("source_name", Kind.STRING), new Column("source_country", Kind.STRING),
      new Column("target_code", Kind.STRING), new Column("target_name", Kind.STRING),
      new Column("target_country", Kind.STRING), new Column("loc_name", Kind.STRING),
      new Column("loc_country", Kind.STRING), new Column("loc_admin1", Kind.STRING),
      new Column("loc_precision", Kind.STRING), new Column("lat", Kind.DOUBLE), new Column("lon", Kind.DOUBLE),
      new Column("geonames_id", Kind.LONG), new Column("negated", Kind.BOOLEAN), new Column("dead", Kind.INT),
      new Column("publisher", Kind.STRING), new Column("sentence", Kind.STRING), new Column("record", Kind.STRING));

  static final String NAMES = String.join(", ", EVENTS.stream().map(Column::name).toList());
  static final String INSERT = "INSERT INTO events (" + NAMES + ") VALUES ("
      + String.join(", ", EVENTS.stream().map(c -> "?").toList()) + ")";

  /** INSERT of {@code rows} rows in one statement. */
  static String insert(int rows) {
    String one = "(" + String.join(", ", EVENTS.stream().map(c -> "?").toList()) + ")";
    return "INSERT INTO events (" + NAMES + ") VALUES " + String.join(", ", java.util.Collections.nCopies(rows, one));
  }

  private Columns() {
  }

  static Object[] row(Event e, String storyId, long seq, String publisher) {
    return row(e, storyId, seq, publisher, EventJson.toJson(e));
  }

  static Object[] row(Event e, String storyId, long seq, String publisher, String json) {
    var s = e.source();
    var t = e.target();
    var l = e.location();
    return new Object[] {seq, e.id(), e.docId(), storyId, e.sentenceIndex(), JdbcEventStore.startDate(e),
        e.date() == null ? null : e.date().precision(), e.cameo().code(), e.cameo().root(), e.cameo().quadClass(),
        e.cameo().goldstein(), s == null ? null : s.code(), s == null ? null : s.name(), s == null ? null : s.country(),
        t == null ? null : t.code(), t == null ? null : t.name(), t == null ? null : t.country(),
        l == null ? null : l.name(), l == null ? null : l.country(), l == null ? null : l.admin1(),
        l == null ? null : l.precision(), l == null ? null : l.lat(), l == null ? null : l.lon(),
        l == null ? null : l.geonamesId(), e.modality().negated() || e.modality().hypothetical(),
        e.size().dead() == null ? null : e.size().dead().value(), publisher, e.sentence(), json};
  }

  static void bind(PreparedStatement p, Object[] row) throws SQLException {
    bind(p, row, 0);
  }

  /** Binds a row to parameters {@code offset + 1} onwards. */
  static void bind(PreparedStatement p, Object[] row, int offset) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      bindValue(p, offset + i + 1, EVENTS.get(i).kind(), row[i]);
    }
  }

  /** Binds one value of a column of this kind to parameter {@code k}. */
  static void bindValue(PreparedStatement p, int k, Kind kind, Object v) throws SQLException {
    switch (kind) {
      case LONG -> {
        if (v == null) {
          p.setNull(k, Types.BIGINT);
        } else {
          p.setLong(k, ((Number) v).longValue());
        }
      }
      case INT -> {
        if (v == null) {
          p.setNull(k, Types.INTEGER);
        } else {
          p.setInt(k, (Integer) v);
        }
      }
      case DOUBLE -> {
        if (v == null) {
          p.setNull(k, Types.DOUBLE);
        } else {
          p.setDouble(k, (Double) v);
        }
      }
      case BOOLEAN -> p.setBoolean(k, (Boolean) v);
      case DATE -> {
        if (v == null) {
          p.setNull(k, Types.DATE);
        } else {
          p.setDate(k, java.sql.Date.valueOf((LocalDate) v));
        }
      }
      case STRING -> {
        if (v == null) {
          p.setNull(k, Types.VARCHAR);
        } else {
          p.setString(k, (String) v);
        }
      }
    }
  }
}
