package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Vigil's scoring loop must give the trees CoreNLP's depparse annotator gives (project's own sentences). */
class DepParserTest {
  @Test
  void sameTreesAsTheDepparseAnnotator() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,depparse");
    Annotation doc = new Annotation("Twelve protesters were arrested by police in Homs on Monday. "
        + "The minister said the talks, which had been delayed twice, would resume in Geneva next week. "
        + "THE ARMY HAS REPORTED THAT ABOUT 50 PEASANTS HAVE BEEN KIDNAPPED BY TERRORISTS.");
    new StanfordCoreNLP(p).annotate(doc);
    DepParser parser = new DepParser();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      int[] heads = new int[n];
      String[] rels = new String[n];
      parser.parse(s, heads, rels);
      int[] expectedHeads = new int[n];
      String[] expectedRels = new String[n];
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      g.getRoots().forEach(r -> {
        expectedHeads[r.index() - 1] = -1;
        expectedRels[r.index() - 1] = "root";
      });
      for (SemanticGraphEdge e : g.edgeListSorted()) {
        expectedHeads[e.getDependent().index() - 1] = e.getGovernor().index() - 1;
        expectedRels[e.getDependent().index() - 1] = e.getRelation().toString();
      }
      assertArrayEquals(expectedHeads, heads, s.toString());
      assertArrayEquals(expectedRels, rels, s.toString());
    }
  }

  @Test
  void aSubjectWithAPassiveAuxiliaryIsPassive() {
    // "Protesters were arrested": the model says nsubj; CoreNLP's UD structure makes it nsubj:pass.
    int[] heads = {2, 2, -1};
    String[] rels = {"nsubj", "aux:pass", "root"};
    DepParser.passiveSubjects(heads, rels);
    assertEquals("[nsubj:pass, aux:pass, root]", Arrays.toString(rels));
  }
}
