package org.newslens.annotation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newslens.app.command.Command;
import org.newslens.app.command.CommandHistory;
import org.newslens.app.command.CompositeCommand;
import org.newslens.nlp.EntityLabel;

/**
 * Every annotation action a user can take, each run as one undoable command on the shared
 * {@link CommandHistory}; "apply to all" actions are one {@link CompositeCommand}. This is the API the
 * annotation panel and the reader's highlight keys call.
 */
public record AnnotationEditor(AnnotationStore store, CommandHistory history, Clock clock) {

    /** Highlights {@code [start, end)} of the article; returns the new annotation. */
    public Annotation highlight(int start, int end, HighlightColour colour, String note, List<String> tags) {
        String text = store.article().text();
        Annotation a = Annotation.create(text, sourceOf(store), start, end, colour, note, tags, clock.instant())
                .withCreator(store.user().name());
        history.execute(AnnotationCommands.add(store, a));
        return a;
    }

    /** Highlights every occurrence of the text at {@code [start, end)} that is not highlighted yet, as one step. */
    public List<Annotation> highlightEveryOccurrence(int start, int end, HighlightColour colour) {
        String text = store.article().text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is outside the text (0.." + text.length() + ")");
        }
        String phrase = text.substring(start, end);
        List<Annotation> created = new ArrayList<>();
        List<Command> parts = new ArrayList<>();
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
            int s = i;
            boolean taken = store.annotations().stream().anyMatch(a -> a.start() == s && a.end() == s + phrase.length());
            if (!taken) {
                Annotation a = Annotation.create(text, sourceOf(store), i, i + phrase.length(), colour, "", List.of(), clock.instant())
                        .withCreator(store.user().name());
                created.add(a);
                parts.add(AnnotationCommands.add(store, a));
            }
        }
        if (!parts.isEmpty()) {
            history.execute(new CompositeCommand("Highlight every “" + shorten(phrase) + "” (" + parts.size() + ")", parts));
        }
        return created;
    }

    public void setNote(String id, String note) {
        Annotation before = require(id);
        history.execute(AnnotationCommands.edit(store, before, before.withNote(note, clock.instant()),
                "Edit note on “" + shorten(before.exact()) + "”"));
    }

    public void setTags(String id, List<String> tags) {
        Annotation before = require(id);
        history.execute(AnnotationCommands.edit(store, before, before.withTags(tags, clock.instant()),
                "Edit tags on “" + shorten(before.exact()) + "”"));
    }

    public void setColour(String id, HighlightColour colour) {
        Annotation before = require(id);
        history.execute(AnnotationCommands.edit(store, before, before.withColour(colour, clock.instant()),
                "Colour “" + shorten(before.exact()) + "” " + colour.id()));
    }

    /** Note, tags and colour changed together, as one step (an edit dialog's OK). */
    public void edit(String id, String note, List<String> tags, HighlightColour colour) {
        Annotation before = require(id);
        Annotation after = before.withNote(note, clock.instant()).withTags(tags, clock.instant()).withColour(colour, clock.instant());
        history.execute(AnnotationCommands.edit(store, before, after, "Edit “" + shorten(before.exact()) + "”"));
    }

    public void delete(String id) {
        history.execute(AnnotationCommands.delete(store, require(id)));
    }

    public void setColourOfAll(Collection<String> ids, HighlightColour colour) {
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            Annotation before = require(id);
            parts.add(AnnotationCommands.edit(store, before, before.withColour(colour, clock.instant()), "Colour"));
        }
        runAll("Colour " + parts.size() + " highlight(s) " + colour.id(), parts);
    }

    public void addTagToAll(Collection<String> ids, String tag) {
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            Annotation before = require(id);
            List<String> tags = new ArrayList<>(before.tags());
            tags.add(tag);
            parts.add(AnnotationCommands.edit(store, before, before.withTags(tags, clock.instant()), "Tag"));
        }
        runAll("Tag " + parts.size() + " highlight(s) “" + tag + "”", parts);
    }

    public void removeTagFromAll(Collection<String> ids, String tag) {
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            Annotation before = require(id);
            List<String> tags = new ArrayList<>(before.tags());
            if (tags.remove(tag)) {
                parts.add(AnnotationCommands.edit(store, before, before.withTags(tags, clock.instant()), "Untag"));
            }
        }
        runAll("Remove tag “" + tag + "” from " + parts.size() + " highlight(s)", parts);
    }

    public void deleteAll(Collection<String> ids) {
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(AnnotationCommands.delete(store, require(id)));
        }
        runAll("Delete " + parts.size() + " highlight(s)", parts);
    }

    /** Imports annotations read with {@link WebAnnotationCodec#readAnnotations}, as one undoable step. */
    public ImportResult importAnnotations(List<Annotation> incoming) {
        ImportAnnotationsCommand command = new ImportAnnotationsCommand(store, incoming);
        history.execute(command);
        return command.result();
    }

    /**
     * Imports what an {@link AnnotationReader} read from a file, as one undoable step (no step when nothing
     * could be read), and reports on every annotation.
     */
    public ImportReport importRead(AnnotationReader.Result read) {
        if (read.annotations().isEmpty()) {
            return ImportReport.nothing(read);
        }
        return ImportReport.of(read, importAnnotations(read.annotations()), store);
    }

    /**
     * Records an entity correction. With {@link EntityCorrection.Scope#ALL} it covers every identical mention
     * and is still one step.
     */
    public void correct(EntityCorrection correction) {
        history.execute(AnnotationCommands.correctEntity(store, correction));
    }

    /** Convenience for "mark as …": this mention or every identical one. */
    public void markAs(int start, int end, EntityLabel label, EntityCorrection.Scope scope) {
        String text = store.article().text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " is outside the text (0.." + text.length() + ")");
        }
        correct(EntityCorrection.mark(start, end, text.substring(start, end), label, scope));
    }

    private void runAll(String description, List<Command> parts) {
        if (!parts.isEmpty()) {
            history.execute(new CompositeCommand(description, parts));
        }
    }

    private Annotation require(String id) {
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("no annotation " + id));
    }

    public static String sourceOf(AnnotationStore store) {
        return store.article().source() == null
                ? "urn:sha256:" + store.article().contentHash()
                : store.article().source().toAbsolutePath().normalize().toUri().toString();
    }

    /** A passage as a label names it: one line, at most 40 characters. */
    public static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
}
