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
}
