package org.vigil.coder;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.vigil.table.TsvTable;

/**
 * What an act becomes when a sentence only intends it (CAMEO 03x), refuses it (12x) or appeals for
 * it (02x), read once from the reviewed table {@code embedded-acts.tsv}: the most specific row of an
 * act's code wins (four digits, then three, then its root's two).
 */
enum EmbeddedActs {
  INTENT("intent"), REFUSAL("refusal"), APPEAL("appeal");

  private static final Map<EmbeddedActs, Map<String, String>> CODES = load();
  private final String column;

  EmbeddedActs(String column) {
    this.column = column;
  }

  /** The code the act {@code code} becomes, or null when the table has no row for it. */
  String of(String code) {
    Map<String, String> codes = CODES.get(this);
    for (int digits = Math.min(code.length(), 4); digits >= 2; digits--) {
      String to = codes.get(code.substring(0, digits));
      if (to != null) {
        return to;
      }
    }
    return null;
  }

  private static Map<EmbeddedActs, Map<String, String>> load() {
    Map<EmbeddedActs, Map<String, String>> codes = new EnumMap<>(EmbeddedActs.class);
    for (EmbeddedActs kind : values()) {
      codes.put(kind, new HashMap<>());
    }
    Set<String> acts = new HashSet<>();
    for (TsvTable.Row r : TsvTable.resource(EmbeddedActs.class, "embedded-acts.tsv", "act", "intent", "refusal",
        "appeal")
        .rows()) {
      String act = r.get("act");
      if (!act.matches("\\d{2,4}")) {
        throw r.error("an act is a CAMEO code of two to four digits: '" + act + "'");
      }
      if (!acts.add(act)) {
        throw r.error("act " + act + " is listed twice");
      }
      for (EmbeddedActs kind : values()) {
        String to = r.get(kind.column);
        if (!to.isEmpty() && !to.matches("\\d{3,4}")) {
          throw r.error("the " + kind.column + " code must be CAMEO digits: '" + to + "'");
        }
        if (!to.isEmpty()) {
          codes.get(kind).put(act, to);
        }
      }
    }
    return codes;
  }
}
