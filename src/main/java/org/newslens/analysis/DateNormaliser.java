package org.newslens.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date expression ("September 11", "Wednesday", "earlier this week", "the past 20 years", "two decades")
 * against the article's date. Chosen over CoreNLP's SUTime by measurement (docs/quotes.md). A bare weekday or
 * month-and-day is the latest such day on or before the article's date, as news reports what happened
 * (unless "next"); a date without a year takes the year named just before it in the text, if any.
 */
public final class DateNormaliser {
    /** A normalised value: see {@link TimeExpression}. */
    public record Value(String value, TimeExpression.Kind kind, LocalDate from, LocalDate to) {
        static Value day(LocalDate d) {
            return new Value(d.toString(), TimeExpression.Kind.DATE, d, d);
        }

        static Value month(YearMonth m) {
            return new Value(m.toString(), TimeExpression.Kind.DATE, m.atDay(1), m.atEndOfMonth());
        }

        static Value year(int y) {
            return new Value(String.format(Locale.ROOT, "%04d", y), TimeExpression.Kind.DATE,
                    LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }

        static Value range(LocalDate from, LocalDate to) {
            return new Value(from + "/" + to, TimeExpression.Kind.RANGE, from, to);
        }

        static Value years(int from, int to) {
            return new Value(String.format(Locale.ROOT, "%04d/%04d", from, to), TimeExpression.Kind.RANGE,
                    LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
        }

        static Value duration(String iso) {
            return new Value(iso, TimeExpression.Kind.DURATION, null, null);
        }
    }

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("several", -1), Map.entry("few", -1),
            Map.entry("a few", -1));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String NUM = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)";
    private static final String UNIT = "(day|week|month|year|decade|century|hour|minute)s?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(?:in |the year )?((?:1[5-9]|20)\\d\\d)");
    private static final Pattern DECADE = Pattern.compile("(?:the )?(?:(early|mid|late)[- ])?((?:1[5-9]|20)\\d)0'?s");
    private static final Pattern YEAR_RANGE = Pattern.compile("((?:1[5-9]|20)\\d\\d) ?(?:-|–|to|and) ?((?:1[5-9]|20)?\\d\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:1[5-9]|20)\\d\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "(?:,? ((?:1[5-9]|20)\\d\\d))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:(early|mid|late)[- ])?" + MONTH + ",? ((?:1[5-9]|20)\\d\\d)");
    private static final Pattern MONTH_ONLY = Pattern.compile("(?:(last|next|this|early|mid|late|in|since|until) )?" + MONTH);
    private static final Pattern WEEKDAY_P = Pattern.compile("(?:(last|next|this|on|since|until|by) )?" + WEEKDAY
            + "(?: (morning|afternoon|evening|night))?(?:,? " + MONTH + " (\\d{1,2}))?");
    private static final Pattern DEICTIC = Pattern.compile("(earlier |later )?(this|last|next|the past|the last|the next|the previous|the coming|past|previous)"
            + " (week|month|year|weekend|summer|winter|spring|autumn|fall|decade|quarter)");
    private static final Pattern SPAN = Pattern.compile("(?:over |in |during |for )?(?:the )?(past|last|next|previous|coming|first|final) "
            + NUM + " " + UNIT);
    private static final Pattern AGO = Pattern.compile("(?:about |some |nearly |almost )?" + NUM + " " + UNIT + " ago");
    private static final Pattern DURATION = Pattern.compile("(?:about |some |nearly |almost |more than |over |at least |the |a |another )?"
            + NUM + "[- ](?:and[- ]a[- ]half[- ])?" + UNIT + "(?:[- ](?:long|old))?");
    private static final Pattern BARE_UNIT = Pattern.compile("(days|weeks|months|years|decades)");

    private DateNormaliser() {
    }

    /**
     * @param expression the DATE mention's text
     * @param reference  the article's date, or null
     * @param yearBefore the last year written before the expression in the same paragraph, or null
     */
    public static Value normalise(String expression, LocalDate reference, Integer yearBefore) {
        String e = expression.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ").replace('’', '\'');
        Matcher m;
        if ((m = ISO.matcher(e)).matches()) {
            return Value.day(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
        }
        if ((m = YEAR.matcher(e)).matches()) {
            return Value.year(num(m.group(1)));
        }
        if ((m = YEAR_RANGE.matcher(e)).matches()) {
            int from = num(m.group(1));
            int to = num(m.group(2));
            if (to < 100) {
                to += from / 100 * 100;
            }
            return to > from ? Value.years(from, to) : null;
        }
        if ((m = DECADE.matcher(e)).matches()) {
            int start = num(m.group(2)) * 10;
            String part = m.group(1);
            if (part == null) {
                return Value.years(start, start + 9);
            }
            return switch (part) {
                case "early" -> Value.years(start, start + 3);
                case "mid" -> Value.years(start + 3, start + 6);
                default -> Value.years(start + 6, start + 9);
            };
        }
        if ((m = MONTH_DAY.matcher(e)).matches()) {
            return dayOf(month(m.group(1)), num(m.group(2)), m.group(3), reference, yearBefore);
        }
        if ((m = DAY_MONTH.matcher(e)).matches()) {
            return dayOf(month(m.group(2)), num(m.group(1)), m.group(3), reference, yearBefore);
        }
        if ((m = MONTH_YEAR.matcher(e)).matches()) {
            return Value.month(YearMonth.of(num(m.group(3)), month(m.group(2))));
        }
        if (e.matches("(today|tonight|this (morning|afternoon|evening))")) {
            return reference == null ? null : Value.day(reference);
        }
        if (e.matches("yesterday( (morning|afternoon|evening))?|last night")) {
            return reference == null ? null : Value.day(reference.minusDays(1));
        }
        if (e.matches("tomorrow( (morning|afternoon|evening))?")) {
            return reference == null ? null : Value.day(reference.plusDays(1));
        }
        if ((m = WEEKDAY_P.matcher(e)).matches()) {
            if (m.group(4) != null && m.group(5) != null) {
                return dayOf(month(m.group(4)), num(m.group(5)), null, reference, yearBefore);
            }
            return reference == null ? null : weekday(DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), m.group(1), reference);
        }
        if ((m = MONTH_ONLY.matcher(e)).matches()) {
            return monthOf(month(m.group(2)), m.group(1), reference, yearBefore);
        }
        if ((m = DEICTIC.matcher(e)).matches()) {
            return reference == null ? null : deictic(m.group(1), m.group(2), m.group(3), reference);
        }
        if ((m = SPAN.matcher(e)).matches()) {
            int n = count(m.group(2));
            if (reference == null || n <= 0) {
                return null;
            }
            String unit = m.group(3);
            boolean future = m.group(1).equals("next") || m.group(1).equals("coming");
            return future ? Value.range(reference, plus(reference, unit, n)) : Value.range(plus(reference, unit, -n), reference);
        }
        if ((m = AGO.matcher(e)).matches()) {
            int n = count(m.group(1));
            if (reference == null || n <= 0) {
                return null;
            }
            LocalDate then = plus(reference, m.group(2), -n);
            return switch (m.group(2)) {
                case "day", "week" -> Value.day(then);
                case "month" -> Value.month(YearMonth.from(then));
                default -> Value.year(then.getYear());
            };
        }
        if ((m = DURATION.matcher(e)).matches()) {
            int n = count(m.group(1));
            if (n <= 0) {
                return null;
            }
            boolean half = e.contains("half");
            return Value.duration(duration(n, m.group(2), half));
        }
        return null;
    }

    private static Value dayOf(Month month, int day, String year, LocalDate reference, Integer yearBefore) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            return Value.day(LocalDate.of(num(year), month, Math.min(day, YearMonth.of(num(year), month).lengthOfMonth())));
        }
        if (yearBefore != null) {
            return Value.day(LocalDate.of(yearBefore, month, Math.min(day, YearMonth.of(yearBefore, month).lengthOfMonth())));
        }
        if (reference == null) {
            return null;
        }
        LocalDate d = LocalDate.of(reference.getYear(), month, Math.min(day, YearMonth.of(reference.getYear(), month).lengthOfMonth()));
        return Value.day(d.isAfter(reference.plusDays(92)) ? d.minusYears(1) : d);
    }

    private static Value monthOf(Month month, String modifier, LocalDate reference, Integer yearBefore) {
        if (yearBefore != null && modifier == null || yearBefore != null && "in".equals(modifier)) {
            return Value.month(YearMonth.of(yearBefore, month));
        }
        if (reference == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(reference.getYear(), month);
        YearMonth now = YearMonth.from(reference);
        if ("last".equals(modifier) && !ym.isBefore(now)) {
            ym = ym.minusYears(1);
        } else if ("next".equals(modifier) && !ym.isAfter(now)) {
            ym = ym.plusYears(1);
        } else if (modifier == null || "in".equals(modifier) || "since".equals(modifier)) {
            if (ym.isAfter(now.plusMonths(3))) {
                ym = ym.minusYears(1);
            }
        }
        return Value.month(ym);
    }

    private static Value weekday(DayOfWeek day, String modifier, LocalDate reference) {
        if ("next".equals(modifier)) {
            return Value.day(reference.with(TemporalAdjusters.next(day)));
        }
        if ("last".equals(modifier)) {
            return Value.day(reference.with(TemporalAdjusters.previous(day)));
        }
        return Value.day(reference.with(TemporalAdjusters.previousOrSame(day)));
    }

    private static Value deictic(String early, String which, String unit, LocalDate ref) {
        int shift = switch (which) {
            case "last", "the last", "the past", "past", "the previous", "previous" -> -1;
            case "next", "the next", "the coming" -> 1;
            default -> 0;
        };
        boolean rolling = which.startsWith("the past") || which.equals("past") || which.equals("the last") && !"weekend".equals(unit);
        switch (unit) {
            case "week" -> {
                if (rolling) {
                    return Value.range(ref.minusWeeks(1), ref);
                }
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                if (shift == 0 && "earlier ".equals(early)) {
                    return Value.range(monday, ref);
                }
                if (shift == 0 && "later ".equals(early)) {
                    return Value.range(ref, monday.plusDays(6));
                }
                return Value.range(monday, monday.plusDays(6));
            }
            case "weekend" -> {
                LocalDate saturday = shift > 0 ? ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY))
                        : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                return Value.range(saturday, saturday.plusDays(1));
            }
            case "month" -> {
                if (rolling) {
                    return Value.range(ref.minusMonths(1), ref);
                }
                YearMonth m = YearMonth.from(ref).plusMonths(shift);
                if (shift == 0 && "earlier ".equals(early)) {
                    return Value.range(m.atDay(1), ref);
                }
                return Value.month(m);
            }
            case "year" -> {
                if (rolling) {
                    return Value.range(ref.minusYears(1), ref);
                }
                int y = ref.getYear() + shift;
                if (shift == 0 && "earlier ".equals(early)) {
                    return Value.range(LocalDate.of(y, 1, 1), ref);
                }
                if (shift == 0 && "later ".equals(early)) {
                    return Value.range(ref, LocalDate.of(y, 12, 31));
                }
                return Value.year(y);
            }
            case "decade" -> {
                return rolling || shift < 0 ? Value.range(ref.minusYears(10), ref) : null;
            }
            case "quarter" -> {
                int q = (ref.getMonthValue() - 1) / 3 + shift;
                YearMonth first = YearMonth.of(ref.getYear(), 1).plusMonths(q * 3L);
                return Value.range(first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            default -> {
                int y = ref.getYear() + shift;
                return switch (unit) {
                    case "summer" -> Value.range(LocalDate.of(y, 6, 1), LocalDate.of(y, 8, 31));
                    case "autumn", "fall" -> Value.range(LocalDate.of(y, 9, 1), LocalDate.of(y, 11, 30));
                    case "spring" -> Value.range(LocalDate.of(y, 3, 1), LocalDate.of(y, 5, 31));
                    default -> Value.range(LocalDate.of(y, 12, 1), LocalDate.of(y + 1, 2, Year.isLeap(y + 1L) ? 29 : 28));
                };
            }
        }
    }

    private static LocalDate plus(LocalDate d, String unit, int n) {
        return switch (unit.replaceAll("s$", "")) {
            case "day" -> d.plusDays(n);
            case "week" -> d.plusWeeks(n);
            case "month" -> d.plusMonths(n);
            case "decade" -> d.plusYears(10L * n);
            case "century" -> d.plusYears(100L * n);
            default -> d.plusYears(n);
        };
    }

    private static String duration(int n, String unit, boolean half) {
        String u = unit.replaceAll("s$", "");
        return switch (u) {
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> half ? "P" + (n * 12 + 6) / 12 + "Y" : "P" + n + "M";
            case "decade" -> "P" + n * 10 + "Y";
            case "century" -> "P" + n * 100 + "Y";
            case "hour" -> "PT" + n + "H";
            case "minute" -> "PT" + n + "M";
            default -> half ? "P" + n + "Y6M" : "P" + n + "Y";
        };
    }

    private static int count(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return num(word);
        }
        return NUMBERS.getOrDefault(word, 0);
    }

    private static Month month(String name) {
        String n = name.replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
