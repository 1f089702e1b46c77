package org.newslens.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import java.io.IOException;
import java.util.Map;
import org.newslens.app.AppHome;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.IndexedArticle;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LibraryProgress;
import org.newslens.index.LibraryReport;
import org.newslens.index.PendingAdditions;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskHandle;

/**
 * The library: the indexed articles with their titles and top entities, and File ▸ Add folder — indexing a
 * folder in the background with progress ("12 of 40 files"), cancel, and a summary of what changed
 * ("3 new, 1 changed, 36 unchanged") and what could not be read.
 */
public final class LibraryViewModel {
    private final ArticleIndex index;
    private final LibraryIndexer indexer;
    private final TaskExecutor executor;
    private final Consumer<Path> opener;

    private final ObservableList<IndexedArticle> articles = FXCollections.observableArrayList();
    private final ObservableList<LibraryReport.Problem> problems = FXCollections.observableArrayList();
    // One read-only view of each list: a view made per call would be collected with the listeners put on it.
    private final ObservableList<IndexedArticle> articlesView = FXCollections.unmodifiableObservableList(articles);
    private final ObservableList<LibraryReport.Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Latest listing;

    private final AppState state;
    private final ReadingStates readingStates;
    private final LibraryList list;

    /** As below, with the reading states of the data directory {@code NEWSLENS_HOME} (or the platform's) names. */
    public LibraryViewModel(ArticleIndex index, LibraryIndexer indexer, TaskExecutor executor, AppState state,
                            Consumer<Path> opener) {
        this(index, indexer, readingStatesOf(AppHome.fromEnvironment()), executor, state, opener);
    }

    /**
     * Lists the library again on {@link AppEvent.IndexChanged} and {@link AppEvent.LibraryChanged} while shown; publishes {@link AppEvent.LibraryChanged}
     * after a folder run; marks an article read when the reader shows it.
     *
     * @param opener opens an article in the reader (e.g. {@code MainViewModel::open})
     */
    public LibraryViewModel(ArticleIndex index, LibraryIndexer indexer, ReadingStates readingStates, TaskExecutor executor,
                            AppState state, Consumer<Path> opener) {
        this.state = state;
        this.readingStates = readingStates;
        this.list = new LibraryList(readingStates, executor);
        state.articleProperty().addListener((obs, was, shown) -> markRead(shown));
        this.index = index;
        this.indexer = indexer;
        this.executor = executor;
        this.opener = opener;
        this.listing = new Latest(executor);
        state.on(AppEvent.IndexChanged.class, e -> refreshIfShown());
        // also when another feature changed the library (the damaged index rebuilt at start-up, a merge of entities)
        state.on(AppEvent.LibraryChanged.class, e -> refreshIfShown());
    }

    /** The reading states of the data directory; a folder that cannot be made is reported when a state is saved. */
    public static ReadingStates readingStatesOf(AppHome home) {
        try {
            return ReadingStates.in(home);
        } catch (IOException e) {
            return new ReadingStates(home.root().resolve(ReadingStates.DIRECTORY).resolve(ReadingStates.FILE), java.time.Clock.systemUTC());
        }
    }

    /** The list as the pane shows it: copies grouped, reading states, filter and order. */
    public LibraryList list() {
        return list;
    }

    /** Opening an article marks it read (not an undoable step: the reader did it by reading). */
    private void markRead(Article shown) {
        if (shown == null) {
            return;
        }
        String hash = shown.contentHash();
        BackgroundTask.of("Marking the article read", p -> {
            if (readingStates.get(hash) == ReadingState.UNREAD) {
                readingStates.set(hash, ReadingState.READ);
            }
            return readingStates.get(hash);
        }).onSuccess(now -> list.stateChanged(hash, now))
                .onFailure(error -> summary.set("The article’s reading state cannot be saved: " + Errors.message(error)))
                .executeWith(executor);
    }

    /** Every indexed article (copies of a text each count), by title. */
    public ObservableList<IndexedArticle> articles() {
        return articlesView;
    }

    /** Files the last folder could not (fully) index, with why. */
    public ObservableList<LibraryReport.Problem> problems() {
        return problemsView;
    }

    /** True while a folder is being added. */
    public ReadOnlyBooleanProperty addingProperty() {
        return adding.getReadOnlyProperty();
    }

    /** Whether the library pane is showing (its list is kept fresh only then). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public void setShown(boolean show) {
        shown.set(show);
        refreshIfShown();
    }

    private void refreshIfShown() {
        if (shown.get()) {
            refresh();
        }
    }

    /** 0..1 while adding (-1 while the folder is being listed). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "12 of 40 files" while adding. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What the last folder did: "Added “news”: 3 new, 1 changed, 36 unchanged." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Re-reads the list of indexed articles in the background. */
    public void refresh() {
        listing.run(BackgroundTask.of("Reading the library", p -> {
                    List<IndexedArticle> all = index.articles();
                    return new Listing(all, LibraryEntry.group(all), readingStates.snapshot());
                })
                .onSuccess(read -> {
                    articles.setAll(read.articles());
                    list.show(read.entries(), read.states());
                })
                .onFailure(error -> summary.set("The library cannot be read: " + error.getMessage())));
    }

    /** Indexes every article under {@code folder} in the background; ignored while another folder is being added. */
    public void addFolder(Path folder) {
        if (!adding.get()) {
            shown.set(true);
            add(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(),
                    (progress, cancelled) -> indexer.addFolder(folder, progress, cancelled));
        }
    }

    /**
     * Adds in the background what a command line asked to add while this window held the index (nothing when
     * nothing waits); tried again at the next start if a folder is being added now.
     */
    public void addPending(PendingAdditions pending) {
        BackgroundTask.of("Looking for articles a command line asked to add", p -> pending.any()).onSuccess(waiting -> {
            if (waiting && !adding.get()) {
                add("the command line’s articles", (progress, cancelled) -> pending.addTo(indexer, progress, cancelled));
            }
        }).executeWith(executor);
    }

    /** What a run adds: the articles of a folder, or those a command line asked for. */
    private interface Addition {
        LibraryReport run(LibraryProgress progress, BooleanSupplier cancelled) throws IOException;
    }

    private void add(String name, Addition addition) {
        cancelRequested.set(false);
        problems.clear();
        summary.set("");
        adding.set(true);
        progress.set(-1);
        progressText.set("Looking for articles in “" + name + "”…");
        AtomicInteger looked = new AtomicInteger();
        TaskHandle task = BackgroundTask.of("Adding “" + name + "” to the library", p -> addition.run(
                (done, total, current) -> {
                    if (current != null) {
                        looked.incrementAndGet();
                    }
                    p.update(total == 0 ? 1 : (double) done / total, done + " of " + total + (total == 1 ? " file" : " files"));
                },
                () -> cancelRequested.get() || p.isCancelled()))
                .onSuccess(report -> finished(name, report, looked.get()))
                .onFailure(error -> failed(name, error))
                .executeWith(executor);
        if (!task.finished()) {
            progress.bind(task.progressProperty());
            progressText.bind(task.messageProperty());
        }
    }

    /** Stops adding after the file being indexed; what was indexed so far stays. */
    public void cancel() {
        if (adding.get()) {
            cancelRequested.set(true);
            progressText.unbind();
            progressText.set("Cancelling…");
        }
    }

    private void finished(String name, LibraryReport report, int looked) {
        stopProgress();
        problems.setAll(report.problems());
        summary.set(describe(name, report, looked));
        publishThenRefresh();
    }

    /** Tells the others; the event lists the library again while the pane is shown, else it is listed now. */
    private void publishThenRefresh() {
        state.publish(new AppEvent.LibraryChanged());
        if (!shown.get()) {
            refresh();
        }
    }

    private void failed(String name, Throwable error) {
        stopProgress();
        String why = Errors.message(error);
        summary.set("Could not add “" + name + "”: " + why);
        publishThenRefresh();
    }

    private void stopProgress() {
        progress.unbind();
        progressText.unbind();
        progress.set(-1);
        progressText.set("");
        adding.set(false);
    }

    static String describe(String name, LibraryReport report, int looked) {
        List<String> counts = new ArrayList<>();
        counts.add(report.added() + " new");
        counts.add(report.replaced() + " changed");
        counts.add(report.unchanged() + " unchanged");
        StringBuilder out = new StringBuilder();
        if (report.cancelled()) {
            out.append("Stopped adding “").append(name).append("” after ").append(looked).append(" of ")
                    .append(report.files()).append(" files: ");
        } else if (report.files() == 0) {
            return "“" + name + "” has no articles (.txt, .md, .html, .pdf, .epub, .docx, .eml files).";
        } else {
            out.append("Added “").append(name).append("”: ");
        }
        out.append(String.join(", ", counts)).append('.');
        int bad = report.problems().size();
        if (bad > 0) {
            out.append(' ').append(bad).append(bad == 1 ? " file" : " files").append(" could not be fully read.");
        }
        return out.toString();
    }

    /** Entities a list of articles shows: up to four people, places and groups (figures and dates say little there). */
    public static List<String> topNames(IndexedArticle article) {
        return topNames(article.topEntities());
    }

    /** As {@link #topNames(IndexedArticle)}, of an article's most mentioned entities. */
    public static List<String> topNames(List<EntitySummary> topEntities) {
        // a name the recogniser put in two categories (Facebook the group and the place) is said once
        java.util.Set<String> said = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        return topEntities.stream()
                .filter(e -> e.label() == EntityLabel.PERSON || e.label() == EntityLabel.PLACE || e.label() == EntityLabel.GROUP)
                .map(EntitySummary::name)
                .filter(said::add)
                .limit(4)
                .toList();
    }

    private record Listing(List<IndexedArticle> articles, List<LibraryEntry> entries, Map<String, ReadingState> states) {
    }

    /** Opens a text of the library in the reader (its first copy). */
    public void open(LibraryEntry entry) {
        if (entry != null && entry.file() != null) {
            opener.accept(entry.file());
        }
    }

    /** Opens an indexed article in the reader. */
    public void open(IndexedArticle article) {
        if (article != null && article.file() != null) {
            opener.accept(article.file());
        }
    }
}
