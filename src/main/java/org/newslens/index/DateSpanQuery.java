package org.newslens.index;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * {@code date:[2021-01-01 TO 2021-12-31]}: the DATE mentions whose whole meaning lies in the range ("March
 * 2021" lies in 2021, "the past 20 years" does not). Each mention is a term "first/last" of
 * {@link IndexFields#DATE_SPAN}; terms sort by their first day, so the scan seeks to the range's start and stops
 * at the first term starting after its end. A multi-term query, so its matches are the mentions' own ranges.
 */
final class DateSpanQuery extends FieldScanQuery {
    private static final Pattern BOUND = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final LocalDate first;
    private final LocalDate last;

    /** Days inclusive; null for an open end. */
    DateSpanQuery(LocalDate first, LocalDate last) {
        super(IndexFields.DATE_SPAN, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
        this.first = first;
        this.last = last;
    }

    /**
     * The query for a range as typed: each bound a day, a month or a year ({@code 2021-07-09}, {@code 2021-07},
     * {@code 2021}) or {@code *} (null). An inclusive bound takes in its whole month or year, an exclusive one
     * leaves it out.
     *
     * @throws IllegalArgumentException naming the bound that is not a date
     */
    static DateSpanQuery of(String from, String to, boolean fromInclusive, boolean toInclusive) {
        LocalDate first = null;
        if (from != null) {
            LocalDate[] period = period(from);
            first = fromInclusive ? period[0] : period[1].plusDays(1);
        }
        LocalDate last = null;
        if (to != null) {
            LocalDate[] period = period(to);
            last = toInclusive ? period[1] : period[0].minusDays(1);
        }
        return new DateSpanQuery(first, last);
    }

    /** First and last day of "2021", "2021-07" or "2021-07-09". */
    private static LocalDate[] period(String typed) {
        Matcher m = BOUND.matcher(typed.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(typed);
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new LocalDate[] {day, day};
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(typed, e);
        }
    }

    /** True for an ISO day with a four-digit year, the only days the field holds (they sort as text). */
    static boolean isDay(String iso) {
        return iso != null && iso.length() == 10 && iso.charAt(4) == '-' && Character.isDigit(iso.charAt(0));
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        String lastDay = last == null ? null : last.toString();
        BytesRef seek = new BytesRef(first == null ? "" : first.toString());
        return new FilteredTermsEnum(terms.iterator()) {
            {
                setInitialSeekTerm(seek);
            }

            @Override
            protected AcceptStatus accept(BytesRef term) {
                String span = term.utf8ToString();
                int slash = span.indexOf('/');
                if (slash < 0) {
                    return AcceptStatus.NO;
                }
                if (lastDay == null) {
                    return AcceptStatus.YES;
                }
                if (span.substring(0, slash).compareTo(lastDay) > 0) {
                    return AcceptStatus.END;
                }
                return span.substring(slash + 1).compareTo(lastDay) <= 0 ? AcceptStatus.YES : AcceptStatus.NO;
            }
        };
    }

    @Override
    public String toString(String field) {
        return fieldPrefix(field) + "[" + (first == null ? "*" : first) + " TO " + (last == null ? "*" : last) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && Objects.equals(first, ((DateSpanQuery) other).first) && Objects.equals(last, ((DateSpanQuery) other).last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), first, last);
    }
}
