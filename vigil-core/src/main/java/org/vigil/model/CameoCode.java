package org.vigil.model;

/**
 * A CAMEO event code with what the ontology says about it.
 *
 * @param code       2 to 4 digits, leading zero kept ("040", "1124")
 * @param name       the codebook's name
 * @param goldstein  Goldstein weight, -10 .. +10
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverType one of PLOVER's 16 event types, or null where PLOVER has none (plain statements)
 * @param ploverMode PLOVER mode, or null
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String ploverType,
                        String ploverMode) {
  public CameoCode {
    // A blank table cell and an old record's "" both mean "no PLOVER type".
    ploverType = ploverType == null || ploverType.isBlank() ? null : ploverType;
    ploverMode = ploverMode == null || ploverMode.isBlank() ? null : ploverMode;
  }

  public String root() {
    return code.substring(0, 2);
  }
}
