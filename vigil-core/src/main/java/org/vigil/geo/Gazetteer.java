package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.table.Names;
import org.vigil.table.TableException;
import org.vigil.table.TsvTable;

/**
 * Place names to places: GeoNames' cities15000, admin1 regions and countries (shipped in the
 * opensextant-xponents-core jar from Maven Central), plus Vigil's reviewed supplement
 * (places-supplement.tsv) for neighbourhoods, provinces and spellings GeoNames lacks.
 */
public final class Gazetteer {
  private static final String GEONAMES = "geonames.org/";
  private final Map<String, List<Place>> byName = new HashMap<>(200_000);
  private final Map<String, String> iso2to3 = new HashMap<>();
  private final Map<String, String> admin1Names = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();

  public Gazetteer() {
    Map<String, String[]> countryRows = new HashMap<>();
    lines("countryInfo.txt", f -> {
      if (f.length > 16) {
        iso2to3.put(f[0], f[1]);
        countryRows.put(f[1], f);
      }
    });
    List<String[]> admin1Rows = new ArrayList<>();
    lines("admin1CodesASCII.txt", f -> {
      if (f.length >= 4) {
        admin1Names.put(f[0], f[2]);
        admin1Rows.add(f);
      }
    });
    Map<String, Place> capitals = new HashMap<>();
    Map<String, Place> admin1Seats = new HashMap<>();
    Map<String, Long> admin1Population = new HashMap<>();
    lines("cities15000.txt", f -> {
      if (f.length < 15) {
        return;
      }
      String iso3 = iso2to3.get(f[8]);
      if (iso3 == null) {
        return;
      }
      Place p = new Place(Long.parseLong(f[0]), f[1], iso3, admin1Names.get(f[8] + "." + f[10]),
          Double.parseDouble(f[4]), Double.parseDouble(f[5]), parseLong(f[14]), f[7], "city");
      index(f[1], p);
      index(f[2], p);
      for (String alt : f[3].split(",")) {
        // Latin-script alternates only: Vigil reads English news. Airport codes ("SEA" for Seattle,
        // "MAO" for Manaus) would make words and names places.
        if (!alt.isEmpty() && alt.chars().allMatch(c -> c < 0x250) && !AIRPORT_CODE.matcher(alt).matches()) {
          index(alt, p);
        }
      }
      if (f[7].equals("PPLC")) {
        capitals.put(iso3, p);
      }
      String admin1 = f[8] + "." + f[10];
      admin1Population.merge(admin1, p.population(), Long::sum);
      Place seat = admin1Seats.get(admin1);
      // The region sits at its seat (PPLA, else the capital, else its largest town).
      if (seat == null || seatRank(p) > seatRank(seat)
          || seatRank(p) == seatRank(seat) && p.population() > seat.population()) {
        admin1Seats.put(admin1, p);
      }
    });
    for (String[] f : admin1Rows) {
      Place seat = admin1Seats.get(f[0]);
      String iso3 = iso2to3.get(f[0].substring(0, f[0].indexOf('.')));
      if (seat != null && iso3 != null) {
        indexRegion(new Place(parseLong(f[3]), f[1], iso3, f[2], seat.lat(), seat.lon(),
            admin1Population.get(f[0]), "ADM1", "admin1"), f[1], f[2]);
      }
    }
    // A country-level place sits at its capital: GeoNames' country files carry no centroid.
    for (Map.Entry<String, String[]> e : countryRows.entrySet()) {
      String[] f = e.getValue();
      Place cap = capitals.get(e.getKey());
      Place country = new Place(parseLong(f[16]), f[4], e.getKey(), null, cap == null ? 0 : cap.lat(),
          cap == null ? 0 : cap.lon(), parseLong(f[7]), "PCLI", "country");
      countries.put(e.getKey(), country);
    }
    loadSupplement();
  }

  private void loadSupplement() {
    TsvTable t = TsvTable.resource(Gazetteer.class, "places-supplement.tsv", "name", "aliases", "country",
        "admin1", "lat", "lon", "geonames_id", "precision", "feature");
    for (TsvTable.Row r : t.rows()) {
      double lat;
      double lon;
      try {
        lat = Double.parseDouble(r.get("lat"));
        lon = Double.parseDouble(r.get("lon"));
      } catch (NumberFormatException e) {
        throw r.error("lat and lon must be decimal degrees");
      }
      String precision = r.get("precision");
      if (!precision.equals("city") && !precision.equals("admin1") && !precision.equals("country")) {
        throw r.error("precision '" + precision + "' must be city, admin1 or country");
      }
      String id = r.get("geonames_id");
      Place p = new Place(id.isEmpty() ? 0 : Long.parseLong(id), r.get("name"), r.get("country"),
          r.get("admin1").isEmpty() ? null : r.get("admin1"), lat, lon, 0, r.get("feature"), precision);
      List<String> names = new ArrayList<>(r.list("aliases"));
      names.add(0, r.get("name"));
      for (String n : names) {
        // Supplement rows are reviewed for news use: they lead their name's candidates.
        byName.computeIfAbsent(Names.key(n), k -> new ArrayList<>()).add(0, p);
      }
    }
  }

  private static final java.util.regex.Pattern AIRPORT_CODE = java.util.regex.Pattern.compile("[A-Z]{2,4}");

  private static int seatRank(Place p) {
    return p.featureCode().equals("PPLA") ? 2 : p.featureCode().equals("PPLC") ? 1 : 0;
  }

  /** Words GeoNames appends to or puts before a region's name ("Cauca Department", "Muhafazat Karbala'"). */
  private static final java.util.regex.Pattern REGION_WORD = java.util.regex.Pattern.compile(
      "(?i)^(departamento de(l)? |provincia de(l)? |muhafazat |wilayat |region of )|"
          + " (department|province|region|governorate|oblast|oblast'|state|prefecture|district|county|municipality)$");
  /** News writes a region's name with any of these after it ("Huila department", "Nineveh province"). */
  private static final List<String> REGION_NOUNS = List.of("", " province", " department", " region", " state",
      " governorate");
  /** Region names that are ordinary words or directions alone ("Central", "Eastern"): only with their noun. */
  private static final java.util.Set<String> GENERIC = PlaceWords.load("generic-region-names");

  /**
   * A GeoNames admin1 region, under its name and under its bare name with the nouns news uses
   * ("Huila", "Huila department"); a bare name that is a common word needs its noun.
   */
  private void indexRegion(Place p, String name, String ascii) {
    for (String n : new String[] {name, ascii}) {
      if (!GENERIC.contains(Names.key(n))) {
        index(n, p);
      }
      String bare = REGION_WORD.matcher(n).replaceAll("").strip();
      for (String noun : REGION_NOUNS) {
        if (bare.length() >= 4 && !(noun.isEmpty() && GENERIC.contains(Names.key(bare)))) {
          index(bare + noun, p);
        }
      }
    }
  }

  private void index(String name, Place p) {
    String key = Names.key(name);
    if (key.length() < 2) {
      return;
    }
    List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (Place q : list) {
      if (q.geonamesId() == p.geonamesId()) {
        return;
      }
    }
    list.add(p);
  }

  /** Every place a name may mean (empty when none). */
  public List<Place> candidates(String name) {
    return byName.getOrDefault(Names.key(name), List.of());
  }

  /** The country as a place, by ISO alpha-3, or null. */
  public Place country(String iso3) {
    return countries.get(iso3);
  }

  private interface RowHandler {
    void row(String[] fields);
  }

  private static void lines(String file, RowHandler handler) {
    String path = GEONAMES + file;
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new TableException(path, 0, "missing from the class path (GeoNames data of opensextant-xponents-core)");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#") && !line.isEmpty()) {
          handler.row(line.split("\t", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long parseLong(String s) {
    try {
      return s.isEmpty() ? 0 : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
