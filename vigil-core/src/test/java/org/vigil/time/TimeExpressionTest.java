package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.EventDate;

class TimeExpressionTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2011, 9, 7);

  private static String resolve(TimeExpression.Kind kind, int a, int b, boolean future) {
    EventDate d = new TimeExpression(0, 0, kind, a, b, 0, null).resolve(WEDNESDAY, future);
    return d.value() + "/" + d.precision();
  }

  @Test
  void theWeekdayOfPublicationIsThatDay() {
    assertEquals("2011-09-07/day", resolve(TimeExpression.Kind.WEEKDAY, 3, 0, false));
  }

  @Test
  void aWeekdayOfAPlannedEventIsTheComingOne() {
    assertEquals("2011-09-10/day", resolve(TimeExpression.Kind.WEEKDAY, 6, 0, true));
  }

  @Test
  void aWeekdayOfAPastEventIsTheLastOne() {
    assertEquals("2011-09-03/day", resolve(TimeExpression.Kind.WEEKDAY, 6, 0, false));
  }

  @Test
  void lastMonthHasMonthPrecision() {
    assertEquals("2011-08/month", resolve(TimeExpression.Kind.MONTH_OFFSET, -1, 0, false));
  }

  @Test
  void earlierThisYearHasYearPrecision() {
    assertEquals("2011/year", resolve(TimeExpression.Kind.YEAR_OFFSET, 0, 0, false));
  }

  @Test
  void sinceMarchIsTheMarchBeforePublication() {
    assertEquals("2011-03/month", resolve(TimeExpression.Kind.MONTH, 3, 0, false));
  }

  @Test
  void aLaterMonthNamedInThePastIsLastYears() {
    assertEquals("2010-11/month", resolve(TimeExpression.Kind.MONTH, 11, 0, false));
  }

  @Test
  void yesterdayIsTheDayBefore() {
    assertEquals("2011-09-06/day", resolve(TimeExpression.Kind.DAY_OFFSET, -1, 0, false));
  }

  @Test
  void lastWednesdayInAWednesdayArticleIsAWeekEarlier() {
    assertEquals("2011-08-31/day", resolve(TimeExpression.Kind.WEEKDAY, 3, -1, false));
  }

  @Test
  void nextMondayIsTheComingOneWhateverTheTense() {
    assertEquals("2011-09-12/day", resolve(TimeExpression.Kind.WEEKDAY, 1, 1, false));
  }

  @Test
  void anEarlierMonthOfAPlannedEventIsNextYears() {
    assertEquals("2012-01/month", resolve(TimeExpression.Kind.MONTH, 1, 0, true));
  }

  @Test
  void aPassedDayOfAPlannedEventIsNextYears() {
    assertEquals("2012-01-05/day", resolve(TimeExpression.Kind.MONTH_DAY, 1, 5, true));
  }
}
