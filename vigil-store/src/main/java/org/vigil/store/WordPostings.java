package org.vigil.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The bulk loader's word index, made in Java: for each word, the ascending sequence numbers of the
 * events whose sentence has it, with the same words as {@link Words#tokens} (maximal runs of
 * {@code [a-z0-9]} in {@code LOWER(sentence)}, once per event). Grouping by word as sentences
 * arrive spares the database a regular expression and a sort of every (seq, word) pair: the
 * postings go in as one row per word and are unnested in word order.
 *
 * <p>Exactness: only ASCII letters and digits can be word characters, and a character outside
 * ASCII lowers to one of them only in a few cases (U+0130 to {@code i}, the Kelvin sign to
 * {@code k}), where Java's and the database's case tables might disagree. A sentence holding such
 * a character is refused ({@link #add} returns false) and left to the database.
 */
final class WordPostings {
  /** Ascending seqs of one word; the last one tells whether this event already counted it. */
  private static final class Seqs {
    long[] seqs = new long[8];
    int n;

    void add(long seq) {
      if (n > 0 && seqs[n - 1] == seq) {
        return;
      }
      if (n == seqs.length) {
        seqs = Arrays.copyOf(seqs, n * 2);
      }
      seqs[n++] = seq;
    }

    void addAll(Seqs later) {
      if (n + later.n > seqs.length) {
        seqs = Arrays.copyOf(seqs, Math.max(seqs.length * 2, n + later.n));
      }
      System.arraycopy(later.seqs, 0, seqs, n, later.n);
      n += later.n;
    }
  }

  private final Map<String, Seqs> words = new HashMap<>();
  private long pairs;

  /**
   * Adds the words of one event's sentence; seqs must come in ascending order. False, adding
   * nothing, when the sentence has a character the database must lower itself.
   */
  boolean add(long seq, String sentence) {
    int n = sentence.length();
    for (int i = 0; i < n; i++) {
      char c = sentence.charAt(i);
      if (c >= 0x80 && Character.toLowerCase(c) < 0x80) {
        return false;
      }
    }
    int start = -1;
    boolean upper = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? sentence.charAt(i) : ' ';
      boolean up = c >= 'A' && c <= 'Z';
      if (up || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        if (start < 0) {
          start = i;
          upper = false;
        }
        upper |= up;
      } else if (start >= 0) {
        String w = sentence.substring(start, i);
        Seqs s = words.computeIfAbsent(upper ? w.toLowerCase(Locale.ROOT) : w, k -> new Seqs());
        int before = s.n;
        s.add(seq);
        pairs += s.n - before;
        start = -1;
      }
    }
    return true;
  }

  /** Adds the postings of {@code later}, whose seqs all follow the ones held here (a later chunk). */
  void addAll(WordPostings later) {
    later.words.forEach((w, s) -> words.computeIfAbsent(w, k -> new Seqs()).addAll(s));
    pairs += later.pairs;
  }

  /** How many (seq, word) pairs are held. */
  long pairs() {
    return pairs;
  }

  /** The postings in word order (the database's byte order: words are ASCII), emptying this. */
  SortedMap<String, long[]> take() {
    SortedMap<String, long[]> out = new TreeMap<>();
    words.forEach((w, s) -> out.put(w, Arrays.copyOf(s.seqs, s.n)));
    words.clear();
    pairs = 0;
    return out;
  }
}
