package org.newslens.ui.reader;

import org.newslens.article.TextRange;

/**
 * Widens a selection that starts or ends inside a word to the whole word ("ction over… Instead, t" becomes
 * "action over… Instead, the"), and drops white space at either end, a leading comma or full stop (of the clause
 * before) and a trailing opening bracket or quote (of what follows). A word is letters and digits, with an
 * apostrophe, a full stop or a comma inside it when a letter or digit stands on both sides ("don't", "3.5",
 * "1,200"); hyphens and other punctuation are edges, so a selection of "minister" in "ex-minister" stays as it is.
 * Plain text only (no JavaFX), so highlights and exports share it.
 */
public final class WordSnap {
    /** What a selection does not start with: the end of the sentence or clause before it. */
    private static final String LEADING_JUNK = ",;:.!?)]}";
    /** What a selection does not end with: the opening of what follows it. */
    private static final String TRAILING_JUNK = "([{“‘";
    private WordSnap() {
    }

    /** {@code [start, end)} of {@code text} snapped to whole words; an empty range, or one of only white space, is returned as is. */
    public static TextRange snap(CharSequence text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        TextRange trimmed = TextRange.trimmed(text, s, e, 0);
        if (trimmed == null) {
            return new TextRange(s, e);
        }
        s = trimmed.start();
        e = trimmed.end();
        // a drag begun just after a word takes its comma or full stop; a drag ended just before one, an opening bracket
        while (s < e && (LEADING_JUNK.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (TRAILING_JUNK.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
            e--;
        }
        if (s == e) {
            return trimmed;
        }
        if (s > 0 && inWord(text, s - 1) && inWord(text, s)) {
            while (s > 0 && inWord(text, s - 1)) {
                s--;
            }
        }
        if (e < text.length() && inWord(text, e - 1) && inWord(text, e)) {
            while (e < text.length() && inWord(text, e)) {
                e++;
            }
        }
        return new TextRange(s, e);
    }

    /** Whether the character at {@code i} belongs to a word. */
    static boolean inWord(CharSequence text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '.' || c == ',';
        return joiner && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1))
                && (c == '\'' || c == '’' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)));
    }
}
