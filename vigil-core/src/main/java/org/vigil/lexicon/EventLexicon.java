package org.vigil.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vigil.table.TsvTable;

/** The verbs and nouns that signal events, with the words that refine their CAMEO codes (verbs.tsv). */
public final class EventLexicon {
  private final Map<String, List<Trigger>> byLemma = new HashMap<>();

  public EventLexicon() {
    load(TsvTable.resource(EventLexicon.class, "verbs.tsv"));
  }

  /** Adds a user's verbs table (same columns); its rows are tried before the shipped ones. */
  public void addUserTable(Path file) {
    load(TsvTable.file(file));
  }

  /** Adds rows built from an imported dictionary, tried before every row already there for their lemma. */
  public void addImported(List<Trigger> triggers) {
    for (int i = triggers.size() - 1; i >= 0; i--) {
      Trigger t = triggers.get(i);
      byLemma.computeIfAbsent(key(t.lemma(), t.pos()), k -> new ArrayList<>()).add(0, t);
    }
  }

  private void load(TsvTable t) {
    for (String col : List.of("lemma", "pos", "particle", "prep", "object", "code")) {
      if (!t.header().contains(col)) {
        throw new org.vigil.table.TableException(t.name(), 0, "header lacks column '" + col + "'");
      }
    }
    List<TsvTable.Row> rows = new ArrayList<>(t.rows());
    java.util.Collections.reverse(rows);
    for (TsvTable.Row r : rows) {
      String lemma = r.get("lemma").toLowerCase(Locale.ROOT);
      String pos = r.get("pos");
      String code = r.get("code");
      if (lemma.isEmpty()) {
        throw r.error("empty lemma");
      }
      if (!pos.equals("V") && !pos.equals("N")) {
        throw r.error("pos '" + pos + "' must be V or N");
      }
      if (!code.matches("\\d{2,4}")) {
        throw r.error("code '" + code + "' is not 2 to 4 digits");
      }
      String objectPrep = "";
      List<String> words = new ArrayList<>();
      for (String w : r.list("object")) {
        int colon = w.indexOf(':');
        if (colon > 0) {
          objectPrep = w.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          w = w.substring(colon + 1);
        }
        words.add(w.strip().toLowerCase(Locale.ROOT));
      }
      Set<String> preps = new LinkedHashSet<>();
      for (String p : r.list("prep")) {
        preps.add(p.toLowerCase(Locale.ROOT));
      }
      Trigger trigger = new Trigger(lemma, pos.charAt(0), r.get("particle").toLowerCase(Locale.ROOT), preps,
          objectPrep, words, code, r.header().contains("note") ? r.get("note") : "", r.line());
      // Rows are read bottom-up and prepended, so each lemma keeps the file's order and user rows lead.
      byLemma.computeIfAbsent(key(lemma, trigger.pos()), k -> new ArrayList<>()).add(0, trigger);
    }
  }

  private static String key(String lemma, char pos) {
    return pos + ":" + lemma;
  }

  public List<Trigger> verbs(String lemma) {
    return byLemma.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), 'V'), List.of());
  }

  public List<Trigger> nouns(String lemma) {
    return byLemma.getOrDefault(key(lemma.toLowerCase(Locale.ROOT), 'N'), List.of());
  }

  /** Whether a sentence with these lower-case lemmas can hold an event at all (cheap pre-filter). */
  public boolean anyTrigger(List<String> lemmas) {
    for (String l : lemmas) {
      if (byLemma.containsKey(key(l, 'V')) || byLemma.containsKey(key(l, 'N'))) {
        return true;
      }
    }
    return false;
  }
}
