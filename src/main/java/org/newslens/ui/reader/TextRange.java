package org.newslens.ui.reader;

/** A half-open range {@code [start, end)} of offsets into {@code Article.text}. */
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
}
