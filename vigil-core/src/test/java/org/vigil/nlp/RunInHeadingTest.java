package org.vigil.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunInHeadingTest {
  private static int heading(String sentence) {
    return RunInHeading.length(List.of(sentence.split(" ")));
  }

  @Test
  void aSubheadingRunIntoASentenceEndsWhereACapitalisedArticleOpensTheSentence() {
    assertEquals(2, heading("Border tensions A French diplomat said talks would resume ."));
    assertEquals(5, heading("Ships near islands , reefs Then on Monday the navy left the area ."));
  }

  @Test
  void anOpeningQuoteWithASentenceOpenerAfterItEndsTheHeading() {
    assertEquals(2, heading("Protests grow “ The police fired tear gas again , ” he said ."));
  }

  @Test
  void ordinarySentencesHaveNoHeading() {
    assertEquals(0, heading("He saw the film The Birds in Paris last year ."));
    assertEquals(0, heading("Rebel leader “ Tiger ” Musa said the truce would hold ."));
    assertEquals(0, heading("The minister said “ The army will stay , ” on Monday ."));
    assertEquals(0, heading("Former minister John Smith said the vote was fair ."));
    assertEquals(0, heading("Dozens Of Farmers Join A Protest In The Capital ."), "a headline in title case");
  }

  @Test
  void aHeadingNeedsASentenceAfterIt() {
    assertEquals(0, heading("Reaction A word ."));
  }
}
