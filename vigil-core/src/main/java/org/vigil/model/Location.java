package org.vigil.model;

/**
 * Where an event happened, resolved against GeoNames.
 *
 * @param precision one of {@code city}, {@code admin1}, {@code country}
 */
public record Location(String text, int start, int end, String name, String country, String admin1,
                       double lat, double lon, Long geonamesId, String precision) {
}
