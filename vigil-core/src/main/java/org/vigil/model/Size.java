package org.vigil.model;

/** People killed, injured and arrested in one event; each is null when the text gives none. */
public record Size(Count dead, Count injured, Count arrested) {
  public static final Size NONE = new Size(null, null, null);

  public boolean isEmpty() {
    return dead == null && injured == null && arrested == null;
  }
}
