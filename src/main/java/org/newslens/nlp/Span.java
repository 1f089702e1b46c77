package org.newslens.nlp;

/** A labelled run of tokens {@code [first, end)} found by the rules, before offsets and entities are attached. */
record Span(int first, int end, EntityLabel label) {
    boolean overlaps(Span o) {
        return first < o.end && o.first < end;
    }

    int size() {
        return end - first;
    }
}
