package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quoted spans: curly marks by their direction, straight double quotes by
 * alternation, and the news convention for a quotation running over several paragraphs (a paragraph that
 * ends inside a quotation has no closing mark; the next one opens with a mark again).
 */
final class QuoteMarks {
    /** A quoted span: {@code open} and {@code close} are the offsets of the marks themselves. */
    record Quoted(int open, int close) {
        int innerStart() {
            return open + 1;
        }

        int innerEnd() {
            return close;
        }

        boolean contains(int offset) {
            return offset > open && offset < close;
        }
    }

    /** Longest quotation accepted; an unpaired mark must not swallow the rest of a long article. */
    static final int MAX_PARAGRAPHS = 6;

    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int openAt = -1;
        char openMark = 0;
        int paragraphsOpen = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n' && openAt >= 0) {
                if (text.substring(openAt + 1, i).isBlank()) {
                    continue; // a mark at the very end of a paragraph opens a quotation in the next one
                }
                paragraphsOpen++;
                int next = skipSpace(text, i);
                boolean reopens = next < text.length() && isOpening(text, next, openMark);
                if (!reopens && paragraphsOpen <= MAX_PARAGRAPHS && markAhead(text, next, MAX_PARAGRAPHS - paragraphsOpen)) {
                    i++; // sentence-per-line text: the quotation goes on into lines without marks of their own
                    continue;
                }
                if (!reopens || paragraphsOpen > MAX_PARAGRAPHS) {
                    // the paragraph ended inside a quotation that does not go on: the mark was not an opening one
                    openAt = -1;
                    paragraphsOpen = 0;
                } else {
                    i = next; // the continuation mark belongs to the open quotation
                }
                continue;
            }
            if (!isMark(c) || isApostrophe(text, i)) {
                continue;
            }
            if (openAt < 0) {
                if (c == '”' || c == '’') {
                    continue; // a stray closing mark
                }
                openAt = i;
                openMark = c;
                paragraphsOpen = 0;
            } else if (closes(openMark, c)) {
                out.add(new Quoted(openAt, i));
                openAt = -1;
            }
        }
        return out;
    }

    /** Whether the paragraph-break rule for unclosed straight quotes should apply at a paragraph start. */
    private static boolean isOpening(String text, int at, char openMark) {
        char c = text.charAt(at);
        return switch (openMark) {
            case '“' -> c == '“' || c == '"';
            case '‘' -> c == '‘';
            case '«' -> c == '«';
            default -> c == '"' || c == '“';
        };
    }

    /** Whether a quotation mark comes within the next {@code paragraphs} paragraphs from {@code from}. */
    private static boolean markAhead(String text, int from, int paragraphs) {
        int seen = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (++seen > paragraphs) {
                    return false;
                }
                i++;
            } else if (isMark(c) && !isApostrophe(text, i)) {
                return c != '“' && c != '‘' && c != '«';
            }
        }
        return false;
    }

    private static int skipSpace(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»';
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“' -> c == '”' || c == '"';
            case '‘' -> c == '’';
            case '«' -> c == '»';
            default -> c == '"' || c == '”';
        };
    }

    /** Single curly marks double as apostrophes ("Qaeda’s", "’90s"); only word-initial ‘ opens, only word-final ’ closes. */
    private static boolean isApostrophe(String text, int i) {
        char c = text.charAt(i);
        if (c == '’') {
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            return letterAfter || i == 0;
        }
        if (c == '‘') {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            return letterBefore || digitAfter;
        }
        return false;
    }
}
