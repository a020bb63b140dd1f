package org.vigil.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * What a name in the actor tables stands for.
 *
 * @param from    first day the entry holds (people's offices), or null
 * @param to      last day the entry holds, or null while it still holds
 * @param guarded the name is also a common word, first name or other place ("Chad", "Jordan"):
 *                it needs supporting context before it is read as this actor
 */
public record ActorEntry(Kind kind, String name, String code, String country, List<String> sectors,
                         LocalDate from, LocalDate to, String role, boolean guarded) {

  public enum Kind { COUNTRY, DEMONYM, CAPITAL, ORGANISATION, PERSON }

  public ActorEntry {
    sectors = List.copyOf(sectors);
  }

  /** Whether the entry holds on {@code date}; an unknown date accepts every entry. */
  public boolean holdsOn(LocalDate date) {
    return date == null || ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)));
  }
}
