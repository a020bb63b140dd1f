package org.vigil.model;

/** Whether an event really happened as stated: the four flags of the event record. */
public record Modality(boolean negated, boolean hypothetical, boolean future, boolean historical) {
  public static final Modality ASSERTED = new Modality(false, false, false, false);

  public Modality withHistorical(boolean value) {
    return new Modality(negated, hypothetical, future, value);
  }
}
