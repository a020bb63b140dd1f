package org.vigil.store;

/**
 * When two event mentions describe the same real-world event and join one story (docs/store.md).
 *
 * @param windowDays      dates at most this many days apart
 * @param maxKm           city-level places at most this far apart
 * @param nestedActors    also accept actor codes whose three-letter parts are contained in the other's
 *                        ("SYR" and "SYRMIL", "COP" and "KENCOP"): reports name one actor with more
 *                        or less detail
 * @param separateNegated a denied or hypothetical event never joins one that is reported as real
 */
public record LinkingRules(int windowDays, double maxKm, boolean nestedActors, boolean separateNegated) {
  public static final LinkingRules DEFAULT = new LinkingRules(2, 50, true, true);

  public LinkingRules {
    if (windowDays < 0 || maxKm < 0) {
      throw new IllegalArgumentException("window and distance must not be negative");
    }
  }

  public LinkingRules withWindowDays(int days) {
    return new LinkingRules(days, maxKm, nestedActors, separateNegated);
  }

  public LinkingRules withNestedActors(boolean prefix) {
    return new LinkingRules(windowDays, maxKm, prefix, separateNegated);
  }
}
