package org.vigil.nlp;

/**
 * One token of a parsed sentence.
 *
 * @param index position in its sentence, from 0
 * @param ner   CoreNLP's named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC) or "O"
 * @param start character offset into the article (inclusive)
 * @param end   character offset into the article (exclusive)
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isNumber() {
    return pos.equals("CD");
  }
}
