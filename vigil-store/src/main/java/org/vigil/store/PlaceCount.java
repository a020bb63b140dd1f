package org.vigil.store;

/** A place and how many events happened there. */
public record PlaceCount(String name, String country, double lat, double lon, Long geonamesId, long events) {
}
