package org.vigil.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.table.Names;
import org.vigil.table.TsvTable;

/** Nouns and titles that name an actor's sector ("security forces" COP, "foreign minister" GOV). */
public final class SectorLexicon {
  private final Map<String, List<String>> byPhrase = new HashMap<>();
  /** Phrases whose sectors hold only when the phrase names no other: "(GOV)" for "leader". */
  private final java.util.Set<String> defaults = new java.util.HashSet<>();
  private int maxWords = 1;

  public SectorLexicon() {
    TsvTable t = TsvTable.resource(SectorLexicon.class, "sectors.tsv", "phrase", "sectors", "note");
    for (TsvTable.Row r : t.rows()) {
      List<String> codes = new java.util.ArrayList<>();
      boolean fallback = false;
      for (String code : r.list("sectors")) {
        if (code.matches("\\([A-Z]{3}\\)")) {
          fallback = true;
          code = code.substring(1, 4);
        }
        if (!code.matches("[A-Z]{3}")) {
          throw r.error("sector '" + code + "' is not three capital letters (or three in parentheses)");
        }
        codes.add(code);
      }
      put(r.get("phrase"), codes);
      if (fallback) {
        defaults.add(Names.key(r.get("phrase")));
      }
    }
  }

  /** Forgets every phrase: an imported agents dictionary brings its own sector scheme. */
  public void clear() {
    byPhrase.clear();
    defaults.clear();
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

  /** Whether the phrase's sectors are a default that yields to any other sector of the actor's phrase. */
  public boolean isDefault(String phrase) {
    return defaults.contains(Names.key(phrase));
  }

  public int maxWords() {
    return maxWords;
  }
}
