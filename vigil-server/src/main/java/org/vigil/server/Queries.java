package org.vigil.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.vigil.store.EventQuery;

/** Reads the filters of {@code GET /api/events} and the stats endpoints, refusing unknown ones. */
final class Queries {
  static final Set<String> FILTERS = Set.of("from", "to", "actor", "country", "code", "near", "text", "quad");
  static final int MAX_LIMIT = 1000;

  private Queries() {
  }

  /** Refuses any parameter outside {@code allowed}: a typo must not silently widen a query. */
  static void onlyKnown(Context ctx, Set<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw ApiError.badRequest("unknown query parameter '" + name + "'");
      }
    }
  }

  static EventQuery eventQuery(Context ctx, int defaultLimit) {
    Double lat = null;
    Double lon = null;
    Double km = null;
    String near = param(ctx, "near");
    if (near != null) {
      String[] p = near.split(",");
      if (p.length != 3) {
        throw ApiError.badRequest("near must be lat,lon,km");
      }
      lat = number("near", p[0], -90, 90);
      lon = number("near", p[1], -180, 180);
      km = number("near", p[2], 0, 40_000);
    }
    Integer quad = null;
    String q = param(ctx, "quad");
    if (q != null) {
      quad = (int) integer("quad", q, 1, 4);
    }
    int limit = (int) integer("limit", orElse(param(ctx, "limit"), String.valueOf(defaultLimit)), 0, MAX_LIMIT);
    int offset = (int) integer("offset", orElse(param(ctx, "offset"), "0"), 0, Integer.MAX_VALUE);
    String code = param(ctx, "code");
    if (code != null && !code.matches("\\d{1,4}")) {
      throw ApiError.badRequest("code must be a CAMEO code prefix of 1 to 4 digits");
    }
    return new EventQuery(date(ctx, "from"), date(ctx, "to"), upper(param(ctx, "actor")),
        upper(param(ctx, "country")), code, lat, lon, km, param(ctx, "text"), quad, limit, offset);
  }

  static String param(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw ApiError.badRequest("query parameter '" + name + "' given more than once");
    }
    String v = values.isEmpty() ? null : values.get(0).strip();
    return v == null || v.isEmpty() ? null : v;
  }

  static long integer(String name, String value, long min, long max) {
    try {
      long v = Long.parseLong(value.strip());
      if (v < min || v > max) {
        throw ApiError.badRequest(name + " must be between " + min + " and " + max);
      }
      return v;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be a whole number");
    }
  }

  private static double number(String name, String value, double min, double max) {
    try {
      double v = Double.parseDouble(value.strip());
      if (!(v >= min && v <= max)) {
        throw ApiError.badRequest(name + ": " + value.strip() + " is out of range");
      }
      return v;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(name + " must be lat,lon,km in numbers");
    }
  }

  static LocalDate date(Context ctx, String name) {
    String v = param(ctx, name);
    return v == null ? null : parseDate(name, v);
  }

  static LocalDate parseDate(String name, String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be a date (YYYY-MM-DD)");
    }
  }

  private static String upper(String s) {
    return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
  }

  private static String orElse(String s, String fallback) {
    return s == null ? fallback : s;
  }
}
