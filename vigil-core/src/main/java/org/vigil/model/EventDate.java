package org.vigil.model;

/**
 * When an event happened.
 *
 * @param value     ISO date at the given precision: {@code 2011-09-07}, {@code 2011-08} or {@code 2011}
 * @param precision {@code day}, {@code month} or {@code year}
 * @param source    {@code text} when a time expression gave it, {@code publication} as fallback
 * @param evidence  the time expression, or null
 */
public record EventDate(String value, String precision, String source, Span evidence) {
}
