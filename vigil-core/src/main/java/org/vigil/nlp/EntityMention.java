package org.vigil.nlp;

/** A named-entity mention over tokens [first, last] of one sentence. */
public record EntityMention(String type, int first, int last) {
}
