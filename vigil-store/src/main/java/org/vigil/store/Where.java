package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An EventQuery's filters as a portable SQL WHERE clause and its parameters. */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();
  /** A condition that no row can meet (a text word no indexed word contains): nothing to ask. */
  private boolean none;

  /**
   * The filters of {@code q}; {@code c} looks text words up in the vocabulary first (see
   * {@link Words#contains}).
   */
  static Where of(Connection c, EventQuery q) throws SQLException {
    Where w = new Where();
    if (q.from() != null) {
      w.and("event_date >= ?", java.sql.Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      w.and("event_date <= ?", java.sql.Date.valueOf(q.to()));
    }
    if (q.actor() != null && !q.actor().isBlank()) {
      String p = like(q.actor().strip().toUpperCase(Locale.ROOT)) + "%";
      w.and("(source_code LIKE ? ESCAPE '!' OR target_code LIKE ? ESCAPE '!')", p, p);
    }
    if (q.country() != null && !q.country().isBlank()) {
      String iso = q.country().strip().toUpperCase(Locale.ROOT);
      w.and("(loc_country = ? OR source_country = ? OR target_country = ?)", iso, iso, iso);
    }
    if (q.codePrefix() != null && !q.codePrefix().isBlank()) {
      w.and("cameo LIKE ? ESCAPE '!'", like(q.codePrefix().strip()) + "%");
    }
    if (q.lat() != null && q.lon() != null && q.nearKm() != null) {
      double lat = q.lat();
      double lon = q.lon();
      double km = q.nearKm();
      // A bounding box first (indexable, cheap), then the exact great-circle distance.
      double dLat = km / 111.0;
      w.and("lat BETWEEN ? AND ?", lat - dLat, lat + dLat);
      double cos = Math.cos(Math.toRadians(lat));
      double dLon = cos < 1e-6 ? 360 : km / (111.0 * cos);
      if (lon - dLon > -180 && lon + dLon < 180) {
        w.and("lon BETWEEN ? AND ?", lon - dLon, lon + dLon);
      }
      w.and("2 * 6371 * ASIN(SQRT(POWER(SIN(RADIANS(lat - ?) / 2), 2) + COS(RADIANS(?)) * COS(RADIANS(lat)) "
          + "* POWER(SIN(RADIANS(lon - ?) / 2), 2))) <= ?", lat, lat, lon, km);
    }
    if (q.text() != null) {
      for (String word : q.text().strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<String> runs = Words.runs(lower);
        for (String run : runs) {
          Words.contains(c, w, run);
        }
        // A word of letters and digits only is exactly answered by the index (see Words); others
        // (punctuation, non-ASCII letters) are checked on the sentence too.
        if (runs.size() != 1 || !runs.get(0).equals(lower)) {
          w.and("LOWER(sentence) LIKE ? ESCAPE '!'", "%" + like(lower) + "%");
        }
      }
    }
    if (q.quadClass() != null) {
      w.and("quad_class = ?", q.quadClass());
    }
    return w;
  }

  private static String like(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  Where and(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
    return this;
  }

  Where none() {
    none = true;
    return this;
  }

  boolean matchesNothing() {
    return none;
  }

  String sql() {
    return sql(null);
  }

  /** The WHERE clause with one more condition, without parameters (null: none). */
  String sql(String extra) {
    List<String> all = new ArrayList<>(conditions);
    if (extra != null) {
      all.add(extra);
    }
    return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
  }

  PreparedStatement prepare(Connection c, String sql) throws SQLException {
    PreparedStatement p = c.prepareStatement(sql);
    try {
      int i = 1;
      for (Object v : params) {
        p.setObject(i++, v);
      }
      return p;
    } catch (SQLException e) {
      p.close();
      throw e;
    }
  }
}
