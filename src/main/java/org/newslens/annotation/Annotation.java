package org.newslens.annotation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One highlight, shaped after the W3C Web Annotation Data Model: a body (note, tags, colour) on a target
 * (the article's source plus a position and a quote selector). Immutable; edits make a copy with a new
 * {@code modified} time.
 *
 * @param id       "urn:uuid:…", stable for the annotation's life (also across export and import)
 * @param note     the user's note; empty when there is none
 * @param tags     distinct, in the order given, none blank
 * @param source   the article's path (or URI) when annotated; informative only
 */
public record Annotation(
        String id,
        Instant created,
        Instant modified,
        String note,
        List<String> tags,
        HighlightColour colour,
        String source,
        TextPositionSelector position,
        TextQuoteSelector quote) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(quote, "quote");
        note = note == null ? "" : note;
        tags = cleanTags(tags);
    }

    /** A new highlight of {@code [start, end)} in {@code text}. */
    public static Annotation create(String text, String source, int start, int end, HighlightColour colour,
                                    String note, List<String> tags, Instant now) {
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is outside the text (0.." + text.length() + ")");
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            throw new IllegalArgumentException("range " + start + ".." + end + " cuts a character in two (offsets count UTF-16 units)");
        }
        return new Annotation("urn:uuid:" + UUID.randomUUID(), now, now, note, tags, colour, source,
                new TextPositionSelector(start, end), TextQuoteSelector.of(text, start, end));
    }

    public Motivation motivation() {
        return note.isBlank() ? Motivation.HIGHLIGHTING : Motivation.COMMENTING;
    }

    public int start() {
        return position.start();
    }

    public int end() {
        return position.end();
    }

    public String exact() {
        return quote.exact();
    }

    public Annotation withNote(String newNote, Instant now) {
        return new Annotation(id, created, now, newNote, tags, colour, source, position, quote);
    }

    public Annotation withTags(List<String> newTags, Instant now) {
        return new Annotation(id, created, now, note, newTags, colour, source, position, quote);
    }

    public Annotation withColour(HighlightColour newColour, Instant now) {
        return new Annotation(id, created, now, note, tags, newColour, source, position, quote);
    }

    /** The same annotation placed at {@code [start, end)} of a (possibly changed) text; not a user edit. */
    public Annotation anchoredAt(String text, int start, int end) {
        return new Annotation(id, created, modified, note, tags, colour, source,
                new TextPositionSelector(start, end), TextQuoteSelector.of(text, start, end));
    }

    public Annotation withSource(String newSource) {
        return new Annotation(id, created, modified, note, tags, colour, newSource, position, quote);
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static List<String> cleanTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String t : tags) {
            if (t != null && !t.isBlank()) {
                out.add(t.strip());
            }
        }
        return List.copyOf(new ArrayList<>(out));
    }
}
