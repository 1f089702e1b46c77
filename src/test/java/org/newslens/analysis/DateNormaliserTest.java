package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateNormaliserTest {
    /** A Friday. */
    private static final LocalDate REF = LocalDate.of(2021, 7, 9);

    private static String value(String expression) {
        DateNormaliser.Value v = DateNormaliser.normalise(expression, REF, null);
        return v == null ? null : v.value();
    }

    @Test
    void absoluteDates() {
        assertEquals("1996-08-31", value("1996-08-31"));
        assertEquals("2001", value("2001"));
        assertEquals("2001-12-31", value("December 31, 2001"));
        assertEquals("1995-05", value("May 1995"));
        assertEquals("1990/1999", value("the 1990s"));
        assertEquals("1919/1921", value("1919-1921"));
    }

    @Test
    void aMonthAndDayTakeTheYearWrittenBeforeThem() {
        assertEquals("2001-09-11", DateNormaliser.normalise("September 11", REF, 2001).value());
        assertEquals("2021-07-01", value("July 1"), "without one, the latest such day before the article");
        assertEquals("2020-12-25", value("December 25"));
    }

    @Test
    void weekdaysAndDeicticExpressionsAreReadAgainstTheArticlesDate() {
        assertEquals("2021-07-07", value("Wednesday"));
        assertEquals("2021-07-09", value("Friday"), "the article's own day");
        assertEquals("2021-07-13", value("next Tuesday"));
        assertEquals("2021-07-08", value("yesterday"));
        assertEquals("2021-07-09", value("today"));
        assertEquals("2021-07-05/2021-07-09", value("earlier this week"));
        assertEquals("2021-06-28/2021-07-04", value("last week"));
        assertEquals("2021-07-02/2021-07-09", value("the past week"));
        assertEquals("2021-01-01/2021-07-09", value("earlier this year"));
        assertEquals("2020", value("last year"));
        assertEquals("2021-06", value("last month"));
        assertEquals("2021-09", value("September"));
        assertEquals("2021-06-01/2021-08-31", value("this summer"));
    }

    @Test
    void spansBackFromTheArticleAndAgo() {
        assertEquals("2001-07-09/2021-07-09", value("the past 20 years"));
        assertEquals("2021-07-09/2022-04-09", value("the next nine months"));
        assertEquals("2019", value("two years ago"));
        assertEquals("2021-07-02", value("a week ago"));
    }

    @Test
    void durationsAreDurations() {
        DateNormaliser.Value v = DateNormaliser.normalise("two decades", REF, null);
        assertEquals("P20Y", v.value());
        assertEquals(TimeExpression.Kind.DURATION, v.kind());
        assertEquals("P20Y", value("20-year"));
        assertEquals("P6M", value("six months"));
        assertEquals("P15Y", value("15 years"));
    }

    @Test
    void withoutTheArticlesDateRelativeExpressionsStayOpen() {
        assertNull(DateNormaliser.normalise("Wednesday", null, null));
        assertEquals("2001", DateNormaliser.normalise("2001", null, null).value());
        assertNull(value("every day"));
    }
}
