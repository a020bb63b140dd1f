package org.vigil.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A PETRARCH discards dictionary: phrases that mark text holding no political event (sport,
 * weather). A phrase with a leading {@code +} discards the whole story, others only their sentence.
 */
public final class PetrarchDiscards {
  private final List<Pattern> sentence = new ArrayList<>();
  private final List<Pattern> story = new ArrayList<>();

  public void read(Path file) {
    parse(DictionaryLines.read(file));
  }

  public void read(String name, String content) {
    parse(DictionaryLines.parse(name, content));
  }

  private void parse(List<DictionaryLines.Line> lines) {
    for (DictionaryLines.Line l : lines) {
      String t = l.text();
      boolean whole = t.startsWith("+");
      String phrase = (whole ? t.substring(1) : t).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
      // Whole words only ("baseball" must not fire inside another word), any spacing between them.
      String regex = "(?<![\\p{L}\\p{N}])" + String.join("\\s+", java.util.Arrays.stream(phrase.split("\\s+"))
          .map(Pattern::quote).toList()) + "(?![\\p{L}\\p{N}])";
      (whole ? story : sentence).add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
  }

  public boolean isEmpty() {
    return sentence.isEmpty() && story.isEmpty();
  }

  /** Whether a story holding this text gives no events at all. */
  public boolean discardsStory(String text) {
    return story.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** Whether this sentence gives no events (story-level phrases discard it too). */
  public boolean discardsSentence(String text) {
    return discardsStory(text) || sentence.stream().anyMatch(p -> p.matcher(text).find());
  }
}
