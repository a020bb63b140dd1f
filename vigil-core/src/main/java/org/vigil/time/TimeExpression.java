package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.vigil.model.EventDate;
import org.vigil.model.Span;

/**
 * A time expression found in a sentence, before it is resolved against the publication date.
 *
 * @param first first token of the expression
 * @param last  last token of the expression
 * @param a     the expression's first number (see {@link Kind}); b and c the next ones
 */
public record TimeExpression(int first, int last, Kind kind, int a, int b, int c, Span span) {

  /** What the expression says, with its numbers in {@code a} and {@code b}. */
  public enum Kind {
    /** a = day offset from publication (today 0, yesterday -1, "2 days ago" -2). */
    DAY_OFFSET,
    /** a = ISO day of week 1..7, b = -1 for "last Saturday", 1 for "next Saturday", else 0 (by tense). */
    WEEKDAY,
    /** a = month 1..12, b = day of month; the year is the publication's. */
    MONTH_DAY,
    /** a = year, b = month, c = day. */
    FULL_DATE,
    /** a = month 1..12, b = year or 0: "in March" (the most recent March not after publication), "March 2011". */
    MONTH,
    /** a = year. */
    YEAR,
    /** a = month offset from publication: "last month" -1, "this month" 0. */
    MONTH_OFFSET,
    /** a = year offset: "last year" -1, "earlier this year" 0. */
    YEAR_OFFSET,
    /** a = week offset: "last week" -1, "this week" 0. */
    WEEK_OFFSET
  }

  /**
   * Resolves against the publication date. A weekday is the publication's own day if it is that
   * day, else the coming one for a future event ("plans to visit on Saturday") and the last one
   * otherwise; a month or day without a year is likewise the next or the last one.
   */
  public EventDate resolve(LocalDate published, boolean future) {
    return switch (kind) {
      case DAY_OFFSET -> day(published.plusDays(a));
      case WEEKDAY -> {
        DayOfWeek d = DayOfWeek.of(a);
        boolean ahead = b == 0 ? future : b > 0;
        LocalDate r = published.getDayOfWeek() == d && b == 0 ? published
            : ahead ? published.with(TemporalAdjusters.next(d)) : published.with(TemporalAdjusters.previous(d));
        yield day(r);
      }
      case MONTH_DAY -> {
        LocalDate r = safeDate(published.getYear(), a, b);
        if (r != null && !future && r.isAfter(published.plusDays(7))) {
          r = safeDate(published.getYear() - 1, a, b);
        } else if (r != null && future && r.isBefore(published)) {
          r = safeDate(published.getYear() + 1, a, b); // "will vote on January 5" in September
        }
        yield r == null ? null : day(r);
      }
      case FULL_DATE -> {
        LocalDate r = safeDate(a, b, c);
        yield r == null ? null : day(r);
      }
      case MONTH -> {
        int year = b > 0 ? b : published.getYear();
        if (b == 0 && !future && a > published.getMonthValue()) {
          year--;
        } else if (b == 0 && future && a < published.getMonthValue()) {
          year++;
        }
        yield new EventDate(String.format("%04d-%02d", year, a), "month", "text", span);
      }
      case YEAR -> new EventDate(String.format("%04d", a), "year", "text", span);
      case MONTH_OFFSET -> {
        LocalDate m = published.plusMonths(a);
        yield new EventDate(String.format("%04d-%02d", m.getYear(), m.getMonthValue()), "month", "text", span);
      }
      case YEAR_OFFSET -> new EventDate(String.format("%04d", published.getYear() + a), "year", "text", span);
      case WEEK_OFFSET -> a == 0 ? null : day(published.plusWeeks(a));
    };
  }

  private EventDate day(LocalDate d) {
    return new EventDate(d.toString(), "day", "text", span);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
