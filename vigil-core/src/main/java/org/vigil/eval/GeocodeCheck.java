package org.vigil.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.vigil.geo.PlaceMention;
import org.vigil.model.Article;
import org.vigil.pipeline.VigilPipeline;
import org.vigil.table.TsvTable;

/**
 * The geocoding check (eval/geocoding.tsv): place names as news writes them, each in a context
 * sentence, with the expected country and GeoNames id. Scores country and exact-id accuracy.
 */
public final class GeocodeCheck {
  private GeocodeCheck() {
  }

  public static void run(VigilPipeline pipeline, Path table, PrintStream out, int maxMisses) {
    TsvTable t = TsvTable.file(table, "mention", "context", "country", "geonames_id");
    int total = 0;
    int country = 0;
    int exact = 0;
    int found = 0;
    Misses misses = new Misses();
    for (TsvTable.Row r : t.rows()) {
      total++;
      String mention = r.get("mention");
      List<PlaceMention> places = pipeline.placesIn(new Article("geo-" + r.line(), null, r.get("context")));
      PlaceMention m = places.stream().filter(p -> p.text().equalsIgnoreCase(mention)).findFirst()
          .orElse(places.stream().filter(p -> p.text().toLowerCase().contains(mention.toLowerCase())
              || mention.toLowerCase().contains(p.text().toLowerCase())).findFirst().orElse(null));
      if (m == null) {
        misses.addText("line " + r.line(), r.get("context"), mention + " -> " + r.get("country") + " "
            + r.get("geonames_id"), "(not found as a place)");
        continue;
      }
      found++;
      boolean c = java.util.Objects.equals(m.place().country(), r.get("country"));
      boolean e = String.valueOf(m.place().geonamesId()).equals(r.get("geonames_id"));
      country += c ? 1 : 0;
      exact += e ? 1 : 0;
      if (!e) {
        misses.addText("line " + r.line(), r.get("context"), mention + " -> " + r.get("country") + " "
            + r.get("geonames_id"), m.place().name() + " " + m.place().country() + " " + m.place().geonamesId());
      }
    }
    out.printf("%s: %d place names%n", table.getFileName(), total);
    out.println(Tally.ratio("found as a place", found, total));
    out.println(Tally.ratio("country right", country, total));
    out.println(Tally.ratio("GeoNames id right", exact, total));
    misses.print(out, maxMisses);
  }
}
