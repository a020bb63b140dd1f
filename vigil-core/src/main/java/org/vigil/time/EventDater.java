package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.EventDate;
import org.vigil.model.Span;
import org.vigil.nlp.ParsedSentence;
import org.vigil.nlp.Token;

/**
 * Dates events from the time expressions of their own clause, against the publication date.
 *
 * <p>Design decision: Vigil finds time expressions itself by default rather than with SUTime
 * ({@code --dates sutime}): the expressions that date news events are few and regular, and the
 * measured comparison (docs/coding.md, Dates) found this finder faster at no loss of accuracy.
 */
public final class EventDater implements TimeFinder {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
  private static final Map<String, Integer> OFFSET = Map.of("last", -1, "past", -1, "previous", -1,
      "this", 0, "earlier", 0, "next", 1, "coming", 1);

  /** Time expressions of a sentence, left to right; they are resolved later, in {@link #date}. */
  @Override
  public List<TimeExpression> find(ParsedSentence s, String text, LocalDate published) {
    List<TimeExpression> out = new ArrayList<>();
    int n = s.size();
    for (int i = 0; i < n; i++) {
      String w = lower(s, i);
      String stem = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      DayOfWeek dow = weekday(stem);
      if (dow != null) {
        // "last Saturday", "next Saturday" say the direction that tense otherwise tells.
        String before = i > 0 ? lower(s, i - 1) : "";
        int direction = before.equals("last") || before.equals("past") ? -1
            : before.equals("next") || before.equals("coming") ? 1 : 0;
        int next = i + 1 < n && lower(s, i + 1).equals(",") ? i + 2 : i + 1;
        if (startsDate(s, next)) {
          continue; // "on Monday, 4 August": the date says which Monday
        }
        out.add(expr(s, text, direction == 0 ? i : i - 1, i, TimeExpression.Kind.WEEKDAY, dow.getValue(),
            direction, 0));
        continue;
      }
      Matcher iso = ISO_DATE.matcher(w);
      if (iso.matches()) {
        out.add(expr(s, text, i, i, TimeExpression.Kind.FULL_DATE, Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
        continue;
      }
      switch (w) {
        case "today", "tonight" -> {
          out.add(expr(s, text, i, i, TimeExpression.Kind.DAY_OFFSET, 0, 0, 0));
          continue;
        }
        case "yesterday" -> {
          out.add(expr(s, text, i, i, TimeExpression.Kind.DAY_OFFSET, -1, 0, 0));
          continue;
        }
        case "tomorrow" -> {
          out.add(expr(s, text, i, i, TimeExpression.Kind.DAY_OFFSET, 1, 0, 0));
          continue;
        }
        default -> {
        }
      }
      // "last month", "earlier this year", "next week"
      if (OFFSET.containsKey(w) && i + 1 < n) {
        int j = i + 1;
        int off = OFFSET.get(w);
        if (w.equals("earlier") && lower(s, j).equals("this")) {
          j++;
        }
        if (j < n) {
          String unit = lower(s, j);
          TimeExpression.Kind kind = switch (unit) {
            case "month" -> TimeExpression.Kind.MONTH_OFFSET;
            case "year" -> TimeExpression.Kind.YEAR_OFFSET;
            case "week", "weekend" -> TimeExpression.Kind.WEEK_OFFSET;
            // "last night" is yesterday's; "the next morning" of a story is not the publication's.
            case "night", "morning", "afternoon", "evening" -> off <= 0 ? TimeExpression.Kind.DAY_OFFSET : null;
            default -> null;
          };
          if (kind != null) {
            out.add(expr(s, text, i, j, kind, off, 0, 0));
            i = j;
            continue;
          }
        }
      }
      // "2 days ago", "three weeks ago"
      if (i + 2 < n && lower(s, i + 2).equals("ago")) {
        int k = number(lower(s, i));
        String unit = lower(s, i + 1);
        if (k > 0 && unit.startsWith("day")) {
          out.add(expr(s, text, i, i + 2, TimeExpression.Kind.DAY_OFFSET, -k, 0, 0));
          i += 2;
          continue;
        }
        if (k > 0 && unit.startsWith("week")) {
          out.add(expr(s, text, i, i + 2, TimeExpression.Kind.DAY_OFFSET, -7 * k, 0, 0));
          i += 2;
          continue;
        }
        // "six months ago" is a month, "ten years ago" and "two decades ago" a year: no finer day is said.
        if (k > 0 && unit.startsWith("month")) {
          out.add(expr(s, text, i, i + 2, TimeExpression.Kind.MONTH_OFFSET, -k, 0, 0));
          i += 2;
          continue;
        }
        if (k > 0 && (unit.startsWith("year") || unit.startsWith("decade"))) {
          int years = unit.startsWith("decade") ? 10 * k : k;
          out.add(expr(s, text, i, i + 2, TimeExpression.Kind.YEAR_OFFSET, -years, 0, 0));
          i += 2;
          continue;
        }
      }
      Integer month = MONTHS.get(stem.replace(".", ""));
      if (month != null && (s.token(i).isProperNoun() || Character.isUpperCase(s.token(i).word().charAt(0)))
          && !(w.equals("may") && !s.token(i).isProperNoun())) {
        // "March 15[, 2011]", "15 March[ 2011]", "4 FEB 90", "March 2011", "March"
        int day = i + 1 < n ? dayNumber(lower(s, i + 1)) : -1;
        int before = i > 0 ? dayNumber(lower(s, i - 1)) : -1;
        int first = i;
        int last = i;
        if (day < 0 && before > 0) {
          day = before;
          first = i - 1;
        } else if (day > 0) {
          last = i + 1;
        }
        int yearAt = last + 1 < n && lower(s, last + 1).equals(",") ? last + 2 : last + 1;
        int year = yearAt < n ? year(lower(s, yearAt)) : -1;
        if (year > 0) {
          last = yearAt;
        }
        if (first > 0 && lower(s, first - 1).equals("the") && last + 1 < n && s.token(last + 1).isProperNoun()) {
          i = last; // a name: "the 19 April Movement"
          continue;
        }
        if (day > 0 && year > 0) {
          out.add(expr(s, text, first, last, TimeExpression.Kind.FULL_DATE, year, month, day));
        } else if (day > 0) {
          out.add(expr(s, text, first, last, TimeExpression.Kind.MONTH_DAY, month, day, 0));
        } else if (year > 0) {
          out.add(expr(s, text, first, last, TimeExpression.Kind.MONTH, month, year, 0));
        } else {
          out.add(expr(s, text, first, last, TimeExpression.Kind.MONTH, month, 0, 0));
        }
        i = last;
        continue;
      }
      if (s.token(i).isNumber() && w.matches("(19|20)\\d\\d") && !isCount(s, i)) {
        out.add(expr(s, text, i, i, TimeExpression.Kind.YEAR, Integer.parseInt(w), 0, 0));
      }
    }
    return out;
  }

  /**
   * The date of the event whose clause is headed by token {@code clause}: the time expression
   * attached to that clause (not to another verb's), else the publication date.
   */
  public EventDate date(ParsedSentence s, String text, List<TimeExpression> times, int trigger, int clause,
                        LocalDate published, boolean future) {
    if (published == null) {
      return null;
    }
    TimeExpression best = null;
    for (TimeExpression t : times) {
      int owner = clauseOf(s, t.first());
      if (owner == clause || owner == trigger || (s.isParsed() && s.dominates(trigger, t.first())
          && clauseOf(s, t.first()) == trigger)) {
        best = t;
        break;
      }
    }
    if (best == null && s.isParsed()) {
      // A time expression inside the event's phrase ("during Wednesday's raids").
      for (TimeExpression t : times) {
        if (s.dominates(clause, t.first()) && !crossesClause(s, clause, t.first())) {
          best = t;
          break;
        }
      }
    }
    if (best == null && s.isParsed()) {
      // The clause that governs this one ("used tear gas to disperse", "a statement calling for"); an
      // act named by a noun under another noun takes the date of the verb over both ("claimed
      // responsibility in May for the bombing": the bombing is no later than the claim).
      for (int k = clause, guard = 0; best == null && s.head(k) >= 0 && guard < 5; guard++) {
        String rel = s.baseRelation(k);
        if (!rel.equals("conj") && !rel.equals("advcl") && !rel.equals("xcomp") && !rel.equals("acl")
            && !rel.equals("obj") && !rel.equals("nsubj") && !rel.equals("obl")
            && !(rel.equals("nmod") && s.token(k).isNoun())) {
          break;
        }
        k = s.head(k);
        for (TimeExpression t : times) {
          if (clauseOf(s, t.first()) == k) {
            best = t;
            break;
          }
        }
      }
    }
    if (best == null && !s.isParsed() && times.size() == 1) {
      best = times.get(0);
    }
    if (best != null) {
      EventDate d = best.resolve(published, future);
      if (d != null) {
        return d;
      }
    }
    return new EventDate(published.toString(), "day", "publication", null);
  }

  /**
   * The nearest verb (or root) above a token: the clause it belongs to. A predicate with a copula
   * heads its clause too: in "'Before 2019 it was hard to see,' he said" the year is the quote's,
   * not the saying's.
   */
  private static int clauseOf(ParsedSentence s, int i) {
    if (!s.isParsed()) {
      return -1;
    }
    int k = s.head(i);
    for (int guard = 0; k >= 0 && guard < s.size(); guard++) {
      if (s.token(k).isVerb() || s.head(k) < 0 || !s.children(k, "cop").isEmpty()) {
        return k;
      }
      k = s.head(k);
    }
    return k;
  }

  private static boolean crossesClause(ParsedSentence s, int top, int i) {
    for (int k = s.head(i); k >= 0 && k != top; k = s.head(k)) {
      String rel = s.baseRelation(k);
      // "said tariffs will take effect Wednesday", the parser hanging the reported clause as a bare
      // dependent: a verb with its own subject or auxiliary heads a clause of its own
      if (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("acl") || rel.equals("xcomp")
          || rel.equals("parataxis") || rel.equals("csubj") || rel.equals("dep") && s.token(k).isVerb()
          && (!s.children(k, "nsubj").isEmpty() || !s.children(k, "aux").isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A year-like number that counts something: "killed 2000 people" (no preposition or determiner
   * before it), unlike "in 2009" or "the 2009 elections".
   */
  private static boolean isCount(ParsedSentence s, int i) {
    if (i + 1 >= s.size() || !s.token(i + 1).pos().equals("NNS")) {
      return false;
    }
    String before = i > 0 ? s.token(i - 1).pos() : "";
    return !before.equals("IN") && !before.equals("DT") && !before.equals("TO");
  }

  private static TimeExpression expr(ParsedSentence s, String text, int first, int last, TimeExpression.Kind kind,
                                     int a, int b, int c) {
    return new TimeExpression(first, last, kind, a, b, c, span(s, text, first, last));
  }

  private static Span span(ParsedSentence s, String text, int first, int last) {
    Token f = s.token(first);
    Token l = s.token(last);
    return new Span(text.substring(f.start(), l.end()), f.start(), l.end());
  }

  private static String lower(ParsedSentence s, int i) {
    return s.token(i).word().toLowerCase(Locale.ROOT);
  }

  private static DayOfWeek weekday(String w) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
        return d;
      }
    }
    return null;
  }

  private static int dayNumber(String w) {
    String digits = w.replaceAll("(st|nd|rd|th)$", "");
    if (digits.matches("\\d{1,2}")) {
      int d = Integer.parseInt(digits);
      return d >= 1 && d <= 31 ? d : -1;
    }
    return -1;
  }

  private static int year(String w) {
    if (w.matches("(19|20)\\d\\d")) {
      return Integer.parseInt(w);
    }
    if (w.matches("\\d\\d")) {
      // Two-digit years in datelines ("4 FEB 90").
      int y = Integer.parseInt(w);
      return y >= 50 ? 1900 + y : 2000 + y;
    }
    return -1;
  }

  /** True when token i begins a day and month ("4 August", "August 4"). */
  private static boolean startsDate(ParsedSentence s, int i) {
    if (i + 1 >= s.size()) {
      return false;
    }
    String a = lower(s, i);
    String b = lower(s, i + 1);
    return MONTHS.containsKey(a) && dayNumber(b) > 0 || dayNumber(a) > 0 && MONTHS.containsKey(b);
  }

  private static int number(String w) {
    if (w.equals("a") || w.equals("an")) {
      return 1; // "a week ago"
    }
    if (w.matches("\\d{1,3}")) {
      return Integer.parseInt(w);
    }
    List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty");
    return words.indexOf(w);
  }
}
