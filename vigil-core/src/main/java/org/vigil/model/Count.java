package org.vigil.model;

/**
 * A number of people as stated in the text ("at least 20" is 20 with qualifier "at least").
 *
 * @param qualifier "at least", "more than", "about", "up to" or null when the number is plain
 */
public record Count(int value, String qualifier, Span evidence) {
}
