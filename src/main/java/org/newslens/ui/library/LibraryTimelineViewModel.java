package org.newslens.ui.library;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.index.ArticleIndex;
import org.newslens.library.LibraryTimeline;
import org.newslens.nlp.Entity;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.state.ArticleJump;
import org.newslens.ui.task.Activity;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;

/**
 * The Timeline pane over the whole library: every placed date of the library in time order, or only those in
 * sentences naming an entity; computed on a worker reading the library one article at a time. Choosing a date
 * opens its article with the date selected.
 */
public final class LibraryTimelineViewModel {
    /** The most dates listed: the earliest ones; the count says how many more there are. */
    public static final int MAX_DATES = 2_000;

    private final ArticleIndex index;
    private final AppState state;
    private final Activity building;
    private final ArticleJump jump;
    private final StringProperty entity = new SimpleStringProperty("");
    private final ObservableList<LibraryTimeline.Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<LibraryTimeline.Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private boolean stale = true;

    public LibraryTimelineViewModel(ArticleIndex index, TaskExecutor executor, AppState state, Consumer<Path> opener) {
        this.index = index;
        this.state = state;
        this.building = new Activity(executor);
        this.jump = new ArticleJump(state.reader(), opener);
        state.on(AppEvent.LibraryChanged.class, e -> stale = true);
        state.on(AppEvent.IndexChanged.class, e -> stale = true);
    }

    /** The entity whose dates are listed (a name or alias), blank for all. */
    public StringProperty entityProperty() {
        return entity;
    }

    public ObservableList<LibraryTimeline.Entry> entries() {
        return entriesView;
    }

    /** Whether the dates are being listed, and "12 dates in 5 articles naming “Kandor”", "Reading the library…". */
    public Activity activity() {
        return building;
    }

    /** The pane came into view: lists the library's dates if the library changed since they were listed. */
    public void shown() {
        if (stale) {
            refresh();
        }
    }

    /** Lists the dates for the entity typed, in the background. */
    public void refresh() {
        stale = false;
        String name = entity.get() == null ? "" : entity.get().strip();
        building.say("Reading the library…");
        building.run(BackgroundTask.of("Library timeline", p -> new LibraryTimeline(index).build(name, MAX_DATES, p::isCancelled))
                .onSuccess(r -> {
                    entries.setAll(r.entries());
                    building.say(describe(r, name));
                })
                .onFailure(building.failure("The library cannot be read")));
    }

    /** The entity followed in the Entities pane, if any, becomes the filter. */
    public void useActiveEntity() {
        Entity active = state.activeEntityProperty().get();
        if (active != null) {
            entity.set(active.name());
            refresh();
        }
    }

    static String describe(LibraryTimeline.Result r, String name) {
        String dates = r.found() == 1 ? "1 date" : r.found() + " dates";
        String articles = r.articles() == 1 ? "1 article" : r.articles() + " articles";
        String about = name.isEmpty() ? "" : " naming “" + name + "”";
        String cut = r.found() > r.entries().size() ? " (the earliest " + r.entries().size() + " listed)" : "";
        return r.found() == 0 ? "No dates" + (name.isEmpty() ? " in the library." : " in sentences naming “" + name + "”.")
                : dates + " in " + articles + about + cut;
    }

    /** Opens the date's article with the date selected (at once when it is on screen). */
    public void open(LibraryTimeline.Entry e) {
        if (e != null) {
            jump.to(e.file(), e.contentHash(), e.time().start(), e.time().end());
        }
    }
}
