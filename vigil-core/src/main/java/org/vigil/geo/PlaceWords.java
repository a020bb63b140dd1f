package org.vigil.geo;

import java.util.Set;
import org.vigil.table.WordTable;

/**
 * The closed word lists of the place stages (site nouns, venues, prepositions of place...), kept as
 * reviewed tables in {@code org/vigil/geo/words/} with one lower-case word a row, each read once
 * into the constant of the class that uses it.
 */
public final class PlaceWords {
  private PlaceWords() {
  }

  /** The words of {@code words/NAME.tsv}; a capital, a blank or a repeated word is a malformed table. */
  public static Set<String> load(String name) {
    return WordTable.load(PlaceWords.class, "words/" + name + ".tsv");
  }
}
