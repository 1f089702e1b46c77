package org.newslens.ui.entitypage;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.annotation.AnnotationCommands;
import org.newslens.annotation.LibraryCorrection;
import org.newslens.annotation.LibraryCorrections;
import org.newslens.app.command.Command;
import org.newslens.app.command.CommandHistory;
import org.newslens.library.EntityEdits;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import org.newslens.ui.annotations.HistoryState;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.state.ArticleJump;
import org.newslens.ui.task.Activity;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;

/**
 * The Entity pane: one entity's page across the library, computed on a worker, with back and forward between
 * pages, jumps to an article at a mention, and the library-wide merge, rename and split as undoable commands
 * (each followed by the affected articles indexed again on a worker).
 */
public final class EntityPageViewModel {
    /** How many articles a page lists at first, and how many more each "Show more" adds (newest first). */
    public static final int ARTICLES_AT_A_TIME = 50;

    private final EntityPages pages;
    private final LibraryCorrections corrections;
    private final EntityEdits edits;
    private final AppState state;
    private final Clock clock;
    private final Activity activity;
    private final ArticleJump articleJump;
    private final CommandHistory history = new CommandHistory();
    private final HistoryState historyState = new HistoryState(history);
    private final ReadOnlyObjectWrapper<EntityPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
    private final PageTrail trail = new PageTrail();

    /**
     * @param pages       builds pages (its index is used on workers only)
     * @param corrections the library-wide corrections (a small file, saved on the FX thread like other annotation edits)
     * @param edits       finds and indexes again the articles a correction touches (on workers only)
     * @param opener      opens an article of the library in the reader
     */
    public EntityPageViewModel(EntityPages pages, LibraryCorrections corrections, EntityEdits edits, TaskExecutor executor,
                               AppState state, Consumer<Path> opener, Clock clock) {
        this.pages = pages;
        this.corrections = corrections;
        this.edits = edits;
        this.state = state;
        this.clock = clock;
        this.activity = new Activity(executor);
        this.articleJump = new ArticleJump(state.reader(), opener);
        state.on(AppEvent.IndexChanged.class, e -> reload());
    }

    public ReadOnlyObjectProperty<EntityPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The name of the page shown or being opened. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** Whether a page is being built, and what the last action did or why it failed. */
    public Activity activity() {
        return activity;
    }

    /** Back and forward between the pages opened here. */
    public PageTrail trail() {
        return trail;
    }

    /** Undo and redo of the library-wide corrections made here. */
    public HistoryState history() {
        return historyState;
    }

    /** Opens the page of the entity called {@code entityName} (a name or an alias); the current one goes on the back list. */
    public void open(String entityName) {
        if (entityName == null || entityName.isBlank()) {
            return;
        }
        String wanted = entityName.strip();
        if (name.get() != null && !name.get().equalsIgnoreCase(wanted)) {
            trail.leave(name.get());
        }
        load(wanted);
    }

    public void back() {
        trail.back(name.get()).ifPresent(this::load);
    }

    public void forward() {
        trail.forward(name.get()).ifPresent(this::load);
    }

    /** Builds the shown page again (the library changed). */
    public void reload() {
        if (name.get() != null) {
            load(name.get());
        }
    }

    private void load(String entityName) {
        name.set(entityName);
        activity.run(BackgroundTask.of("Entity page of " + entityName, progress -> pages.page(entityName, 0, ARTICLES_AT_A_TIME))
                .onSuccess(page::set)
                .onFailure(activity.failure("The page of “" + entityName + "” cannot be built")));
    }

    /** Lists the next {@link #ARTICLES_AT_A_TIME} articles of the page shown (with their quotes and figures) after its own. */
    public void showMore() {
        EntityPage shown = page.get();
        if (shown == null || !shown.hasMore()) {
            return;
        }
        String entityName = name.get();
        int from = shown.from() + shown.articles().size();
        activity.run(BackgroundTask.of("More of the page of " + entityName, progress -> pages.page(entityName, from, ARTICLES_AT_A_TIME))
                .onSuccess(next -> {
                    if (page.get() == shown) {
                        page.set(shown.followedBy(next));
                    }
                })
                .onFailure(activity.failure("More of the page of “" + entityName + "” cannot be read")));
    }

    /** Opens an article of the page at its first mention of the entity. */
    public void openArticle(EntityPage.PageArticle article) {
        EntityPage.FirstMention first = article.firstMention();
        jump(article.file(), article.sha256(), first == null ? 0 : first.start(), first == null ? 0 : first.end());
    }

    /** Shows {@code [start, end)} of the article {@code file} (text {@code sha256}) in the reader, opening it first if need be. */
    public void jump(String file, String sha256, int start, int end) {
        articleJump.to(file == null ? null : Path.of(file), sha256, start, end);
    }

    /** Merges the shown entity into {@code other} across the library. */
    public void mergeInto(String other) {
        correct(name -> LibraryCorrection.merge(name, other, clock.instant()));
    }

    public void rename(String newName) {
        correct(name -> LibraryCorrection.rename(name, newName, clock.instant()));
    }

    /** Splits the mentions written {@code alias} off the shown entity. */
    public void split(String alias) {
        correct(name -> LibraryCorrection.split(name, alias, clock.instant()));
    }

    public void undo() {
        runQuietly(history::undo);
    }

    public void redo() {
        runQuietly(history::redo);
    }

    private interface Making {
        LibraryCorrection of(String entityName);
    }

    private void correct(Making making) {
        EntityPage shown = page.get();
        if (shown == null || shown.name() == null) {
            activity.say("Open the page of an entity first");
            return;
        }
        LibraryCorrection c;
        try {
            c = making.of(shown.name());
        } catch (IllegalArgumentException e) {
            activity.say(e.getMessage());
            return;
        }
        Command saving = AnnotationCommands.correctLibrary(corrections, c);
        runQuietly(() -> history.execute(Command.of(saving.description(), () -> {
            saving.execute();
            reindex(c, c.describe(), c.resultName());
        }, () -> {
            saving.undo();
            reindex(c, "Undone: " + c.describe(), c.entity());
        })));
    }

    private void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (UncheckedIOException e) {
            activity.say(e.getMessage());
        }
    }

    /** After a correction (or its undo) is saved: the articles it touches indexed again on a worker, then {@code show}'s page. */
    private void reindex(LibraryCorrection correction, String what, String show) {
        activity.say(what + " — indexing the articles again…");
        activity.start(BackgroundTask.of("Applying: " + what, progress -> {
                    List<Path> files = edits.affected(correction);
                    return edits.reindex(files, (done, total, current) -> progress.update(total == 0 ? 1 : (double) done / total,
                            done + " of " + total + " articles"), () -> false);
                })
                .onSuccess(report -> {
                    activity.say(what + " — " + (report.added() + report.replaced()) + " of " + report.files()
                            + (report.files() == 1 ? " article" : " articles") + " indexed again");
                    state.publish(new AppEvent.CorrectionsChanged());
                    state.publish(new AppEvent.LibraryChanged());
                    open(show);
                })
                .onFailure(activity.failure(what + " — the articles could not be indexed again")));
    }
}
