package org.vigil.actor;

import java.util.List;

/** Tokens [first, last] of a sentence that name one or more table entries (a person may hold several offices). */
public record ActorMatch(int first, int last, List<ActorEntry> entries) {
  public ActorMatch {
    entries = List.copyOf(entries);
  }

  public ActorEntry.Kind kind() {
    return entries.get(0).kind();
  }
}
