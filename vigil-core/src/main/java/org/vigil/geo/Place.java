package org.vigil.geo;

/**
 * A gazetteer entry: a GeoNames city, an admin1 region or a country, or a row of the supplement.
 *
 * @param country   ISO alpha-3
 * @param precision {@code city}, {@code admin1} or {@code country}
 */
public record Place(long geonamesId, String name, String country, String admin1, double lat, double lon,
                    long population, String featureCode, String precision) {
}
