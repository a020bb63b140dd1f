package org.vigil.time;

import java.time.LocalDate;
import java.util.List;
import org.vigil.nlp.ParsedSentence;

/**
 * Finds a sentence's time expressions, left to right. {@link EventDater} is Vigil's own;
 * {@code org.vigil.nlp.SutimeTagger} is CoreNLP's SUTime, kept to measure against (docs/coding.md).
 */
public interface TimeFinder {
  /** @param published the article's publication date, or null (a finder may resolve against it) */
  List<TimeExpression> find(ParsedSentence s, String text, LocalDate published);
}
