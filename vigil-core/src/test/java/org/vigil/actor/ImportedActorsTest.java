package org.vigil.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;

class ImportedActorsTest {
  private static ParsedSentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NNP", "O", at, at + w.length()));
      at += w.length() + 1;
    }
    return new ParsedSentence(0, text, 0, text.length(), tokens, new int[0], new String[0], List.of());
  }

  private static ActorEntry entry(String code) {
    return new ActorEntry(ActorEntry.Kind.COUNTRY, code, code, code.substring(0, 3), List.of(), null, null, null,
        false);
  }

  private static List<String> codes(ActorLexicon lex, String text) {
    return lex.find(sentence(text), text).stream().map(m -> m.entries().get(0).code()).toList();
  }

  @Test
  void anImportedStemMatchesWordsItBegins() {
    ActorLexicon lex = new ActorLexicon();
    lex.addImported("ZAROVI", true, List.of(entry("ZRV")));
    assertEquals(List.of("ZRV"), codes(lex, "Zarovian envoys"));
  }

  @Test
  void aStemOfTwoLettersMatchesOnlyItsExactWord() {
    ActorLexicon lex = new ActorLexicon();
    lex.addImported("THE QU", true, List.of(entry("QUXEDU")));
    assertEquals(List.of("QUXEDU"), codes(lex, "The Qu hall"));
    assertTrue(codes(lex, "The Quendari hall").stream().noneMatch("QUXEDU"::equals));
  }

  @Test
  void anImportedExactNameOutranksAStem() {
    ActorLexicon lex = new ActorLexicon();
    lex.addImported("KELTHAR", true, List.of(entry("KLT")));
    lex.addImported("KELTHARI", false, List.of(entry("KLTREB")));
    assertEquals(List.of("KLTREB"), codes(lex, "Kelthari raiders"));
    assertEquals(List.of("KLT"), codes(lex, "Keltharan raiders"));
  }
}
