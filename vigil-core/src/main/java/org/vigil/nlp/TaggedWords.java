package org.vigil.nlp;

import java.util.List;

/**
 * A tagged sentence before parsing, for deciding whether it is worth the parser's time.
 *
 * @param lemmas    lower-case lemmas
 * @param hasEntity whether the tagger found a person, place or organisation
 */
public record TaggedWords(List<String> words, List<String> lemmas, boolean hasEntity) {
}
