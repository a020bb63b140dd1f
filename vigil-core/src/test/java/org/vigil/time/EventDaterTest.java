package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.model.Article;
import org.vigil.model.EventDate;
import org.vigil.nlp.NlpParser;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.SutimeTagger;

/**
 * Dates the event word of each sentence of dates/expressions.tsv (one per expression type of
 * issue 5) as the pipeline does, with the parse CoreNLP gives; Vigil's finder must get them all,
 * SUTime's score is printed for the comparison in docs/coding.md.
 */
class EventDaterTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2011, 9, 7);
  private static final EventDater DATER = new EventDater();
  private static NlpParser nlp;
  /** Each sentence is parsed once for both finders: parsing is the slow part of these tests. */
  private static final Map<String, ParsedSentence> PARSED = new ConcurrentHashMap<>();

  record Case(String sentence, String word, boolean future, String expected) {
    @Override
    public String toString() {
      return word + " in '" + sentence + "'";
    }
  }

  @BeforeAll
  static void load() {
    nlp = new NlpParser();
  }

  static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        EventDaterTest.class.getResourceAsStream("/dates/expressions.tsv"), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] f = line.split("\t");
          out.add(new Case(f[0], f[1], f[2].equals("y"), f[3]));
        }
      }
    }
    return out;
  }

  private static String date(TimeFinder finder, Case c) {
    ParsedSentence s = PARSED.computeIfAbsent(c.sentence(),
        text -> nlp.parse(new Article("t", WEDNESDAY, text), w -> true).sentences().get(0));
    int trigger = 0;
    while (!s.token(trigger).word().equals(c.word())) {
      trigger++;
    }
    EventDate d = DATER.date(s, c.sentence(), finder.find(s, c.sentence(), WEDNESDAY), trigger, trigger,
        WEDNESDAY, c.future());
    return d.value() + "/" + d.precision() + "/" + d.source();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void vigilDatesTheEvent(Case c) {
    assertEquals(c.expected(), date(DATER, c));
  }

  @Test
  void sutimeRunsOnTheSameCases() throws IOException {
    SutimeTagger sutime = new SutimeTagger();
    List<Case> all = cases();
    int right = 0;
    for (Case c : all) {
      String got = date(sutime, c);
      if (got.equals(c.expected())) {
        right++;
      } else {
        System.out.println("SUTime: " + c + ": " + got + ", expected " + c.expected());
      }
    }
    System.out.printf("SUTime dates %d of %d cases right (Vigil's finder: all)%n", right, all.size());
    assertTrue(right > 0, "the SUTime adapter finds nothing");
  }
}
