package org.vigil.geo;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.vigil.table.TableException;
import org.vigil.table.TsvTable;

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
    return of(TsvTable.resource(PlaceWords.class, "words/" + name + ".tsv", "word"));
  }

  static Set<String> of(TsvTable table) {
    Set<String> words = new LinkedHashSet<>();
    for (TsvTable.Row row : table.rows()) {
      String w = row.get("word");
      if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw row.error("a word must be lower case and not blank: '" + w + "'");
      }
      if (!words.add(w)) {
        throw row.error("'" + w + "' is listed twice");
      }
    }
    if (words.isEmpty()) {
      throw new TableException(table.name(), 0, "no words");
    }
    return Collections.unmodifiableSet(words);
  }
}
