package org.vigil.cli;

import java.util.Locale;
import org.vigil.store.EventQuery;
import picocli.CommandLine.Option;

/** The filters of {@code vigil events}, {@code counts} and {@code export}. */
final class QueryOptions {
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "events on or after this date")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "events on or before this date")
  String to;

  @Option(names = "--actor", paramLabel = "CODE", description = "source or target actor code prefix (SYR, SYRGOV)")
  String actor;

  @Option(names = "--country", paramLabel = "ISO3", description = "location, source or target country")
  String country;

  @Option(names = "--code", paramLabel = "CAMEO-PREFIX", description = "CAMEO code prefix (19, 112)")
  String code;

  @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "events within KM kilometres of a point")
  String near;

  @Option(names = "--text", paramLabel = "WORDS", description = "words that must all appear in the sentence")
  String text;

  @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass")
  Integer quad;

  EventQuery query(int limit) {
    Double lat = null;
    Double lon = null;
    Double km = null;
    if (near != null) {
      String[] p = near.split(",");
      try {
        if (p.length != 3) {
          throw new NumberFormatException();
        }
        lat = Double.parseDouble(p[0].strip());
        lon = Double.parseDouble(p[1].strip());
        km = Double.parseDouble(p[2].strip());
      } catch (NumberFormatException e) {
        throw new UserError("--near '" + near + "' is not LAT,LON,KM (e.g. 36.2,37.1,50)");
      }
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0) {
        throw new UserError("--near '" + near + "': latitude within ±90, longitude within ±180, KM above 0");
      }
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new UserError("--quad must be 1, 2, 3 or 4");
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new UserError("--code '" + code + "' is not a CAMEO code prefix (digits, e.g. 19 or 112)");
    }
    return new EventQuery(CodeCommand.parseDate(from), CodeCommand.parseDate(to), actor,
        country == null ? null : country.toUpperCase(Locale.ROOT), code, lat, lon, km, text, quad, limit, 0);
  }
}
