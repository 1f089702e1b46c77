package org.newslens.ui.reader;

/** A styled range {@code [start, end)} of UTF-16 offsets into {@code Article.text}; the class is defined in CSS. */
public record Highlight(int start, int end, String styleClass) {
    public Highlight {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad highlight range " + start + ".." + end);
        }
        if (styleClass == null || styleClass.isBlank()) {
            throw new IllegalArgumentException("a highlight needs a style class");
        }
    }
}
