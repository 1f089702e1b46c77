package org.newslens.article;

import java.util.Locale;
import java.util.Set;

/** Finds sentence ends in prose well enough for titles and bylines: not after initials or common abbreviations. */
final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
            "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "approx", "est");

    private Sentences() {
    }

    /** The end (exclusive) of the sentence starting at 0, including its final punctuation and closing quotes. */
    static int firstSentenceEnd(String text) {
        return sentenceEnd(text, 0);
    }

    static int count(String text) {
        int count = 0;
        int from = 0;
        while (from < text.length()) {
            int end = sentenceEnd(text, from);
            if (!text.substring(from, end).isBlank()) {
                count++;
            }
            from = end;
        }
        return count;
    }

    private static int sentenceEnd(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminalFollower(text.charAt(end))) {
                end++;
            }
            if (end >= n) {
                return n;
            }
            if (!Character.isWhitespace(text.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                return n;
            }
            char first = text.charAt(next);
            boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || "\"'“‘(".indexOf(first) >= 0;
            if (startsSentence && !(c == '.' && isAbbreviation(text, from, i))) {
                return end;
            }
        }
        return n;
    }

    private static boolean isTerminalFollower(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '.' || c == '!' || c == '?';
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int start = dot;
        while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial, as in "George W. Bush"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT).replaceAll("^[\"'“‘(]+", ""));
    }
}
