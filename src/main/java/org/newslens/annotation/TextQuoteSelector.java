package org.newslens.annotation;

import java.util.Objects;

/** W3C TextQuoteSelector: the quoted text with a little context on either side, to find it again after edits. */
public record TextQuoteSelector(String exact, String prefix, String suffix) {
    /** How much context is kept either side of a quote. */
    public static final int CONTEXT = 32;

    public TextQuoteSelector {
        Objects.requireNonNull(exact, "exact");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }

    /** The quote for {@code [start, end)} of {@code text}, with up to {@link #CONTEXT} characters of context. */
    public static TextQuoteSelector of(String text, int start, int end) {
        return new TextQuoteSelector(
                text.substring(start, end),
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)));
    }
}
