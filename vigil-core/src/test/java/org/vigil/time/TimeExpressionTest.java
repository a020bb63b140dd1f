package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.EventDate;

/** Resolution against a Wednesday publication date, 2011-09-07. */
class TimeExpressionTest {
  private static final LocalDate WEDNESDAY = LocalDate.of(2011, 9, 7);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "the weekday of publication is that day       | WEEKDAY      | 3  | 0  | false | 2011-09-07/day",
      "a weekday of a planned event is the coming one| WEEKDAY      | 6  | 0  | true  | 2011-09-10/day",
      "a weekday of a past event is the last one     | WEEKDAY      | 6  | 0  | false | 2011-09-03/day",
      "'last Wednesday' in a Wednesday article       | WEEKDAY      | 3  | -1 | false | 2011-08-31/day",
      "'next Monday' whatever the tense              | WEEKDAY      | 1  | 1  | false | 2011-09-12/day",
      "last month has month precision                | MONTH_OFFSET | -1 | 0  | false | 2011-08/month",
      "earlier this year has year precision          | YEAR_OFFSET  | 0  | 0  | false | 2011/year",
      "since March is the March before publication   | MONTH        | 3  | 0  | false | 2011-03/month",
      "a later month named in the past is last year's| MONTH        | 11 | 0  | false | 2010-11/month",
      "an earlier month of a planned event is next year's | MONTH   | 1  | 0  | true  | 2012-01/month",
      "a passed day of a planned event is next year's| MONTH_DAY    | 1  | 5  | true  | 2012-01-05/day",
      "yesterday is the day before                   | DAY_OFFSET   | -1 | 0  | false | 2011-09-06/day",
  })
  void resolves(String what, TimeExpression.Kind kind, int a, int b, boolean future, String expected) {
    EventDate d = new TimeExpression(0, 0, kind, a, b, 0, null).resolve(WEDNESDAY, future);
    assertEquals(expected, d.value() + "/" + d.precision());
  }
}
