package org.vigil.nlp;

import java.util.List;

/**
 * A tagged sentence before parsing, for deciding whether it is worth the parser's time.
 *
 * @param lemmas    lower-case lemmas
 * @param hasEntity whether the tagger found a person, place or organisation
 * @param introducesPerson whether a person's name is followed by a comma, as where an apposition
 *                  tells who the person is ("X, a fellow at Y, ...")
 */
public record TaggedWords(List<String> words, List<String> lemmas, boolean hasEntity, boolean introducesPerson) {

  public TaggedWords(List<String> words, List<String> lemmas, boolean hasEntity) {
    this(words, lemmas, hasEntity, false);
  }
}
