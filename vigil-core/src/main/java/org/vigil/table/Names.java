package org.vigil.table;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The one way names are compared: accents folded, case ignored, dashes, quotes and spaces unified. */
public final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Names() {
  }

  public static String key(String s) {
    String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-')
        .replace('\u2011', '-').replace('\u2013', '-').replace('\u2014', '-');
    // "al-Assad" and "al Assad", "Secretary-General" and "Secretary General" are one name; TABARI
    // joins a name's words with '_' ("DOL_AMROTH"), and so may a text.
    folded = folded.replace('-', ' ').replace('_', ' ');
    return SPACES.matcher(folded.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
  }
}
