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
 * @param source     the article's path (or URI) when annotated; informative only
 * @param noteFormat the note's media type: text/plain (typed here), text/html or text/markdown (imported)
 * @param links      web links the annotation points to (imported bodies that are links), kept as links
 * @param creator    who made it (a name), or null when unknown
 * @param inReplyTo  the id of the annotation this one answers (an imported reply), or null
 *
 * <p>An annotation with an empty quote ({@link #isArticleNote()}) is a note on the whole article: it has
 * no place in the text (imported page notes and replies).
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
        TextQuoteSelector quote,
        String noteFormat,
        List<String> links,
        String creator,
        String inReplyTo) {

    public static final String PLAIN_TEXT = "text/plain";

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(quote, "quote");
        note = note == null ? "" : note;
        tags = cleanTags(tags);
        noteFormat = noteFormat == null || noteFormat.isBlank() ? PLAIN_TEXT : noteFormat;
        links = cleanTags(links);
        creator = creator == null || creator.isBlank() ? null : creator.strip();
        inReplyTo = inReplyTo == null || inReplyTo.isBlank() ? null : inReplyTo;
    }

    /** A plain-text highlight by an unknown creator (the shape NewsLens has always stored). */
    public Annotation(String id, Instant created, Instant modified, String note, List<String> tags, HighlightColour colour,
                      String source, TextPositionSelector position, TextQuoteSelector quote) {
        this(id, created, modified, note, tags, colour, source, position, quote, PLAIN_TEXT, List.of(), null, null);
    }

    /** A note on the whole article (no place in its text), e.g. an imported page note or reply. */
    public static Annotation articleNote(String id, Instant created, Instant modified, String note, String noteFormat,
                                         List<String> tags, List<String> links, String source, String creator, String inReplyTo) {
        return new Annotation(id, created, modified, note, tags, HighlightColour.YELLOW, source, new TextPositionSelector(0, 0),
                new TextQuoteSelector("", "", ""), noteFormat, links, creator, inReplyTo);
    }

    /** True for a note on the whole article rather than on a passage. */
    public boolean isArticleNote() {
        return quote.exact().isEmpty();
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

    /** A new note typed in NewsLens is plain text. */
    public Annotation withNote(String newNote, Instant now) {
        String format = newNote != null && newNote.equals(note) ? noteFormat : PLAIN_TEXT;
        return new Annotation(id, created, now, newNote, tags, colour, source, position, quote, format, links, creator, inReplyTo);
    }

    public Annotation withTags(List<String> newTags, Instant now) {
        return new Annotation(id, created, now, note, newTags, colour, source, position, quote, noteFormat, links, creator, inReplyTo);
    }

    public Annotation withColour(HighlightColour newColour, Instant now) {
        return new Annotation(id, created, now, note, tags, newColour, source, position, quote, noteFormat, links, creator, inReplyTo);
    }

    /** The same annotation placed at {@code [start, end)} of a (possibly changed) text; not a user edit. */
    public Annotation anchoredAt(String text, int start, int end) {
        return new Annotation(id, created, modified, note, tags, colour, source,
                new TextPositionSelector(start, end), TextQuoteSelector.of(text, start, end), noteFormat, links, creator, inReplyTo);
    }

    public Annotation withSource(String newSource) {
        return new Annotation(id, created, modified, note, tags, colour, newSource, position, quote, noteFormat, links, creator, inReplyTo);
    }

    /** The same annotation credited to {@code name} (a new highlight gets the user's name). */
    public Annotation withCreator(String name) {
        return new Annotation(id, created, modified, note, tags, colour, source, position, quote, noteFormat, links, name, inReplyTo);
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
