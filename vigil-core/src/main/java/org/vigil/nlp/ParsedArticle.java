package org.vigil.nlp;

import java.util.List;
import org.vigil.model.Article;

/** An article after the NLP stage: its sentences, in order. */
public record ParsedArticle(Article article, List<ParsedSentence> sentences) {
  public ParsedArticle {
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(ParsedSentence::size).sum();
  }
}
