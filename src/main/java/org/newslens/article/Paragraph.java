package org.newslens.article;

/**
 * One paragraph of an article: a half-open range {@code [start, end)} of UTF-16 offsets into
 * {@link Article#text()}. {@code number} counts from 1 in reading order.
 */
public record Paragraph(int number, int start, int end, Kind kind) {

    public enum Kind { BODY, BYLINE }

    public Paragraph {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad paragraph range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
