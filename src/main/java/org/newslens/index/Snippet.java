package org.newslens.index;

/**
 * A keyword-in-context line around one hit: {@code text} with the hit at {@code [hitStart, hitEnd)}.
 * An ellipsis "…" at either end means the paragraph goes on.
 */
public record Snippet(String text, int hitStart, int hitEnd) {
    public static final String OPEN = "«";
    public static final String CLOSE = "»";

    public String before() {
        return text.substring(0, hitStart);
    }

    public String hit() {
        return text.substring(hitStart, hitEnd);
    }

    public String after() {
        return text.substring(hitEnd);
    }

    /** The line with the hit marked «like this». */
    public String marked() {
        return before() + OPEN + hit() + CLOSE + after();
    }

    /** Cuts a line of about {@code width} characters around {@code [start, end)} out of {@code [from, to)} of {@code text}. */
    static Snippet around(String text, int from, int to, int start, int end, int width) {
        int context = Math.max(12, (width - (end - start)) / 2);
        int left = Math.max(from, start - context);
        int right = Math.min(to, end + context);
        if (left > from) {
            int space = text.indexOf(' ', left);
            if (space >= 0 && space < start) {
                left = space + 1;
            }
        }
        if (right < to) {
            int space = text.lastIndexOf(' ', right);
            if (space >= end) {
                right = space;
            }
        }
        String prefix = left > from ? "…" : "";
        String suffix = right < to ? "…" : "";
        String line = (prefix + text.substring(left, right) + suffix).replace('\n', ' ').replace('\r', ' ');
        int hitStart = prefix.length() + (start - left);
        return new Snippet(line, hitStart, hitStart + (end - start));
    }
}
