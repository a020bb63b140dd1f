package org.vigil.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.table.Names;
import org.vigil.table.TsvTable;

/** Nouns and titles that name an actor's sector ("security forces" COP, "foreign minister" GOV). */
public final class SectorLexicon {
  private final Map<String, List<String>> byPhrase = new HashMap<>();
  private int maxWords = 1;

  public SectorLexicon() {
    TsvTable t = TsvTable.resource(SectorLexicon.class, "sectors.tsv", "phrase", "sectors", "note");
    for (TsvTable.Row r : t.rows()) {
      for (String code : r.list("sectors")) {
        if (!code.matches("[A-Z]{3}")) {
          throw r.error("sector '" + code + "' is not three capital letters");
        }
      }
      put(r.get("phrase"), r.list("sectors"));
    }
  }

  /** Forgets every phrase: an imported agents dictionary brings its own sector scheme. */
  public void clear() {
    byPhrase.clear();
    maxWords = 1;
  }

  /** A sector ending in '~' (imported "[SEC~]") goes before the actor's code instead of after it. */
  public void put(String phrase, List<String> sectors) {
    String key = Names.key(phrase);
    byPhrase.put(key, List.copyOf(sectors));
    maxWords = Math.max(maxWords, key.split(" ").length);
  }

  /** Sectors of a phrase, or null when the phrase names no sector ("spokesman" names one with none). */
  public List<String> lookup(String phrase) {
    return byPhrase.get(Names.key(phrase));
  }

  public int maxWords() {
    return maxWords;
  }
}
