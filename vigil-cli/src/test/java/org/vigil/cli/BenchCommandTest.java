package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;

class BenchCommandTest {
  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  @Test
  void theWarmUpIsSpreadOverTheWholeCorpusAndNeverTimedAgain() {
    List<Article> corpus = IntStream.range(0, 10)
        .mapToObj(i -> new Article("a" + i, LocalDate.of(2020, 1, 1), "text " + i)).toList();
    List<Article> warm = new ArrayList<>();
    List<Article> timed = new ArrayList<>();
    BenchCommand.splitWarmup(corpus, 3, warm, timed);
    // A corpus of mixed-case news followed by all-caps wire text warms both kinds.
    assertEquals(List.of("a0", "a3", "a6"), ids(warm));
    assertEquals(List.of("a1", "a2", "a4", "a5", "a7", "a8", "a9"), ids(timed));
  }
}
