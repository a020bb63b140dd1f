package org.vigil.model;

import java.util.List;

/**
 * An event participant: the mention in the text and what it resolved to.
 *
 * @param text    the mention as written ("He", "Syrian security forces")
 * @param start   offset of the mention in the article (inclusive)
 * @param end     offset of the mention in the article (exclusive)
 * @param name    the resolved entity ("Alain Juppe"), or null
 * @param code    CAMEO-style actor code: ISO alpha-3 plus sectors ("SYRCOP"), or an IGO code
 * @param country ISO alpha-3 country, null for IGOs and unknown actors
 * @param sectors sector codes in order ("GOV", "MIL")
 */
public record Actor(String text, int start, int end, String name, String code, String country,
                    List<String> sectors) {
  public Actor {
    sectors = List.copyOf(sectors);
  }

  /** The same resolution pinned to another mention, as when a pronoun takes its antecedent's code. */
  public Actor withMention(String text, int start, int end) {
    return new Actor(text, start, end, name, code, country, sectors);
  }
}
