package org.vigil.ontology;

import java.util.HashMap;
import java.util.Map;
import org.vigil.model.CameoCode;
import org.vigil.table.TsvTable;

/** Every CAMEO event code with its name, Goldstein weight, QuadClass and PLOVER type (cameo.tsv). */
public final class CameoOntology {
  private final Map<String, CameoCode> codes = new HashMap<>();

  public CameoOntology() {
    TsvTable t = TsvTable.resource(CameoOntology.class, "cameo.tsv",
        "code", "name", "goldstein", "quad_class", "plover_type", "plover_mode");
    for (TsvTable.Row r : t.rows()) {
      String code = r.get("code");
      if (!code.matches("\\d{2,4}")) {
        throw r.error("code '" + code + "' is not 2 to 4 digits");
      }
      double goldstein;
      int quad;
      try {
        goldstein = Double.parseDouble(r.get("goldstein"));
        quad = Integer.parseInt(r.get("quad_class"));
      } catch (NumberFormatException e) {
        throw r.error("goldstein and quad_class must be numbers");
      }
      codes.put(code, new CameoCode(code, r.get("name"), goldstein, quad, r.get("plover_type"),
          r.get("plover_mode")));
    }
  }

  /**
   * The entry for {@code code}; an unknown sub-code falls back to its parent ("1129" to "112"), and a
   * code with no known parent is a user code.
   */
  public CameoCode lookup(String code) {
    for (String c = code; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      CameoCode found = codes.get(c);
      if (found != null) {
        return c.equals(code) ? found : new CameoCode(code, found.name(), found.goldstein(),
            found.quadClass(), found.ploverType(), found.ploverMode());
      }
    }
    return userCode(code);
  }

  /**
   * A code from a user's dictionary that cameo.tsv does not know (PETRARCH's test dictionaries use
   * WEIS-like codes): kept as given, with the quad class of its root when that is a CAMEO root.
   */
  private static CameoCode userCode(String code) {
    int quad = 0;
    if (code.length() >= 2 && Character.isDigit(code.charAt(0)) && Character.isDigit(code.charAt(1))) {
      int root = Integer.parseInt(code.substring(0, 2));
      quad = root < 1 || root > 20 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }
    return new CameoCode(code, "user code", 0, quad, null, null);
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  public int size() {
    return codes.size();
  }
}
