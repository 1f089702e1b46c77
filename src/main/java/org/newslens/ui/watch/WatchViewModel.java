package org.newslens.ui.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.app.Errors;
import org.newslens.app.command.Command;
import org.newslens.app.command.CommandHistory;
import org.newslens.index.ArticleIndex;
import org.newslens.library.FirstRow;
import org.newslens.library.WatchInputException;
import org.newslens.library.WatchList;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchNames;
import org.newslens.library.WatchResult;
import org.newslens.library.WatchStore;
import org.newslens.library.Watcher;
import org.newslens.ui.annotations.HistoryState;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.Activity;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * The watch lists in the window: each list with its new matches ("3 new matches"), run again in the background
 * whenever the library changes (a folder added, an article indexed); the selected list's matches, new ones first;
 * add (a query, pasted names or a names file), rename, remove, mark seen — each an undoable command. Every change
 * is saved through the {@link WatchStore} on a worker, one at a time in order, so a command line changing the
 * lists meanwhile loses nothing.
 */
public final class WatchViewModel {
    private final WatchStore store;
    private final ArticleIndex index;
    private final Consumer<Path> opener;
    private final Consumer<String> showQuery;
    private final Activity runs;

    private final ObservableList<WatchResult> lists = FXCollections.observableArrayList();
    private final ObservableList<WatchResult> listsView = FXCollections.unmodifiableObservableList(lists);
    private final ObservableList<WatchMatch> matches = FXCollections.observableArrayList();
    private final ObservableList<WatchMatch> matchesView = FXCollections.unmodifiableObservableList(matches);
    private final ReadOnlyObjectWrapper<WatchResult> selected = new ReadOnlyObjectWrapper<>();
    private final NewMatches newMatches = new NewMatches();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UnsureHeader> unsureHeader = new ReadOnlyObjectWrapper<>();
    private final CommandHistory history = new CommandHistory();
    private final HistoryState historyState = new HistoryState(history);
    private final TaskQueue writes;

    /**
     * @param opener    opens an article in the reader
     * @param showQuery searches the article on screen for a query (lights a match's hits up)
     */
    public WatchViewModel(WatchStore store, ArticleIndex index, TaskExecutor executor, AppState state, Consumer<Path> opener,
                          Consumer<String> showQuery) {
        this.store = store;
        this.index = index;
        this.opener = opener;
        this.showQuery = showQuery;
        this.runs = new Activity(executor);
        this.writes = TaskQueue.inOrder(executor);
        state.on(AppEvent.LibraryChanged.class, e -> refresh());
        state.on(AppEvent.IndexChanged.class, e -> refresh());
    }

    /** Every list with what its last run found, in the order they were made. */
    public ObservableList<WatchResult> lists() {
        return listsView;
    }

    /** The selected list's matches, new ones first, then latest first. */
    public ObservableList<WatchMatch> matches() {
        return matchesView;
    }

    public ReadOnlyObjectProperty<WatchResult> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The new matches over every list: how many, and "3 new matches". */
    public NewMatches newMatches() {
        return newMatches;
    }

    /** Busy while the lists run; its status says why the last change or run failed, in one line ("" when it did not). */
    public Activity activity() {
        return runs;
    }

    /** Whether the last change to the lists can be undone, and its "Undo Mark seen “people”". */
    public HistoryState history() {
        return historyState;
    }

    /** Undoes the last change to the lists (add, rename, remove, mark seen). */
    public void undo() {
        history.undo();
    }

    /** Runs every list over the library again, in the background (the latest run wins). */
    public void refresh() {
        runs.run(BackgroundTask.of("Running the watch lists", progress -> new Watcher(index).runAll(store.lists()))
                .onSuccess(this::show)
                .onFailure(this::failed));
    }

    private void show(List<WatchResult> results) {
        String name = selected.get() == null ? null : selected.get().list().name();
        lists.setAll(results);
        newMatches.count(results);
        select(results.stream().filter(r -> r.list().name().equals(name)).findFirst()
                .orElse(results.isEmpty() ? null : results.get(0)));
    }

    /** Shows this list's matches. */
    public void select(WatchResult result) {
        selected.set(result);
        matches.setAll(result == null ? List.of() : result.matches());
    }

    /** Saves a list watching a query; false (and {@link #activity()} says why) when it cannot be made. */
    public boolean addQuery(String name, String query) {
        if (query == null || query.isBlank()) {
            runs.say("Type a query to watch");
            return false;
        }
        return save(() -> WatchList.ofQuery(name, query.strip(), Instant.now()));
    }

    /** Saves a list watching pasted names, one per line. */
    public boolean addNames(String name, String pasted) {
        return save(() -> WatchList.ofNames(name, WatchNames.parse(pasted == null ? "" : pasted), Instant.now()));
    }

    /**
     * Saves a list watching the names in a file (one per line; a CSV's first column); read on a worker. A first row
     * sure to head the column is left out (and {@link #noteProperty()} says so); one that may be a header or a name is
     * asked about ({@link #unsureHeaderProperty()}).
     */
    public void importNames(String name, Path file) {
        importNames(name, file, FirstRow.AUTO);
    }

    private void importNames(String name, Path file, FirstRow firstRow) {
        runs.say("");
        note.set("");
        runs.start(BackgroundTask.of("Importing watch names", progress -> WatchNames.read(file, firstRow))
                .onSuccess(read -> {
                    if (read.header() != null && firstRow == FirstRow.AUTO) {
                        note.set("The first row \u201c" + read.header() + "\u201d of " + file.getFileName()
                                + " was taken for a column header, not a name");
                    }
                    save(() -> WatchList.ofNames(name, read.names(), Instant.now()));
                })
                .onFailure(e -> {
                    if (e instanceof WatchNames.UnsureHeaderException unsure) {
                        unsureHeader.set(new UnsureHeader(name, file, unsure.firstRow()));
                    } else {
                        failed(e);
                    }
                }));
    }

    /** A names file being imported whose first row may be a column header or a name; null when none is. */
    public ReadOnlyObjectProperty<UnsureHeader> unsureHeaderProperty() {
        return unsureHeader.getReadOnlyProperty();
    }

    /** Goes on with the unsure import, its first row taken as {@code answer} says ({@code HEADER} or {@code NAME}); null drops it. */
    public void answerHeader(FirstRow answer) {
        UnsureHeader asked = unsureHeader.get();
        unsureHeader.set(null);
        if (asked != null && answer != null) {
            importNames(asked.listName(), asked.file(), answer);
        }
    }

    /** What the last import left out ("The first row “name” … was taken for a column header"), or "". */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The list being made from {@code file}, whose first row {@code firstRow} may head the column. */
    public record UnsureHeader(String listName, Path file, String firstRow) {
    }

    private boolean save(ListMaker maker) {
        WatchList list;
        try {
            list = maker.make();
        } catch (WatchInputException e) {
            runs.say(e.getMessage());
            return false;
        }
        validateThenAdd(list);
        return true;
    }

    /** Runs the list once on a worker, so a query the parser refuses is refused before it is saved; then saves it, undoably. */
    private void validateThenAdd(WatchList list) {
        runs.say("");
        runs.start(BackgroundTask.run("Checking a watch list", progress -> new Watcher(index).run(list))
                .onSuccess(nothing -> perform("New watch list \u201c" + list.name() + "\u201d",
                        () -> store.add(list), () -> store.remove(list.name())))
                .onFailure(this::failed));
    }

    public void rename(WatchResult result, String newName) {
        String old = result.list().name();
        perform("Rename \u201c" + old + "\u201d", () -> store.rename(old, newName), () -> store.rename(newName.strip(), old));
    }

    public void remove(WatchResult result) {
        WatchList list = result.list();
        int position = lists.indexOf(result);
        perform("Remove \u201c" + list.name() + "\u201d", () -> store.remove(list.name()), () -> store.restore(list, position));
    }

    /** Marks the list's new matches seen: they no longer count as new. */
    public void markSeen(WatchResult result) {
        String name = result.list().name();
        List<String> hashes = result.newMatches().stream().map(WatchMatch::contentHash).toList();
        perform("Mark seen \u201c" + name + "\u201d", () -> store.markSeen(name, hashes), () -> store.unmarkSeen(name, hashes));
    }

    /** One undoable change of the lists: done (and undone) by a store write on a worker, in order. */
    private void perform(String description, StoreChange doIt, StoreChange undoIt) {
        history.execute(Command.of(description, () -> write(description, doIt), () -> write("Undo " + description, undoIt)));
    }

    /** Opens a match of the selected list in the reader with its hits lit up; a new match is marked seen. */
    public void open(WatchMatch match) {
        if (selected.get() != null) {
            open(selected.get(), match);
        }
    }

    /**
     * Opens a match of {@code result}'s list in the reader with the list's hits in it lit up. A new match is then
     * seen: marked so (one undoable step, saved like the other marks), so it no longer counts as new.
     */
    public void open(WatchResult result, WatchMatch match) {
        if (match.file() == null) {
            return;
        }
        opener.accept(match.file());
        showQuery.accept(result.list().searchFor(match.matched()));
        if (match.isNew()) {
            String name = result.list().name();
            List<String> hash = List.of(match.contentHash());
            perform("Mark seen \u201c" + match.title() + "\u201d", () -> store.markSeen(name, hash), () -> store.unmarkSeen(name, hash));
        }
    }

    private void failed(Throwable e) {
        runs.say(Errors.message(e));
    }

    /** Store writes run one at a time in the order asked (an undo right after its change must come after it). */
    private void write(String title, StoreChange change) {
        runs.say("");
        writes.offer(BackgroundTask.run(title, progress -> change.apply())
                .onSuccess(nothing -> refresh())
                .onFailure(this::failed));
    }

    private interface StoreChange {
        void apply() throws IOException;
    }

    private interface ListMaker {
        WatchList make();
    }
}
