package org.newslens.ui.library;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.app.Errors;
import org.newslens.app.command.Command;
import org.newslens.app.command.CommandHistory;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import org.newslens.library.SetReadingStates;
import org.newslens.ui.annotations.HistoryState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * The Library's list: each text once (copies grouped), with its reading state; filtered by state ("What's left")
 * and typed words, ordered by title, date (with month headings), source, mentions or state. Marking articles
 * unread, read or reviewed is an undoable step of the Library's own history (an article opened in the reader
 * clears the reader's history, not this one). Marks are saved at once (one small atomic write, on a worker).
 */
public final class LibraryList {
    private static final String NO_ARTICLES = "No articles yet. Add a folder, or open an article.";
    private final ReadingStates store;
    /** The writes of the states file, in the order asked; and what the list says once the step under way is written. */
    private final TaskQueue writes;
    private String done;
    private final CommandHistory history = new CommandHistory();
    private final HistoryState historyState = new HistoryState(history);
    private List<LibraryEntry> entries = List.of();
    private final Map<String, ReadingState> states = new HashMap<>();
    private final ObservableList<LibraryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LibraryRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<LibraryFilter> filter = new SimpleObjectProperty<>(LibraryFilter.ALL);
    private final ObjectProperty<LibrarySort> sort = new SimpleObjectProperty<>(LibrarySort.TITLE);
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(NO_ARTICLES);

    LibraryList(ReadingStates store, TaskExecutor executor) {
        this.store = store;
        this.writes = TaskQueue.inOrder(executor);
        filter.addListener(obs -> rebuild());
        sort.addListener(obs -> rebuild());
        query.addListener(obs -> rebuild());
    }

    /** What the list shows. */
    public ObservableList<LibraryRow> rows() {
        return rowsView;
    }

    public ObjectProperty<LibraryFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<LibrarySort> sortProperty() {
        return sort;
    }

    /** Words that a listed article's title, names, source or path must contain. */
    public StringProperty queryProperty() {
        return query;
    }

    /** "12 articles · 7 left (5 unread)". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What the last mark, undo or redo did, or why it failed. */
    /** Why the list shows no row: no articles yet, none has the words typed, or none in the reading state chosen. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the Library's own undo and redo can run, and what they would do. */
    public HistoryState history() {
        return historyState;
    }

    /** The texts of the library (copies grouped), as last read. */
    public List<LibraryEntry> entries() {
        return entries;
    }

    public ReadingState stateOf(String contentHash) {
        return states.getOrDefault(contentHash, ReadingState.UNREAD);
    }

    /** Shows a fresh reading of the library and of the states file. */
    void show(List<LibraryEntry> read, Map<String, ReadingState> stored) {
        entries = List.copyOf(read);
        states.clear();
        states.putAll(stored);
        rebuild();
    }

    /** An article was marked outside the list's history (opened in the reader): show its new state. */
    void stateChanged(String contentHash, ReadingState state) {
        states.put(contentHash, state);
        rebuild();
    }

    /**
     * Marks the entries' texts with {@code state}, as one undoable step; false when nothing changed. The states file is
     * written on a worker; the list shows what the file holds once written (or why it could not be).
     */
    public boolean mark(List<LibraryEntry> marked, ReadingState state) {
        List<String> hashes = marked.stream().map(LibraryEntry::contentHash).filter(h -> stateOf(h) != state).distinct().toList();
        if (hashes.isEmpty()) {
            return false;
        }
        SetReadingStates command = new SetReadingStates(store, hashes, state);
        done = command.description();
        history.execute(Command.of(command.description(), () -> write(command::execute), () -> write(command::undo)));
        return true;
    }

    public boolean undo() {
        Optional<String> what = history.undoDescription();
        done = what.map(w -> "Undone: " + w).orElse(null);
        return history.undo();
    }

    public boolean redo() {
        Optional<String> what = history.redoDescription();
        done = what.map(w -> "Redone: " + w).orElse(null);
        return history.redo();
    }

    /** Runs a step's write on a worker after the writes before it (a mark and its undo must reach the file in order). */
    private void write(Runnable step) {
        String says = done;
        writes.offer(BackgroundTask.of("Saving the reading states", progress -> {
            String problem = null;
            try {
                step.run();
            } catch (UncheckedIOException e) {
                problem = "Could not save the reading state: " + Errors.message(e.getCause());
            }
            return new Written(store.snapshot(), problem == null ? says : problem);
        }).onSuccess(written -> {
            message.set(written.message());
            states.clear();
            states.putAll(written.states());
            rebuild();
        }));
    }

    private record Written(Map<String, ReadingState> states, String message) {
    }

    private void rebuild() {
        rows.setAll(LibraryRows.of(entries, states, filter.get(), sort.get(), query.get()));
        int unread = 0;
        int left = 0;
        for (LibraryEntry e : entries) {
            ReadingState s = stateOf(e.contentHash());
            unread += s == ReadingState.UNREAD ? 1 : 0;
            left += s.isLeft() ? 1 : 0;
        }
        List<String> parts = new ArrayList<>();
        parts.add(entries.size() == 1 ? "1 article" : entries.size() + " articles");
        if (!entries.isEmpty()) {
            parts.add(left + " left (" + unread + " unread)");
        }
        counts.set(String.join(" · ", parts));
        String words = query.get() == null ? "" : query.get().strip();
        emptyText.set(entries.isEmpty() ? NO_ARTICLES
                : !words.isEmpty() ? "No title, main name, source or folder has \u201c" + words + "\u201d"
                        + (filter.get() == LibraryFilter.ALL ? "" : " among " + filter.get().toString().toLowerCase(Locale.ROOT))
                        + ". Search finds it anywhere in the articles\u2019 text."
                : "No article is " + filter.get().toString().toLowerCase(Locale.ROOT).replace("what\u2019s left", "left: all are reviewed") + ".");
    }
}
