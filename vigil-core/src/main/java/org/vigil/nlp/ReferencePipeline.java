package org.vigil.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner, depparse, coref), the
 * yardstick of the benchmark: what running CoreNLP as shipped costs on the same texts.
 */
public final class ReferencePipeline {
  private final StanfordCoreNLP pipeline;

  public ReferencePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    p.setProperty("coref.algorithm", "statistical");
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text and returns its number of sentences. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    var sentences = doc.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class);
    return sentences == null ? 0 : sentences.size();
  }
}
