package org.vigil.dictionary;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.table.TableException;

/**
 * A PETRARCH/TABARI actors dictionary: {@code NAME [CODE]} entries, {@code +SYNONYM} lines and
 * code lines with date restrictions ({@code [ZRV < 960301]}, {@code [ZRVGOV 19960301 - 19981130]},
 * {@code [ZRVREB > 981130]}). Words are joined by {@code _} or spaces; a name without a trailing
 * {@code _} is a TABARI stem: its last word matches any word it begins ("ZAROVI" matches
 * "Zarovian"), a trailing {@code _} asks for the exact word.
 */
public final class PetrarchActors {
  /** A name of an entry, words separated by single spaces, upper case as written. */
  public record Name(String words, boolean stem) {
  }

  /**
   * One code of an entry; {@code code} is null for TABARI's null codes ({@code ---}): the name is
   * known and stands for no actor. {@code from} and {@code to} are inclusive, null when open.
   */
  public record Code(String code, LocalDate from, LocalDate to) {
    boolean overlaps(Code o) {
      return (from == null || o.to == null || !o.to.isBefore(from)) && (to == null || o.from == null
          || !to.isBefore(o.from));
    }

    boolean restricted() {
      return from != null || to != null;
    }
  }

  /** An entry: its names (the first is the main one) and its codes in file order. */
  public record Entry(List<Name> names, List<Code> codes, String file, int line) {
    /** Codes in the order they are tried: date-restricted ones first, as written, then the default. */
    public List<Code> byPrecedence() {
      List<Code> out = new ArrayList<>();
      codes.stream().filter(Code::restricted).forEach(out::add);
      codes.stream().filter(c -> !c.restricted()).forEach(out::add);
      return out;
    }
  }

  private static final Pattern NAME_LINE = Pattern.compile("([^\\[\\]]*?)\\s*(?:\\[([^\\]]*)\\])?\\s*");
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{2,}(/[A-Za-z][A-Za-z0-9]{2,})*");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

  private final List<Entry> entries = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, List<Seen>> seen = new HashMap<>();

  private record Seen(Code code, String file, int line) {
  }

  /** Reads one file; may be called for several, conflicts between files are reported too. */
  public void read(Path file) {
    parse(file.getFileName().toString(), DictionaryLines.read(file));
  }

  /** Reads dictionary text (tests); {@code name} is used in messages. */
  public void read(String name, String content) {
    parse(name, DictionaryLines.parse(name, content));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Conflicting entries: same name, different codes, overlapping dates. The later one is used. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  private void parse(String file, List<DictionaryLines.Line> lines) {
    List<Name> names = null;
    List<Code> codes = null;
    int start = 0;
    for (DictionaryLines.Line l : lines) {
      String t = l.text();
      if (t.startsWith("+") || t.startsWith("[")) {
        if (names == null) {
          throw new TableException(file, l.number(), "'" + t + "' comes before any actor entry");
        }
        if (t.startsWith("[")) {
          codes.addAll(codes(file, l.number(), t));
          continue;
        }
        t = t.substring(1).strip();
      } else {
        if (names != null) {
          finish(file, start, names, codes);
        }
        names = new ArrayList<>();
        codes = new ArrayList<>();
        start = l.number();
      }
      Matcher m = NAME_LINE.matcher(t);
      if (!m.matches()) {
        throw new TableException(file, l.number(), "'" + t + "' is not NAME [CODE] (unbalanced brackets?)");
      }
      names.add(name(file, l.number(), m.group(1)));
      if (m.group(2) != null) {
        codes.add(code(file, l.number(), m.group(2)));
      }
    }
    if (names != null) {
      finish(file, start, names, codes);
    }
  }

  private void finish(String file, int line, List<Name> names, List<Code> codes) {
    if (codes.isEmpty()) {
      throw new TableException(file, line, "actor '" + names.get(0).words() + "' has no code");
    }
    Entry e = new Entry(List.copyOf(names), List.copyOf(codes), file, line);
    for (Name n : names) {
      String key = n.words().toLowerCase(Locale.ROOT) + (n.stem() ? "" : "_");
      List<Seen> before = seen.computeIfAbsent(key, k -> new ArrayList<>());
      for (Code c : codes) {
        for (Seen s : before) {
          if (!java.util.Objects.equals(s.code().code(), c.code()) && s.code().overlaps(c)) {
            warnings.add("line " + line + " of " + file + ": " + n.words() + " [" + show(c) + "] conflicts with line "
                + s.line() + " of " + s.file() + " [" + show(s.code()) + "]; the later entry is used");
          }
        }
      }
      for (Code c : codes) {
        before.add(new Seen(c, file, line));
      }
    }
    entries.add(e);
  }

  private static String show(Code c) {
    return (c.code() == null ? "---" : c.code()) + (c.from() == null ? "" : " from " + c.from())
        + (c.to() == null ? "" : " to " + c.to());
  }

  static Name name(String file, int line, String raw) {
    String s = raw.strip();
    boolean exact = s.endsWith("_");
    String words = s.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    if (words.isEmpty() || words.chars().noneMatch(Character::isLetterOrDigit)) {
      throw new TableException(file, line, "empty name");
    }
    return new Name(words, !exact);
  }

  private static List<Code> codes(String file, int line, String t) {
    List<Code> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(t);
    int end = 0;
    while (m.find()) {
      if (!t.substring(end, m.start()).isBlank()) {
        break;
      }
      out.add(code(file, line, m.group(1)));
      end = m.end();
    }
    if (out.isEmpty() || !t.substring(end).isBlank()) {
      throw new TableException(file, line, "'" + t + "' is not a code line like [CODE] or [CODE < YYMMDD]");
    }
    return out;
  }

  /** Parses what is between the brackets: {@code CODE}, {@code CODE < D}, {@code CODE > D}, {@code CODE D - D}. */
  static Code code(String file, int line, String inside) {
    String s = inside.strip();
    int cut = 0;
    while (cut < s.length() && !Character.isWhitespace(s.charAt(cut)) && s.charAt(cut) != '<' && s.charAt(cut) != '>') {
      cut++;
    }
    String code = s.substring(0, cut);
    String rest = s.substring(cut).replace(" ", "");
    String value;
    if (code.equals("---") || code.equals("+++")) {
      value = null;
    } else if (CODE.matcher(code).matches()) {
      value = code.toUpperCase(Locale.ROOT);
    } else {
      throw new TableException(file, line, "'" + code + "' in [" + inside + "] is not an actor code"
          + (code.isEmpty() || Character.isDigit(code.charAt(0)) ? " (the code is missing)" : ""));
    }
    if (rest.isEmpty()) {
      return new Code(value, null, null);
    }
    if (rest.startsWith("<")) {
      return new Code(value, null, date(file, line, rest.substring(1), inside).minusDays(1));
    }
    if (rest.startsWith(">")) {
      return new Code(value, date(file, line, rest.substring(1), inside).plusDays(1), null);
    }
    int dash = rest.indexOf('-');
    if (dash < 0) {
      throw new TableException(file, line, "date restriction in [" + inside + "] is not < D, > D or D - D");
    }
    LocalDate from = date(file, line, rest.substring(0, dash), inside);
    LocalDate to = date(file, line, rest.substring(dash + 1), inside);
    if (to.isBefore(from)) {
      throw new TableException(file, line, "date range in [" + inside + "] ends before it starts");
    }
    return new Code(value, from, to);
  }

  /** YYMMDD (years before 30 are 20YY, as in TABARI's century rule) or YYYYMMDD. */
  static LocalDate date(String file, int line, String d, String inside) {
    if (!DATE.matcher(d).matches()) {
      throw new TableException(file, line, "'" + d + "' in [" + inside + "] is not a date YYMMDD or YYYYMMDD");
    }
    try {
      if (d.length() == 6) {
        int yy = Integer.parseInt(d.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(d.substring(2, 4)),
            Integer.parseInt(d.substring(4, 6)));
      }
      return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
          Integer.parseInt(d.substring(6, 8)));
    } catch (DateTimeException e) {
      throw new TableException(file, line, "'" + d + "' in [" + inside + "] is not a calendar date");
    }
  }
}
