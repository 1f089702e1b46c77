package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * Reads the value of each FIGURE mention: "2.7 million" → 2,700,000; "about half" → ≈ 50 %; "billions" →
 * ≥ 1,000,000,000; "$548 billion" → 548,000,000,000 USD; "more than 1,000" → ≥ 1,000.
 */
public final class FigureValues {
    /** What a figure's words say. */
    public record Value(Double value, String unit, String relation) {
    }

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("zero", 0d), Map.entry("one", 1d), Map.entry("a", 1d), Map.entry("an", 1d), Map.entry("two", 2d),
            Map.entry("three", 3d), Map.entry("four", 4d), Map.entry("five", 5d), Map.entry("six", 6d), Map.entry("seven", 7d),
            Map.entry("eight", 8d), Map.entry("nine", 9d), Map.entry("ten", 10d), Map.entry("eleven", 11d),
            Map.entry("twelve", 12d), Map.entry("thirteen", 13d), Map.entry("fourteen", 14d), Map.entry("fifteen", 15d),
            Map.entry("sixteen", 16d), Map.entry("seventeen", 17d), Map.entry("eighteen", 18d), Map.entry("nineteen", 19d),
            Map.entry("twenty", 20d), Map.entry("thirty", 30d), Map.entry("forty", 40d), Map.entry("fifty", 50d),
            Map.entry("sixty", 60d), Map.entry("seventy", 70d), Map.entry("eighty", 80d), Map.entry("ninety", 90d),
            Map.entry("dozen", 12d));
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "bn", 1e9, "m", 1e6, "k", 1e3, "dozen", 12d);
    private static final Map<String, Double> SHARES = Map.of("half", 50d, "third", 100d / 3, "quarter", 25d,
            "two-thirds", 200d / 3, "three-quarters", 75d, "majority", 50d, "fifth", 20d, "tenth", 10d);
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "£", "GBP", "€", "EUR", "¥", "JPY", "₹", "INR");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("pound", "GBP"), Map.entry("sterling", "GBP"), Map.entry("euro", "EUR"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("rupee", "INR"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("franc", "CHF"), Map.entry("mark", "DEM"), Map.entry("peso", "MXN"),
            Map.entry("real", "BRL"), Map.entry("rand", "ZAR"), Map.entry("krona", "SEK"), Map.entry("krone", "NOK"),
            Map.entry("forint", "HUF"), Map.entry("zloty", "PLN"), Map.entry("lira", "TRY"), Map.entry("shekel", "ILS"),
            Map.entry("won", "KRW"), Map.entry("baht", "THB"), Map.entry("taka", "BDT"), Map.entry("dinar", "DINAR"),
            Map.entry("riyal", "SAR"), Map.entry("afghani", "AFN"));
    private static final Pattern APPROX = Pattern.compile("^(about|around|some|nearly|almost|approximately|roughly|an estimated|"
            + "close to|estimated|circa|c\\.|just under|just over|almost|up to|more than|over|at least|upwards of|in excess of|"
            + "fewer than|less than|under|at most|no more than|no fewer than|exactly|only|just)\\s+");
    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+)");

    private FigureValues() {
    }

    public static List<Figure> of(String text, EntityAnalysis analysis) {
        List<int[]> sentences = Sentences.of(text, QuoteMarks.find(text));
        List<Figure> out = new ArrayList<>();
        for (Mention m : analysis.mentions()) {
            if (m.label() != EntityLabel.FIGURE) {
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            Value v = read(m.text(), after, m.context());
            int[] s = Timeline.sentenceOf(sentences, m.start());
            out.add(new Figure(m.start(), m.end(), m.text(), m.context(), v.value(), v.unit(), v.relation(), s[0], s[1]));
        }
        return out;
    }

    /**
     * @param words   the figure as written
     * @param after   the text just after it ("percent", "French francs"), for its unit
     * @param counts  what the recogniser says it counts ("money" for sums)
     */
    public static Value read(String words, String after, String counts) {
        String w = words.toLowerCase(Locale.ROOT).strip().replace('\u00a0', ' ').replaceAll("\\s+", " ");
        String relation = "=";
        Matcher a = APPROX.matcher(w);
        while (a.find()) {
            relation = switch (a.group(1)) {
                case "more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "just over" -> "≥";
                case "fewer than", "less than", "under", "at most", "no more than", "up to", "just under" -> "≤";
                case "exactly", "only", "just" -> relation;
                default -> "≈";
            };
            w = w.substring(a.end());
            a = APPROX.matcher(w);
        }
        String unit = null;
        for (Map.Entry<String, String> c : CURRENCY_SIGNS.entrySet()) {
            if (w.contains(c.getKey())) {
                unit = c.getValue();
                w = w.replace(c.getKey(), "");
            }
        }
        String tail = (w + " " + after.toLowerCase(Locale.ROOT)).strip();
        if (tail.matches(".*\\d\\s*(%|per ?cent|percent|pct)\\b.*") || w.endsWith("%") || after.strip().startsWith("%")
                || after.toLowerCase(Locale.ROOT).matches("^\\s*(per ?cent|percent|pct)\\b.*")) {
            unit = "%";
            w = w.replaceAll("\\s*(%|per ?cent|percent|pct)", "");
        }
        if (unit == null) {
            unit = currencyWord(w + " " + after.toLowerCase(Locale.ROOT));
        }
        if (unit == null && "money".equals(counts)) {
            unit = "money";
        }
        for (Map.Entry<String, Double> s : SHARES.entrySet()) {
            if (w.matches("(a |one |the )?" + Pattern.quote(s.getKey()) + "( of)?")) {
                return new Value(s.getValue(), "%", relation);
            }
        }
        Double value = number(w);
        if (value == null) {
            String plural = w.replaceAll("^(many |several |tens of |hundreds of )?", "");
            for (Map.Entry<String, Double> s : SCALES.entrySet()) {
                if (plural.equals(s.getKey() + "s") && s.getKey().length() > 2) {
                    double least = w.startsWith("tens of") ? s.getValue() * 10 : w.startsWith("hundreds of") ? s.getValue() * 100 : s.getValue();
                    return new Value(least, unit, "≥");
                }
            }
            return new Value(null, unit, relation);
        }
        return new Value(value, unit, relation);
    }

    private static String currencyWord(String s) {
        Matcher m = Pattern.compile("\\b([a-z]+?)(e?s)?\\b").matcher(s.replaceAll("[\\d.,]", " "));
        int seen = 0;
        while (m.find() && seen < 4) {
            seen++;
            String code = CURRENCY_WORDS.get(m.group(1));
            if (code == null && m.group(2) != null) {
                code = CURRENCY_WORDS.get(m.group(1) + m.group(2).substring(0, m.group(2).length() - 1));
            }
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** "2.7 million", "9,000", "twenty-three", "two million"; null when the words hold no number. */
    static Double number(String w) {
        Matcher n = NUMBER.matcher(w);
        double value;
        String rest;
        if (n.find()) {
            value = Double.parseDouble(n.group(1).replace(",", ""));
            rest = w.substring(n.end()).strip();
        } else {
            String[] parts = w.split("[ -]");
            double total = 0;
            boolean any = false;
            int i = 0;
            for (; i < parts.length; i++) {
                Double d = WORDS.get(parts[i]);
                if (d == null || parts[i].equals("a") && i + 1 < parts.length && !SCALES.containsKey(parts[i + 1])) {
                    break;
                }
                total += d;
                any = true;
            }
            if (!any) {
                return null;
            }
            value = total;
            StringBuilder r = new StringBuilder();
            for (; i < parts.length; i++) {
                r.append(parts[i]).append(' ');
            }
            rest = r.toString().strip();
        }
        for (String word : rest.split(" ")) {
            Double scale = SCALES.get(word);
            if (scale == null) {
                break;
            }
            value *= scale;
        }
        return value;
    }
}
