package org.vigil.table;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A closed word list kept as a reviewed table: {@code #} lines saying what the list is for, the
 * header {@code word}, then one lower-case word (or fixed phrase) a row. Each list is read once
 * into the constant of the class that uses it; a capital, a blank or a repeated word is a
 * malformed table.
 */
public final class WordTable {
  private WordTable() {
  }

  /** The words of the resource {@code fileName} beside {@code owner}'s package. */
  public static Set<String> load(Class<?> owner, String fileName) {
    return of(TsvTable.resource(owner, fileName, "word"));
  }

  /** The words of a table with a {@code word} column, in the order of its rows. */
  public static Set<String> of(TsvTable table) {
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
