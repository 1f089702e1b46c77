package org.newslens.annotation;

/**
 * Where an annotation was placed in the current text, and how it was found.
 * For {@link Method#ORPHAN} start and end are -1.
 */
public record Anchoring(Method method, int start, int end) {

    public enum Method {
        /** The stored position still holds the quoted text. */
        POSITION,
        /** The exact quote was found elsewhere. */
        QUOTE,
        /** An approximate match of the quote and its context. */
        FUZZY,
        /** Nowhere to be found: kept, listed, never dropped. */
        ORPHAN
    }

    public static Anchoring orphan() {
        return new Anchoring(Method.ORPHAN, -1, -1);
    }

    public boolean placed() {
        return method != Method.ORPHAN;
    }
}
