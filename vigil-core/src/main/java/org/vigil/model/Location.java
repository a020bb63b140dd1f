package org.vigil.model;

/**
 * Where an event happened, resolved against GeoNames.
 *
 * @param lat       latitude, or null for a place the text names but no gazetteer or country locates
 * @param precision one of {@code city}, {@code admin1}, {@code country}, or null with no coordinates
 * @param basis     {@code text} (named in the event's clause), {@code actors} (its actors' country),
 *                  {@code dateline} (the country of the article's dateline) or {@code article} (the
 *                  country most of the article's actors belong to)
 */
public record Location(String text, int start, int end, String name, String country, String admin1,
                       Double lat, Double lon, Long geonamesId, String precision, String basis) {

  /** A location whose basis follows from whether the text names it. */
  public Location(String text, int start, int end, String name, String country, String admin1,
                  Double lat, Double lon, Long geonamesId, String precision) {
    this(text, start, end, name, country, admin1, lat, lon, geonamesId, precision, text == null ? "actors" : "text");
  }
}
