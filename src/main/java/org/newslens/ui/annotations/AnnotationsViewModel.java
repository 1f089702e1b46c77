package org.newslens.ui.annotations;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationReader;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStorageException;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.ImportReport;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.TextRange;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.TaskExecutor;

/**
 * The annotations of the article being read: opened from the data directory whenever the reader shows an
 * article, drawn on the reader's {@code annotations} layer, listed for the Notes panel (placed ones in
 * reading order, orphans apart), and changed only through undoable commands on the shared
 * {@link CommandHistory}. A change shows at once and is saved on a worker, in order ({@link AnnotationSaves});
 * a storage problem becomes a {@link ShownAnnotations#notice() notice} and the reader keeps working.
 */
public final class AnnotationsViewModel {
    /** The colour a new highlight gets when none was chosen (Add note… on plain text). */
    public static final HighlightColour DEFAULT_COLOUR = HighlightColour.YELLOW;

    private final ReaderViewModel reader;
    private final CommandHistory history;
    private final AnnotationSession session;
    private final HistoryState historyState;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The colour used last: Add note… on plain text gives a new highlight this colour. */
    private HighlightColour lastColour = DEFAULT_COLOUR;

    /** A view model on its own (its events reach only those who subscribe to {@code new AppState(reader)}'s). */
    public AnnotationsViewModel(AnnotationStorage storage, ReaderViewModel reader, CommandHistory history,
                                TaskExecutor executor, Clock clock) {
        this(storage, new AppState(reader), history, executor, clock);
    }

    /** Publishes {@link AppEvent.CorrectionsChanged} on {@code state} whenever the article's corrections change. */
    public AnnotationsViewModel(AnnotationStorage storage, AppState state, CommandHistory history,
                                TaskExecutor executor, Clock clock) {
        this.reader = state.reader();
        this.history = history;
        this.historyState = new HistoryState(history);
        this.session = new AnnotationSession(storage, state, history, executor, clock);
        // invalidation, not change: showing an equal article again cleared the layers, so reopen
        reader.articleProperty().addListener(obs -> session.articleShown(reader.getArticle()));
        session.articleShown(reader.getArticle());
    }

    /** CSS class of a highlight colour on the reader's annotations layer: "annotation-yellow". */
    public static String styleClass(HighlightColour colour) {
        return "annotation-" + colour.id();
    }

    /** Keys 1–5 pick the colours in toolbar order. */
    public static Optional<HighlightColour> colourForDigit(int digit) {
        HighlightColour[] all = HighlightColour.values();
        return digit >= 1 && digit <= all.length ? Optional.of(all[digit - 1]) : Optional.empty();
    }

    // ---- state for the views

    /** The annotations of the article on screen as listed (placed, article notes, orphans), whether open, their file, a problem. */
    public ShownAnnotations shown() {
        return session;
    }

    /** Short feedback for the status bar: "Highlighted “…” yellow", "Select some text first". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether undo and redo can run and what they would do, for the Edit menu ("Undo Highlight “Kabul”"). */
    public HistoryState history() {
        return historyState;
    }

    /** The open store, for export and corrections; empty while none is open. */
    public Optional<AnnotationStore> store() {
        return Optional.ofNullable(session.store());
    }

    /** The recogniser's analysis with this article's corrections laid over it (as is when none are open). */
    public EntityAnalysis corrected(EntityAnalysis recognised) {
        // while another article is being opened the store still belongs to the previous one
        if (recognised == null || session.store() == null || session.store().article() != reader.getArticle()) {
            return recognised;
        }
        return session.store().corrected(recognised);
    }

    /** The annotations covering any of {@code range} (for the context menu). */
    public List<AnnotationItem> itemsAt(TextRange range) {
        int end = range.isEmpty() ? range.end() + 1 : range.end();
        return session.annotations().stream().filter(a -> a.start() < end && range.start() < a.end()).toList();
    }

    // ---- commands

    /** Highlights the reader's selection in {@code colour}. */
    public boolean highlightSelection(HighlightColour colour) {
        return highlight(reader.selectionProperty().get(), colour);
    }

    /** Key 1–5 while the reader has focus; false (nothing done) for other digits. */
    public boolean highlightSelectionWithKey(int digit) {
        Optional<HighlightColour> colour = colourForDigit(digit);
        return colour.isPresent() && highlightSelection(colour.get());
    }

    /**
     * Highlights {@code range}. Highlighting exactly an existing highlight again recolours it instead of
     * adding a second one.
     */
    public boolean highlight(TextRange range, HighlightColour colour) {
        if (!canChange(range)) {
            return false;
        }
        lastColour = colour;
        Optional<AnnotationItem> same = session.annotations().stream()
                .filter(a -> a.start() == range.start() && a.end() == range.end()).findFirst();
        if (same.isPresent()) {
            if (same.get().colour() != colour) {
                run(() -> session.editor().setColour(same.get().id(), colour));
                message.set("Recoloured “" + AnnotationEditor.shorten(same.get().quote()) + "” " + colour.id());
            }
            return true;
        }
        return run(() -> {
            Annotation a = session.editor().highlight(range.start(), range.end(), colour, "", List.of());
            message.set("Highlighted “" + AnnotationEditor.shorten(a.exact()) + "” " + colour.id());
        });
    }

    /** Highlights every occurrence of the text in {@code range}, as one undoable step. */
    public boolean highlightEveryOccurrence(TextRange range, HighlightColour colour) {
        if (!canChange(range)) {
            return false;
        }
        lastColour = colour;
        return run(() -> {
            int n = session.editor().highlightEveryOccurrence(range.start(), range.end(), colour).size();
            message.set(n == 0 ? "Every occurrence is highlighted already" : "Highlighted " + n + " occurrence(s)");
        });
    }

    /**
     * What Add note… edits: the highlight at {@code range} (exactly there, else the first one it touches),
     * or a new highlight of the range. Empty when there is nothing to annotate.
     */
    public Optional<NoteDraft> draftFor(TextRange range) {
        if (session.store() == null) {
            return Optional.empty();
        }
        List<AnnotationItem> touching = itemsAt(range);
        Optional<AnnotationItem> existing = touching.stream()
                .filter(a -> a.start() == range.start() && a.end() == range.end()).findFirst()
                .or(() -> touching.stream().findFirst());
        if (existing.isPresent()) {
            return Optional.of(draftOf(existing.get()));
        }
        if (range.isEmpty()) {
            message.set("Select some text first");
            return Optional.empty();
        }
        String text = session.store().article().text().substring(range.start(), range.end());
        return Optional.of(new NoteDraft(null, text, "", "", lastColour));
    }

    public NoteDraft draftOf(AnnotationItem item) {
        return new NoteDraft(item.id(), item.quote(), item.note(), item.tagsText(), item.colour());
    }

    /** The note editor's OK: a new highlight with note and tags, or one edit of an existing one (one step). */
    public boolean saveDraft(NoteDraft draft, TextRange range, String note, String tagsText, HighlightColour colour) {
        if (session.store() == null) {
            return false;
        }
        if (draft.isNew()) {
            if (!canChange(range)) {
                return false;
            }
            lastColour = colour;
            return run(() -> {
                Annotation a = session.editor().highlight(range.start(), range.end(), colour, note.strip(), NoteDraft.parseTags(tagsText));
                message.set("Added a note on “" + AnnotationEditor.shorten(a.exact()) + "”");
            });
        }
        return edit(draft.id(), note, tagsText, colour);
    }

    /** Changes note, tags and colour together, as one step; nothing happens when nothing changed. */
    public boolean edit(String id, String note, String tagsText, HighlightColour colour) {
        if (session.store() == null) {
            return false;
        }
        Optional<Annotation> before = session.store().find(id);
        if (before.isEmpty()) {
            return false;
        }
        String newNote = note == null ? "" : note.strip();
        List<String> newTags = NoteDraft.parseTags(tagsText);
        Annotation b = before.get();
        if (b.note().equals(newNote) && b.tags().equals(newTags) && b.colour() == colour) {
            return true;
        }
        return run(() -> {
            session.editor().edit(id, newNote, newTags, colour);
            message.set("Edited “" + AnnotationEditor.shorten(b.exact()) + "”");
        });
    }

    public boolean delete(String id) {
        if (session.store() == null || session.store().find(id).isEmpty()) {
            return false;
        }
        return run(() -> {
            session.editor().delete(id);
            message.set("Deleted a highlight (Ctrl+Z brings it back)");
        });
    }

    /** Removes every highlight touching {@code range} (the selection, or the clicked spot), as one step. */
    public boolean removeHighlights(TextRange range) {
        List<String> ids = itemsAt(range).stream().map(AnnotationItem::id).toList();
        if (session.store() == null || ids.isEmpty()) {
            message.set("No highlight here");
            return false;
        }
        return run(() -> {
            if (ids.size() == 1) {
                session.editor().delete(ids.get(0));
            } else {
                session.editor().deleteAll(ids);
            }
            message.set("Removed " + ids.size() + " highlight(s)");
        });
    }

    /** Selects the annotation's passage in the reader and scrolls to it; orphans have no place to go. */
    public boolean jumpTo(AnnotationItem item) {
        if (item.orphan() || session.store() == null) {
            message.set(item.orphan() ? "This passage is no longer in the article's text" : "");
            return false;
        }
        reader.select(item.start(), item.end());
        return true;
    }

    /** Records an entity correction as one undoable step. */
    public boolean correct(EntityCorrection correction) {
        if (session.store() == null) {
            message.set("Annotations are not open yet");
            return false;
        }
        return run(() -> {
            session.editor().correct(correction);
            message.set(correction.describe());
        });
    }

    /** Imports what was read from a file as one undoable step, and reports on every annotation (call on the FX thread). */
    public Optional<ImportReport> importRead(AnnotationReader.Result read) {
        AnnotationEditor editor = session.editor();
        return editor == null ? Optional.empty() : Optional.of(editor.importRead(read));
    }

    /** Writes the changes still waiting to be saved, here and now: call when the window closes. */
    public List<String> flushSaves() {
        return session.flushSaves();
    }

    public boolean undo() {
        Optional<String> what = history.undoDescription();
        boolean done = runQuietly(history::undo);
        what.filter(w -> done).ifPresent(w -> message.set("Undone: " + w));
        return done;
    }

    public boolean redo() {
        Optional<String> what = history.redoDescription();
        boolean done = runQuietly(history::redo);
        what.filter(w -> done).ifPresent(w -> message.set("Redone: " + w));
        return done;
    }

    // ---- helpers

    private boolean canChange(TextRange range) {
        if (session.store() == null) {
            message.set(reader.getArticle() == null ? "Open an article first" : "Annotations are not available for this article");
            return false;
        }
        if (range == null || range.isEmpty()) {
            message.set("Select some text first");
            return false;
        }
        return true;
    }

    /** Runs a change; a save failure is shown as the notice and the change is not kept (the store rolls back). */
    private boolean run(Runnable change) {
        try {
            change.run();
            return true;
        } catch (AnnotationStorageException e) {
            session.notice().show(e.getMessage());
            return false;
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    private boolean runQuietly(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (AnnotationStorageException e) {
            session.notice().show(e.getMessage());
            return false;
        }
    }

    /** For tests and views that need a label per colour: "Yellow". */
    public static String label(HighlightColour c) {
        String id = c.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
