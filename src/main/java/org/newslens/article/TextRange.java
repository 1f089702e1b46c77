package org.newslens.article;

/** A half-open range {@code [start, end)} of UTF-16 offsets into {@code Article.text}: a selection, a passage, a hit. */
public record TextRange(int start, int end) {
    public static final TextRange EMPTY = new TextRange(0, 0);

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    /** {@code [start, end)} of {@code text} without white space at either end, shifted by {@code offset}; null when nothing is left. */
    public static TextRange trimmed(CharSequence text, int start, int end, int offset) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? new TextRange(offset + s, offset + e) : null;
    }
}
