package org.newslens.annotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.newslens.app.command.Command;

/** The undoable steps that change an article's annotations or the entity corrections, one store call each way. */
public final class AnnotationCommands {
    private AnnotationCommands() {
    }

    /** Adds one highlight; undo removes it. */
    static Command add(AnnotationStore store, Annotation annotation) {
        return Command.of("Highlight “" + AnnotationEditor.shorten(annotation.exact()) + "”",
                () -> store.add(annotation), () -> store.remove(annotation.id()));
    }

    /** Changes an annotation's note, tags or colour; undo puts the previous version back. */
    static Command edit(AnnotationStore store, Annotation before, Annotation after, String description) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("before and after must be the same annotation");
        }
        return Command.of(description, () -> store.update(after), () -> store.update(before));
    }

    /** Deletes an annotation (placed or orphan); undo brings it back unchanged, same id. */
    static Command delete(AnnotationStore store, Annotation annotation) {
        Runnable restore = store.isOrphan(annotation.id()) ? () -> store.restoreOrphan(annotation) : () -> store.add(annotation);
        return Command.of("Delete highlight “" + AnnotationEditor.shorten(annotation.exact()) + "”",
                () -> store.remove(annotation.id()), restore);
    }

    /** Records one entity correction (which may cover every identical mention); undo withdraws it. */
    public static Command correctEntity(AnnotationStore store, EntityCorrection correction) {
        return Command.of(correction.describe(), () -> store.addCorrection(correction), () -> store.removeCorrection(correction));
    }

    /** Records who said a quote; undo withdraws it (the speaker found before, or an earlier correction, is back). */
    public static Command correctSpeaker(AnnotationStore store, SpeakerCorrection correction) {
        return Command.of(correction.describe(), () -> store.addSpeakerCorrection(correction),
                () -> store.removeSpeakerCorrection(correction));
    }

    /** Records one library-wide entity correction (merge, rename, split); undo withdraws it. */
    public static Command correctLibrary(LibraryCorrections store, LibraryCorrection correction) {
        return Command.of(correction.describe(), () -> save(store, () -> store.add(correction)),
                () -> save(store, () -> store.remove(correction)));
    }

    private interface Change {
        void run() throws IOException;
    }

    private static void save(LibraryCorrections store, Change change) {
        try {
            change.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + store.file() + ": " + e.getMessage(), e);
        }
    }
}
