package org.newslens.article;

import java.text.Normalizer;

/** Turns a raw paragraph into what the reader shows: NFC, no control characters, single spaces, trimmed. */
final class Prose {
    private Prose() {
    }

    static String clean(String raw) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else if (isInvisible(c)) {
                continue;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Most paragraphs need no change; checking is cheaper than copying them. */
    private static boolean isClean(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? previous == ' ' : c < 0x80 ? c < 0x20 || c == 0x7F : isSpace(c) || isInvisible(c)) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Control characters, byte-order marks and soft hyphens carry no reading value and break offsets' meaning. */
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\uFEFF' || c == '\u00AD' || c == '\u200B';
    }

    /** Words as a reader counts them: whitespace-separated runs that contain a letter or digit. */
    static int countWords(CharSequence text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        boolean hasAlnum = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord && hasAlnum) {
                    words++;
                }
                inWord = false;
                hasAlnum = false;
            } else {
                inWord = true;
                hasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        if (inWord && hasAlnum) {
            words++;
        }
        return words;
    }
}
