package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.article.TextRange;

/**
 * Sentence ranges of an article text for attribution: a paragraph break or a sentence-final mark ends a
 * sentence, except inside a quotation, so {@code "A. B," he said.} stays one sentence with its attribution.
 */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
            "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est",
            "mt", "ft", "nos", "fig", "pres", "supt", "adm", "maj", "brig", "cmdr");

    private Sentences() {
    }

    /** Half-open {@code [start, end)} ranges, trimmed of surrounding whitespace, in text order. */
    static List<int[]> of(String text, List<QuoteMarks.Quoted> quotes) {
        boolean[] inside = new boolean[text.length() + 1];
        boolean[] closing = new boolean[text.length() + 1];
        for (QuoteMarks.Quoted q : quotes) {
            closing[q.close()] = true;
            for (int i = q.open() + 1; i < q.close(); i++) {
                inside[i] = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (inside[i]) {
                continue;
            }
            if (c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n') {
                add(out, text, start, i);
                start = i + 2;
                i++;
                continue;
            }
            boolean quotedEnd = closing[i] && endsWithStop(text, i);
            if (c != '.' && c != '!' && c != '?' && c != '…' && !quotedEnd) {
                continue;
            }
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end < n && !Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && text.charAt(next) == ' ') {
                next++;
            }
            if (next < n && text.charAt(next) != '\n') {
                char first = text.charAt(next);
                boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘(«".indexOf(first) >= 0;
                if (!startsSentence || c == '.' && isAbbreviation(text, start, i)) {
                    continue;
                }
            }
            add(out, text, start, end);
            start = end;
            i = end - 1;
        }
        add(out, text, start, n);
        return out;
    }

    /** The quotation closing at {@code close} ends with sentence punctuation inside its marks. */
    private static boolean endsWithStop(String text, int close) {
        int j = close - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j >= 0 && ".!?…".indexOf(text.charAt(j)) >= 0;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == ')' || c == '»';
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        TextRange r = TextRange.trimmed(text, start, end, 0);
        if (r != null) {
            out.add(new int[] {r.start(), r.end()});
        }
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int start = dot;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot).replaceAll("^[\"'“‘(]+", "");
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
