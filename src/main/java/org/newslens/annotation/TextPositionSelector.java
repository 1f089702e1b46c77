package org.newslens.annotation;

/** W3C TextPositionSelector: {@code [start, end)} UTF-16 offsets into the article text. */
public record TextPositionSelector(int start, int end) {
    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
