package org.vigil.geo;

import org.vigil.model.Location;

/** A place named in a sentence, over tokens [first, last], resolved to one place. */
public record PlaceMention(int first, int last, Place place, String text, int start, int end) {

  public Location toLocation() {
    // A place located nowhere (no gazetteer entry, no country around it) keeps its name only.
    boolean nowhere = Double.isNaN(place.lat());
    return new Location(text, start, end, place.name(), place.country(), place.admin1(), nowhere ? null : place.lat(),
        nowhere ? null : place.lon(), place.geonamesId() == 0 ? null : place.geonamesId(), place.precision());
  }
}
