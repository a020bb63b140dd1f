package org.vigil.dictionary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.table.TableException;

/**
 * A PETRARCH/TABARI verbs dictionary and the matcher for its patterns.
 *
 * <p>The file holds synsets ({@code &NAME} then {@code +WORDS} lines) and verb blocks:
 * {@code --- VERB [CODE] ---}, the verb's lines ({@code MOOR {MOORS MOORED}}, phrasal verbs with the
 * verb marked by {@code +}: {@code +CAST_OFF}, {@code HARD_+BARGAIN [501]}) and patterns
 * {@code - WORDS * WORDS [CODE]} where {@code *} is the verb, {@code &SYN} a synset and
 * {@code _} joins adjacent words. Actor markers ({@code $ + % ^}) are accepted and not required:
 * Vigil finds the actors from the parse. A code {@code A:B} is two events, the second with the
 * actors swapped; {@code ---} means the verb gives no event, and so does TABARI's complex code
 * {@code +++} (a pattern with it is left out, as PETRARCH leaves it).
 */
public final class PetrarchVerbs {
  /**
   * The outcome for a verb the dictionary defines: its code (null: no event), the rule that gave it,
   * and whether the pattern names a compound actor ({@code %}: the conjoined actors act on each other);
   * {@code plainCode} and {@code plainRule} are the best outcome without compound patterns, for a
   * sentence whose actors are not compound; {@code targetFrom} is the token after which the plain
   * pattern's {@code +} marker puts the target ("* FEAST AT ^ WITH +"), or -1, after skipping
   * {@code targetSkips} phrases.
   */
  /**
   * A matched verb pattern. {@code wordsBefore}: the pattern that gave the code names words before
   * the verb, as the patterns that code a negated act do ("- WILL NOT * [081]").
   */
  public record Match(String code, String rule, boolean compound, String plainCode, String plainRule,
                      int targetFrom, int targetSkips, boolean wordsBefore) {
  }

  /** One verb form: the verb word, its other forms, and words the phrasal verb needs around it. */
  public record Form(String verb, Set<String> inflections, List<String> before, List<String> after, String code,
                     Block block, int line) {
  }

  /** A verb block: its default code (null for ---) and its patterns in file order. */
  public static final class Block {
    final String name;
    final String code;
    final List<Rule> patterns = new ArrayList<>();

    Block(String name, String code) {
      this.name = name;
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** Coded patterns that need only words after the verb: {@code (words, code)} pairs, for the lexicon. */
    public List<Map.Entry<List<String>, String>> objectPatterns() {
      List<Map.Entry<List<String>, String>> out = new ArrayList<>();
      for (Rule r : patterns) {
        if (r.code != null && r.pre.isEmpty() && !r.post.isEmpty() && r.post.stream().allMatch(e -> e.word != null)) {
          out.add(Map.entry(r.post.stream().map(e -> e.word).toList(), r.code));
        }
      }
      return out;
    }
  }

  /** A pattern element: a word or a synset, and whether it must follow the previous element directly. */
  private record Elem(String word, String synset, boolean adjacent) {
  }

  /** {@code verbTouch}: the last word before the verb is joined to it ({@code IN_*}). */
  /**
   * {@code targetAt}: how many words after the verb come before the {@code +} target marker, or -1;
   * {@code skips}: the phrases ({@code ^}) between those words and the target.
   */
  private record Rule(List<Elem> pre, boolean verbTouch, List<Elem> post, int targetAt, int skips, String code,
                      String text, int line) {
    /** A {@code %} before the verb: the conjoined subjects act on each other ("% * [501:501]"). */
    boolean compoundSource() {
      int star = text.indexOf('*');
      int pct = text.indexOf('%');
      return pct >= 0 && pct < star;
    }

    int weight() {
      return pre.size() + post.size();
    }
  }

  private static final Pattern HEADER = Pattern.compile("---\\s*([^\\[]+?)\\s*\\[([^\\]]*)\\].*");
  private static final Pattern PATTERN = Pattern.compile("-\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*");
  private static final Pattern FORM = Pattern.compile("([^\\[\\]{}]+?)\\s*(?:\\{([^}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*");
  /** TABARI's code for a complex event, set aside for a human coder: no event is coded from it. */
  private static final String COMPLEX = "+++";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9?#+]+(:[A-Za-z0-9?#+]+)?");

  private final Map<String, List<List<String>>> synsets = new HashMap<>();
  private final Map<String, List<Form>> byWord = new HashMap<>();
  private final List<Form> forms = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  public void read(Path file) {
    parse(file.getFileName().toString(), DictionaryLines.read(file));
  }

  public void read(String name, String content) {
    parse(name, DictionaryLines.parse(name, content));
  }

  public List<Form> forms() {
    return List.copyOf(forms);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  public boolean isEmpty() {
    return forms.isEmpty();
  }

  private void parse(String file, List<DictionaryLines.Line> lines) {
    String synset = null;
    Block block = null;
    List<Rule> pending = new ArrayList<>();
    for (DictionaryLines.Line l : lines) {
      String t = l.text();
      int n = l.number();
      if (t.startsWith("---")) {
        Matcher m = HEADER.matcher(t);
        if (!m.matches()) {
          throw new TableException(file, n, "verb block header '" + t + "' is not --- VERB [CODE] ---");
        }
        block = new Block(m.group(1).strip(), code(file, n, m.group(2)));
        synset = null;
      } else if (t.startsWith("&")) {
        synset = synsetName(t.split("\\s+")[0]);
        if (synsets.containsKey(synset)) {
          warnings.add("line " + n + " of " + file + ": synset &" + synset + " is defined again; both lists are used");
        }
        synsets.computeIfAbsent(synset, k -> new ArrayList<>());
        block = null;
      } else if (t.startsWith("-")) {
        if (block == null) {
          throw new TableException(file, n, "pattern '" + t + "' is not inside a --- VERB [CODE] --- block");
        }
        Matcher m = PATTERN.matcher(t);
        if (!m.matches()) {
          throw new TableException(file, n, "pattern '" + t + "' lacks its [CODE]");
        }
        Rule r = rule(file, n, m.group(1), code(file, n, m.group(2)));
        if (!COMPLEX.equals(m.group(2).strip())) {
          block.patterns.add(r); // a complex pattern asks for coding by hand: PETRARCH leaves it out
        }
      } else if (synset != null && t.startsWith("+")) {
        List<String> words = new ArrayList<>();
        for (String w : t.substring(1).strip().split("[\\s_]+")) {
          if (!w.isEmpty()) {
            words.add(w.toLowerCase(Locale.ROOT));
          }
        }
        if (words.isEmpty()) {
          throw new TableException(file, n, "empty synset member");
        }
        synsets.get(synset).add(words);
      } else if (block != null) {
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
          throw new TableException(file, n, "verb line '" + t + "' is not VERB {FORMS} [CODE]");
        }
        String own = m.group(3) == null ? block.code : code(file, n, m.group(3));
        addForm(file, n, m.group(1), m.group(2), own, block);
      } else {
        throw new TableException(file, n, "'" + t + "' is neither a synset, a verb block nor a pattern");
      }
    }
    for (Form f : forms) {
      for (Rule r : f.block().patterns) {
        checkSynsets(file, r);
      }
    }
  }

  private void checkSynsets(String file, Rule r) {
    for (List<Elem> part : List.of(r.pre, r.post)) {
      for (Elem e : part) {
        if (e.synset != null && !synsets.containsKey(e.synset)) {
          throw new TableException(file, r.line, "pattern '" + r.text + "' uses &" + e.synset + ", which is not defined");
        }
      }
    }
  }

  private static String synsetName(String s) {
    String name = s.substring(1).toUpperCase(Locale.ROOT);
    while (name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static String code(String file, int line, String raw) {
    String c = raw.strip();
    if (c.equals("---") || c.equals(COMPLEX)) {
      return null;
    }
    if (!CODE.matcher(c).matches()) {
      throw new TableException(file, line, "code '" + c + "' is not CODE, SOURCECODE:TARGETCODE or ---");
    }
    return c;
  }

  private void addForm(String file, int line, String main, String inflections, String code, Block block) {
    String[] parts = verbParts(file, line, main);
    Set<String> infl = new LinkedHashSet<>();
    if (inflections != null) {
      for (String f : inflections.strip().split("\\s+")) {
        if (!f.isEmpty()) {
          infl.add(verbParts(file, line, f)[1]);
        }
      }
    }
    List<String> before = words(parts[0]);
    List<String> after = words(parts[2]);
    Form form = new Form(parts[1], infl, before, after, code, block, line);
    forms.add(form);
    byWord.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(form);
    for (String i : infl) {
      byWord.computeIfAbsent(i, k -> new ArrayList<>()).add(form);
    }
  }

  /** Splits a verb line into the words before the verb, the verb, and the words after it. */
  private static String[] verbParts(String file, int line, String raw) {
    String s = raw.strip();
    if (s.startsWith("+")) {
      s = s.substring(1);
    }
    List<String> ws = new ArrayList<>();
    int verb = 0;
    for (String w : s.split("[\\s_]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("+")) {
        verb = ws.size();
        w = w.substring(1);
      }
      ws.add(w.toLowerCase(Locale.ROOT));
    }
    if (ws.isEmpty()) {
      throw new TableException(file, line, "empty verb");
    }
    return new String[] {String.join(" ", ws.subList(0, verb)), ws.get(verb),
        String.join(" ", ws.subList(verb + 1, ws.size()))};
  }

  private static List<String> words(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(" "));
  }

  private Rule rule(String file, int line, String text, String code) {
    List<Elem> pre = null;
    List<Elem> cur = new ArrayList<>();
    boolean afterVerb = false;
    boolean verbTouch = false;
    int targetAt = -1;
    int skips = 0;
    int pendingSkips = 0;
    for (String chunk : text.split("\\s+")) {
      boolean adjacent = false;
      for (String piece : chunk.split("_", -1)) {
        if (piece.isEmpty()) {
          adjacent = true;
          continue;
        }
        if (piece.equals("*")) {
          if (pre != null) {
            throw new TableException(file, line, "pattern '" + text + "' has more than one '*'");
          }
          pre = cur;
          verbTouch = adjacent && !pre.isEmpty();
          cur = new ArrayList<>();
          afterVerb = true;
          adjacent = true;
          continue;
        }
        if (piece.matches("[$+%^]")) {
          if (piece.equals("+") && pre != null && targetAt < 0) {
            targetAt = cur.size();
            skips = pendingSkips;
          }
          pendingSkips = piece.equals("^") ? pendingSkips + 1 : 0;
          adjacent = false; // an actor stands here: the next word need not follow directly
          continue;
        }
        pendingSkips = 0;
        boolean adj = adjacent && (!cur.isEmpty() || afterVerb);
        cur.add(piece.startsWith("&") ? new Elem(null, synsetName(piece), adj)
            : new Elem(piece.toLowerCase(Locale.ROOT), null, adj));
        adjacent = true;
        afterVerb = false;
      }
      afterVerb = false;
    }
    if (pre == null) {
      throw new TableException(file, line, "pattern '" + text + "' has no '*' for the verb");
    }
    return new Rule(pre, verbTouch, cur, targetAt, skips, code, text, line);
  }

  /**
   * What the dictionary says about the verb at {@code v}, or null when it does not define the verb.
   * {@code words} and {@code lemmas} are the sentence's, lower case; patterns look for their words in
   * {@code [lo, hi]}, the verb's clause.
   */
  public Match match(List<String> words, List<String> lemmas, int v, int lo, int hi) {
    List<Form> candidates = byWord.get(words.get(v));
    boolean written = writtenAsForm(words.get(v), lemmas.get(v));
    if (candidates == null && written) {
      candidates = byWord.get(lemmas.get(v));
    }
    if (candidates == null) {
      candidates = written ? stems(words.get(v), lemmas.get(v)) : List.of();
    }
    if (candidates.isEmpty()) {
      return null;
    }
    for (Form f : candidates) {
      if (!phrasalFits(f, words, v)) {
        continue;
      }
      Rule best = null;
      Rule plain = null;
      for (Rule r : f.block().patterns) {
        if (!matches(r, words, lemmas, v, lo, hi)) {
          continue;
        }
        if (best == null || r.weight() > best.weight()) {
          best = r;
        }
        if (!r.compoundSource() && (plain == null || r.weight() > plain.weight())) {
          plain = r;
        }
      }
      String plainCode = plain == null ? f.code() : plain.code;
      int targetFrom = -1;
      if (plain != null && plain.targetAt >= 0) {
        int[] ends = new int[plain.post.size()];
        matchFrom(plain.post, 0, v + 1, hi, words, lemmas, ends);
        targetFrom = plain.targetAt == 0 ? v : ends[plain.targetAt - 1];
      }
      String plainRule = "petrarch " + f.block().name + (plain == null ? "" : " - " + plain.text) + " [" + show(plainCode)
          + "]";
      if (best != null && best != plain) {
        return new Match(best.code, "petrarch " + f.block().name + " - " + best.text + " [" + show(best.code) + "]",
            true, plainCode, plainRule, targetFrom, plain == null ? 0 : plain.skips, !best.pre.isEmpty());
      }
      return new Match(plainCode, plainRule, false, plainCode, plainRule, targetFrom, plain == null ? 0 : plain.skips,
          plain != null && !plain.pre.isEmpty());
    }
    return null;
  }

  /**
   * Whether {@code word} is a form of its lemma as PETRARCH writes verb forms: the lemma, a regular
   * inflection of it (-s, -es after a sibilant or o, -ed, -ing, -en, with a dropped e, y as i or a
   * doubled consonant), or an irregular form that does not begin with the lemma's stem ("held",
   * "went"). A misspelling the lemmatiser mends ("departes" -> depart) is no form of the verb.
   */
  static boolean writtenAsForm(String word, String lemma) {
    String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    if (word.equals(lemma) || stem.length() < 3 || !word.startsWith(stem)) {
      return true;
    }
    Set<String> forms = new LinkedHashSet<>();
    for (String suffix : List.of("s", "d", "ed", "ing", "n", "en")) {
      forms.add(lemma + suffix);
      forms.add(stem + suffix);
      forms.add(stem + stem.charAt(stem.length() - 1) + suffix); // "stopped", "written"
    }
    if (lemma.matches(".*(s|x|z|ch|sh|o)")) {
      forms.add(lemma + "es");
    }
    return forms.contains(word);
  }

  private static String show(String code) {
    return code == null ? "---" : code;
  }

  private List<Form> stems(String word, String lemma) {
    List<Form> out = new ArrayList<>();
    for (Form f : forms) {
      // TABARI verbs may be stems ("NEGOTIAT"); a short stem would catch too much, and the word must
      // be written as a form of it ("departes", lemmatised "departe", is no form of DEPART).
      if (f.verb().length() >= 5 && lemma.startsWith(f.verb()) && lemma.length() - f.verb().length() <= 2
          && !byWord.containsKey(lemma) && writtenAsForm(word, f.verb())) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean phrasalFits(Form f, List<String> words, int v) {
    for (int i = 0; i < f.after().size(); i++) {
      if (v + 1 + i >= words.size() || !words.get(v + 1 + i).equals(f.after().get(i))) {
        return false;
      }
    }
    for (int i = 0; i < f.before().size(); i++) {
      int k = v - f.before().size() + i;
      if (k < 0 || !words.get(k).equals(f.before().get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(Rule r, List<String> words, List<String> lemmas, int v, int lo, int hi) {
    return matchFrom(r.post, 0, v + 1, hi, words, lemmas, new int[r.post.size()])
        && matchBack(r.pre, r.pre.size() - 1, v - 1, lo, words, lemmas, r.verbTouch);
  }

  /** Elements before the verb, read right to left; {@code mustTouch}: element k ends exactly at {@code end}. */
  private boolean matchBack(List<Elem> pre, int k, int end, int lo, List<String> words, List<String> lemmas,
                            boolean mustTouch) {
    if (k < 0) {
      return true;
    }
    Elem e = pre.get(k);
    for (int last = end; last >= lo; last--) {
      for (int len : lengths(e, words, lemmas, last, true)) {
        int first = last - len + 1;
        if (first >= lo && matchBack(pre, k - 1, first - 1, lo, words, lemmas, e.adjacent())) {
          return true;
        }
      }
      if (mustTouch) {
        break;
      }
    }
    return false;
  }

  /** Elements after the verb, left to right; {@code ends} receives where each matched element ends. */
  private boolean matchFrom(List<Elem> post, int k, int start, int hi, List<String> words, List<String> lemmas,
                            int[] ends) {
    if (k >= post.size()) {
      return true;
    }
    Elem e = post.get(k);
    for (int first = start; first <= hi; first++) {
      for (int len : lengths(e, words, lemmas, first, false)) {
        ends[k] = first + len - 1;
        if (matchFrom(post, k + 1, first + len, hi, words, lemmas, ends)) {
          return true;
        }
      }
      if (e.adjacent()) {
        break;
      }
    }
    return false;
  }

  /** The lengths (in tokens) with which element {@code e} matches ending at / starting at {@code at}. */
  private List<Integer> lengths(Elem e, List<String> words, List<String> lemmas, int at, boolean backwards) {
    if (at < 0 || at >= words.size()) {
      return List.of();
    }
    if (e.word() != null) {
      return wordFits(e.word(), words.get(at), lemmas.get(at)) ? List.of(1) : List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (List<String> member : expandSynset(e.synset(), 0)) {
      int len = member.size();
      int first = backwards ? at - len + 1 : at;
      if (first < 0 || first + len > words.size()) {
        continue;
      }
      boolean ok = true;
      for (int i = 0; i < len && ok; i++) {
        ok = wordFits(member.get(i), words.get(first + i), lemmas.get(first + i));
      }
      if (ok) {
        out.add(len);
      }
    }
    return out;
  }

  private List<List<String>> expandSynset(String name, int depth) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> member : synsets.getOrDefault(name, List.of())) {
      if (member.size() == 1 && member.get(0).startsWith("&") && depth < 4) {
        out.addAll(expandSynset(synsetName(member.get(0)), depth + 1));
      } else {
        out.add(member);
      }
    }
    return out;
  }

  /** Case-insensitive: the word, its lemma, or (for words of five letters or more) a TABARI stem of it. */
  static boolean wordFits(String pattern, String word, String lemma) {
    return pattern.equals(word) || pattern.equals(lemma)
        || pattern.length() >= 5 && word.startsWith(pattern) && word.length() - pattern.length() <= 4;
  }
}
