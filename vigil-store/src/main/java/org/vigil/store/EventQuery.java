package org.vigil.store;

import java.time.LocalDate;

/**
 * Filters of {@code vigil events} and {@code GET /api/events}; null means "any".
 *
 * @param actor      actor code prefix, source or target ("SYR", "SYRGOV", "IGOUNO")
 * @param country    ISO alpha-3 of the location, the source or the target
 * @param codePrefix CAMEO code prefix ("19", "112")
 * @param nearKm     with {@code lat} and {@code lon}: events within this many kilometres
 * @param text       words that must all appear in the event's sentence, case-insensitive, each as a
 *                   substring ("attack" also matches "attacked"); answered from the word index
 *                   ({@code Words})
 * @param limit      page size; 0 means no limit (exports use it for everything that matches)
 */
public record EventQuery(LocalDate from, LocalDate to, String actor, String country, String codePrefix,
                         Double lat, Double lon, Double nearKm, String text, Integer quadClass, int limit,
                         int offset) {
  public static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, null, null,
      100, 0);
}
