package org.vigil.store;

/**
 * When two event mentions describe the same real-world event and join one story (docs/store.md).
 *
 * @param windowDays      dates at most this many days apart
 * @param maxKm           city-level places at most this far apart
 * @param actorPrefix     also accept actor codes where one extends the other ("SYR" and "SYRMIL"),
 *                        since reports name the same actor with more or less detail
 * @param separateNegated a denied or hypothetical event never joins one that is reported as real
 */
public record LinkingRules(int windowDays, double maxKm, boolean actorPrefix, boolean separateNegated) {
  public static final LinkingRules DEFAULT = new LinkingRules(2, 50, false, true);

  public LinkingRules {
    if (windowDays < 0 || maxKm < 0) {
      throw new IllegalArgumentException("window and distance must not be negative");
    }
  }

  public LinkingRules withWindowDays(int days) {
    return new LinkingRules(days, maxKm, actorPrefix, separateNegated);
  }

  public LinkingRules withActorPrefix(boolean prefix) {
    return new LinkingRules(windowDays, maxKm, prefix, separateNegated);
  }
}
