package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds FIGUREs (numbers, money, percentages, quantities) and DATEs (dates, times, durations) with rules
 * over tokens: cheaper than CoreNLP's numeric classifiers and SUTime, which need a POS tagger, and they
 * cover what the CRF models do not ("two decades", "the past week", "billions"). The vocabulary is
 * general English (number words, units of time, months), not any article's.
 */
final class NumberDateRules {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[,.]\\d+)*(?:bn|m|k|tn)?");
    private static final Pattern YEAR = Pattern.compile("1[0-9]\\d\\d|20\\d\\d");
    private static final Pattern DECADE = Pattern.compile("(?:1[0-9]|20)\\d0s|'\\d0s");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d\\d");
    private static final Set<String> NUMBER_WORDS = Set.of(
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "hundred", "hundreds",
            "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions",
            "half", "one");
    private static final Set<String> SCALES = Set.of("hundred", "thousand", "million", "billion", "trillion",
            "hundreds", "thousands", "millions", "billions", "trillions", "dozen", "bn", "m");
    private static final Set<String> CURRENCY_SIGNS = Set.of("$", "£", "€", "¥", "US$", "C$", "A$", "HK$");
    private static final Set<String> CURRENCY_WORDS = Set.of("dollars", "dollar", "pounds", "euros", "euro",
            "cents", "pence", "yen", "rupees", "roubles", "rubles", "francs", "marks", "yuan", "pesos");
    private static final Set<String> PERCENT = Set.of("%", "percent", "pct");
    private static final List<List<String>> APPROXIMATORS = List.of(
            List.of("more", "than"), List.of("less", "than"), List.of("fewer", "than"), List.of("up", "to"),
            List.of("at", "least"), List.of("as", "many", "as"), List.of("around"), List.of("about"),
            List.of("nearly"), List.of("almost"), List.of("roughly"), List.of("approximately"), List.of("some"),
            List.of("over"), List.of("under"));
    private static final Set<String> UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "weekend", "weekends", "fortnight", "month", "months", "year", "years",
            "decade", "decades", "century", "centuries", "quarter", "season");
    private static final Set<String> MONTHS = union(MonthNames.LOWER, MonthNames.ABBREVIATED);
    private static final Set<String> AMBIGUOUS_MONTHS = MonthNames.AMBIGUOUS;
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter", "fall");
    private static final Set<String> RELATIVE = Set.of("this", "last", "next", "past", "previous", "coming",
            "recent", "following", "same");
    private static final Set<String> EDGE = Set.of("earlier", "later", "ago", "before");
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "a", "an", "and", "or", "but", "to", "in",
            "on", "at", "for", "from", "by", "with", "as", "than", "that", "which", "who", "is", "are", "was",
            "were", "be", "been", "have", "has", "had", "will", "would", "could", "should", "can", "may", "might",
            "their", "his", "her", "its", "our", "your", "my", "these", "those", "this", "they", "it", "more",
            "less", "per", "each", "into", "over", "under", "after", "before", "since", "while", "if", "not",
            "do", "did", "does", "all", "such", "so", "up", "out", "about", "around", "there", "here");
    private static final Set<String> SPENDING = Set.of("spend", "spends", "spent", "spending", "cost", "costs",
            "costing", "pay", "paid", "pays", "paying", "invest", "invested", "investing", "raise", "raised",
            "worth", "lost", "lose", "earn", "earned", "owe", "owed", "budget", "fund", "funded", "funding");

    /** Dates first (a year is not a figure), then figures in what is left. */
    List<Span> find(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            int end = date(tokens, i);
            if (end > i) {
                out.add(new Span(i, end, EntityLabel.DATE));
                mark(used, i, end);
                i = end - 1;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            int end = figure(tokens, i, used);
            if (end > i) {
                out.add(new Span(i, end, EntityLabel.FIGURE));
                mark(used, i, end);
                i = end - 1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return out;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word().toLowerCase(Locale.ROOT) : "";
    }

    private static boolean sameSentence(List<Token> tokens, int i, int j) {
        return j >= 0 && j < tokens.size() && tokens.get(i).sentence() == tokens.get(j).sentence();
    }

    // ---- dates ----------------------------------------------------------------------------------

    /** End (exclusive) of a date starting at token i, or i when none starts there. */
    private int date(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        // "earlier this week", "later that year"
        if ((w.equals("earlier") || w.equals("later")) && RELATIVE.contains(lower(tokens, i + 1))) {
            int end = relative(tokens, i + 1);
            if (end > i + 1) {
                return end;
            }
        }
        // "the past week", "the past 20 years", "the coming months"
        if (w.equals("the") && RELATIVE.contains(lower(tokens, i + 1)) && !lower(tokens, i + 1).equals("same")) {
            int end = relative(tokens, i + 1);
            if (end > i + 1) {
                return end;
            }
        }
        if (RELATIVE.contains(w) && !w.equals("past") && !w.equals("same") && !w.equals("recent")
                && !w.equals("following") && !w.equals("coming") && !w.equals("previous")) {
            int end = relative(tokens, i);
            if (end > i) {
                return end;
            }
        }
        if ((w.equals("every") || w.equals("each")) && UNITS.contains(lower(tokens, i + 1))
                && sameSentence(tokens, i, i + 1) && !lower(tokens, i + 1).endsWith("s")) {
            return i + 2;
        }
        if (DAY_WORDS.contains(w)) {
            return i + 1;
        }
        if (WEEKDAYS.contains(w) && tokens.get(i).isCapitalised()) {
            return PARTS_OF_DAY.contains(lower(tokens, i + 1)) ? i + 2 : i + 1;
        }
        String word = tokens.get(i).word();
        if (NUMERIC_DATE.matcher(word).matches() || DECADE.matcher(word).matches()) {
            return i + 1;
        }
        if (MONTHS.contains(w) && tokens.get(i).isCapitalised()) {
            return monthDate(tokens, i);
        }
        // "11 September (2001)"
        if (word.matches("\\d{1,2}") && MONTHS.contains(lower(tokens, i + 1)) && tokens.get(i + 1).isCapitalised()) {
            int end = i + 2;
            if (YEAR.matcher(tokens.size() > end ? tokens.get(end).word() : "").matches()) {
                end++;
            }
            return end;
        }
        if (YEAR.matcher(word).matches() && isYear(tokens, i)) {
            return i + 1;
        }
        // durations: "two decades", "20 years", "20-year", "months later", "a week ago"
        int q = quantity(tokens, i);
        boolean article = w.equals("a") || w.equals("an");
        int unitAt = q > i ? q : article ? i + 1 : i;
        if (unitAt < tokens.size() && unitAt > i && lower(tokens, unitAt).equals("-") && UNITS.contains(lower(tokens, unitAt + 1))) {
            return unitAt + 2;
        }
        if (unitAt > i && UNITS.contains(lower(tokens, unitAt)) && sameSentence(tokens, i, unitAt)) {
            int end = unitAt + 1;
            if (EDGE.contains(lower(tokens, end)) && sameSentence(tokens, i, end)) {
                end++;
            }
            return article && end == unitAt + 1 ? i : end;
        }
        if (unitAt == i && UNITS.contains(w) && w.endsWith("s") && EDGE.contains(lower(tokens, i + 1))
                && sameSentence(tokens, i, i + 1)) {
            return i + 2;
        }
        return i;
    }

    /** "this week", "last year", "past 20 years", "coming months": from a relative word at i. */
    private int relative(List<Token> tokens, int i) {
        int j = i + 1;
        int q = quantity(tokens, j);
        if (q > j) {
            j = q;
        }
        String unit = lower(tokens, j);
        if ((UNITS.contains(unit) || SEASONS.contains(unit) || WEEKDAYS.contains(unit) || MONTHS.contains(unit))
                && sameSentence(tokens, i, j)) {
            return j + 1;
        }
        return i;
    }

    private int monthDate(List<Token> tokens, int i) {
        String w = lower(tokens, i);
        int end = i + 1;
        if (end < tokens.size() && tokens.get(end).word().matches("\\d{1,2}(st|nd|rd|th)?")) {
            end++;
            if (lower(tokens, end).equals(",") && YEAR.matcher(word(tokens, end + 1)).matches()) {
                end += 2;
            } else if (YEAR.matcher(word(tokens, end)).matches()) {
                end++;
            }
            return end;
        }
        if (YEAR.matcher(word(tokens, end)).matches()) {
            return end + 1;
        }
        if (AMBIGUOUS_MONTHS.contains(w)) {
            String before = lower(tokens, i - 1);
            boolean datePreposition = before.equals("in") || before.equals("since") || before.equals("until")
                    || before.equals("last") || before.equals("next") || before.equals("early")
                    || before.equals("late") || before.equals("mid");
            return datePreposition ? end : i;
        }
        return end;
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    /** A four-digit number reads as a year unless a plural noun follows it ("2000 troops"). */
    private static boolean isYear(List<Token> tokens, int i) {
        String next = word(tokens, i + 1);
        boolean countsSomething = !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && next.endsWith("s")
                && !FUNCTION_WORDS.contains(next) && next.length() > 3;
        String before = lower(tokens, i - 1);
        return !countsSomething && !CURRENCY_SIGNS.contains(tokens.get(Math.max(0, i - 1)).word())
                && !before.equals("about") && !before.equals("around") && !before.equals("nearly");
    }

    // ---- figures --------------------------------------------------------------------------------

    /** End of a run of number tokens at i ("2.7 million", "twenty - five", "hundreds"), or i. */
    private int quantity(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size() && sameSentence(tokens, i, j)) {
            String w = lower(tokens, j);
            if (isNumber(tokens.get(j).word()) || NUMBER_WORDS.contains(w)) {
                j++;
            } else if (j > i && (w.equals("-") || w.equals("and")) && j + 1 < tokens.size()
                    && NUMBER_WORDS.contains(lower(tokens, j + 1)) && !lower(tokens, j + 1).equals("half")) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isNumber(String word) {
        return DIGITS.matcher(word).matches();
    }

    /** End of a figure starting at token i (with a leading approximator or currency sign), or i. */
    private int figure(List<Token> tokens, int i, boolean[] used) {
        int j = i;
        for (List<String> a : APPROXIMATORS) {
            boolean match = true;
            for (int k = 0; k < a.size(); k++) {
                match &= lower(tokens, i + k).equals(a.get(k)) && sameSentence(tokens, i, i + k);
            }
            if (match) {
                j = i + a.size();
                break;
            }
        }
        if (j < tokens.size() && CURRENCY_SIGNS.contains(tokens.get(j).word())) {
            j++;
        }
        int q = quantity(tokens, j);
        if (q == j || anyUsed(used, i, q)) {
            return i;
        }
        String only = q - j == 1 ? lower(tokens, j) : "";
        if (only.equals("one") || only.equals("half") && j == i) {
            return i;
        }
        if (q - j == 1 && (only.equals("hundreds") || only.equals("thousands") || only.equals("dozens")
                || only.equals("millions") || only.equals("billions")) && !tokens.get(j).word().equals(only)) {
            return i;
        }
        int end = q;
        String next = lower(tokens, end);
        if (PERCENT.contains(next) || CURRENCY_WORDS.contains(next)) {
            end++;
        } else if (next.equals("per") && lower(tokens, end + 1).equals("cent")) {
            end += 2;
        }
        return end;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a figure counts: the noun after it ("2.7 million refugees" → refugees; "hundreds of troops" →
     * troops; "two controlling powers" → controlling powers), or "money" for amounts of money with no
     * counted noun ("spending billions on bullets"), else null.
     */
    String context(List<Token> tokens, Span figure) {
        boolean money = false;
        for (int k = figure.first(); k < figure.end(); k++) {
            String w = tokens.get(k).word();
            money |= CURRENCY_SIGNS.contains(w) || CURRENCY_WORDS.contains(w.toLowerCase(Locale.ROOT));
        }
        String last = lower(tokens, figure.end() - 1);
        if (PERCENT.contains(last) || last.equals("cent")) {
            money = false;
        }
        int j = figure.end();
        if (lower(tokens, j).equals("of")) {
            j++;
            while (Set.of("the", "his", "her", "their", "its", "our", "these", "those").contains(lower(tokens, j))) {
                j++;
            }
        }
        if (!money && sameSentence(tokens, figure.first(), j) && isContentWord(tokens, j)) {
            String first = tokens.get(j).word();
            if (!first.endsWith("s") && isContentWord(tokens, j + 1) && sameSentence(tokens, j, j + 1)
                    && lower(tokens, j + 1).endsWith("s")) {
                return first + " " + tokens.get(j + 1).word();
            }
            return first;
        }
        if (money || SPENDING.contains(lower(tokens, figure.first() - 1))) {
            return "money";
        }
        return null;
    }

    private static boolean isContentWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String w = tokens.get(i).word();
        return w.length() > 1 && w.chars().allMatch(Character::isLetter)
                && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && !UNITS.contains(w.toLowerCase(Locale.ROOT)) && !w.endsWith("ed") && !w.endsWith("ly");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
