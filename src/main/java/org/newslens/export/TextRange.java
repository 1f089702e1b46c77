package org.newslens.export;

/** {@code [start, end)}: UTF-16 offsets into an article's text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
