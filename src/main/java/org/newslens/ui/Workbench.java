package org.newslens.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleIndex;
import org.newslens.index.IndexException;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.PendingAdditions;
import org.newslens.ui.state.AppEvent;
import org.newslens.index.IndexRecovery;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.analysis.AnalysisService;
import org.newslens.ui.analysis.ArticleAnalysisViewModel;
import org.newslens.ui.analysis.FiguresView;
import org.newslens.ui.analysis.FiguresViewModel;
import org.newslens.ui.analysis.QuotesView;
import org.newslens.ui.analysis.QuotesViewModel;
import org.newslens.ui.analysis.TimelineView;
import org.newslens.ui.analysis.TimelineViewModel;
import org.newslens.ui.entities.EntitiesView;
import org.newslens.ui.entities.EntitiesViewModel;
import org.newslens.export.Exporters;
import org.newslens.export.IndexQueryHits;
import org.newslens.export.PassageFinder;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.annotations.AnnotationsFeature;
import org.newslens.ui.annotations.AnnotationsViewModel;
import org.newslens.ui.annotations.CorrectionsViewModel;
import org.newslens.ui.export.ExportFeature;
import org.newslens.ui.export.ExportViewModel;
import org.newslens.ui.graph.GraphFeature;
import org.newslens.ui.library.LibraryTimelineView;
import org.newslens.ui.library.LibraryTimelineViewModel;
import org.newslens.ui.library.LibraryViewModel;
import org.newslens.ui.main.MainView;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.search.SearchPanes;
import org.newslens.ui.search.SearchViewModel;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.settings.WindowBounds;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.HoldingExecutor;
import org.newslens.ui.task.OffFxThread;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.watch.WatchFeature;
import org.newslens.ui.entitypage.EntityPageFeature;
import org.newslens.ui.entities.CategoryStyle;
import org.newslens.ui.entities.EntityLookup;
import org.newslens.index.EntitySource;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Composes the window from its parts by constructor injection. Features (entities, search, annotations)
 * are wired in here so the application and the UI tests get the same window.
 */
public final class Workbench {
    static final double DEFAULT_WIDTH = 1240;
    static final double DEFAULT_HEIGHT = 860;
    /** How long the window waits for a command line (or the window just closed) to let go of the index. */
    static final java.time.Duration INDEX_PATIENCE = java.time.Duration.ofSeconds(15);

    private final AppHome home;
    private final TaskExecutor executor;
    private final HoldingExecutor untilFirstFrame;
    private final ReaderViewModel reader;
    private final AppState state;
    private final MainViewModel viewModel;
    private final MainView view;
    private final EntitiesViewModel entities;
    private static final String ANALYSIS_CSS = Workbench.class.getResource("analysis/analysis.css").toExternalForm();
    private final ArticleAnalysisViewModel analysis;
    private QuotesViewModel quotes;
    private TimelineViewModel timeline;
    private LibraryTimelineViewModel libraryTimeline;
    private FiguresViewModel figures;
    private final AnnotationsViewModel annotations;
    private final CorrectionsViewModel corrections;
    private final AnnotationsFeature notes;
    private final ExportFeature export;
    private final ArticleIndex index;
    private final CompletableFuture<ArticleIndex> openedIndex = new CompletableFuture<>();
    private final OffFxThread guard = new OffFxThread();
    private final SearchViewModel search;
    private final EntitySource indexedEntities;
    private final LibraryViewModel library;
    private final SearchPanes searchPanes;
    private final GraphFeature graphs;
    private final WatchFeature watch;
    private final EntityPageFeature entityPage;

    /** The window with CoreNLP entities cached in the data directory. */
    public Workbench(AppHome home, TaskExecutor executor) {
        this(WindowServices.open(home).join(), executor);
    }

    public Workbench(AppHome home, TaskExecutor executor, EntityService entityService) {
        this(WindowServices.open(home, () -> entityService).join(), executor);
    }

    /** The window over services read from the data folder beforehand ({@link WindowServices#open}). */
    public Workbench(WindowServices services, TaskExecutor workers) {
        this.home = services.home().checkedBy(guard::check);
        // opening the article is the only background work the first frame waits for; the rest waits for the frame
        this.untilFirstFrame = new HoldingExecutor(workers);
        this.executor = untilFirstFrame;
        EntityService entityService = services.entities();
        this.reader = new ReaderViewModel();
        this.reader.setPreparer(ReaderView::render);
        this.state = new AppState(reader);
        this.viewModel = new MainViewModel(services.settingsStore().checkedBy(guard::check), services.settings(), workers,
                new ArticleLoader(), reader);
        ReaderView readerView = new ReaderView(reader);
        this.view = new MainView(viewModel, readerView, new ActionRegistry());
        // the categories' colours and underlines, right after newslens.css where that is
        readerView.addStylesheet(CategoryStyle.STYLESHEET);
        view.getStylesheets().add(CategoryStyle.STYLESHEET);
        this.entities = new EntitiesViewModel(guard.guard(EntityLookup.class, EntityLookup.of(entityService)), executor, state);
        EntitiesView entitiesView = new EntitiesView(entities, readerView);
        Tab entitiesTab = view.addSidePane("Entities", entitiesView);
        showPaneAction(entitiesTab, "_Entities", "E");
        AnnotationStorage annotationStorage = services.annotations().checkedBy(guard::check);
        CommandHistory history = new CommandHistory();
        this.annotations = new AnnotationsViewModel(annotationStorage, state, history, executor, Clock.systemUTC());
        this.corrections = new CorrectionsViewModel(annotations, reader);
        this.notes = new AnnotationsFeature(view, readerView, reader, annotations, corrections, viewModel::setStatus);
        showPaneAction(notes.notesTab(), "_Notes", "N");
        this.export = new ExportFeature(view, new ExportViewModel(annotations, new Exporters(services.codec()),
                new PassageFinder(new IndexQueryHits()), executor, Clock.systemUTC()), AnnotationsFeature.STYLESHEET);
        // entity corrections override recognition in the highlights, the sidebar, the context menu and exports
        entities.setOverlay(annotations::corrected);
        corrections.setAnalysisSource(() -> entities.analysisProperty().get());
        export.viewModel().setEntitySource(() -> entities.analysisProperty().get());
        this.index = guard.guardOpening(ArticleIndex.class, openIndexInBackground(home));
        // search sees the reader's corrections too: the index is fed corrected entities, re-fed on every correction
        EntitySource indexed = guard.guard(EntitySource.class, new CorrectedEntities(entityService::analyse, annotationStorage));
        this.indexedEntities = indexed;
        this.search = new SearchViewModel(index, indexed, executor, state, viewModel::open);
        this.library = new LibraryViewModel(index, new LibraryIndexer(index, new ArticleLoader(), indexed),
                services.readingStates().checkedBy(guard::check), executor, state, viewModel::open);
        this.searchPanes = new SearchPanes(view, search, library);
        this.graphs = new GraphFeature(view, state, index, indexed, executor, viewModel::open, viewModel.darkThemeProperty());
        this.watch = new WatchFeature(view, home, index, executor, state, search, viewModel::open);
        this.entityPage = new EntityPageFeature(view, state, index, indexed, annotationStorage, executor, viewModel::open, entities);
        entityPage.addToReader(notes);
        entityPage.addToEntities(entitiesView);
        entityPage.addToLibrary(searchPanes.libraryView());
        watch.addToLibrary(searchPanes.libraryView());
        graphs.setOnNode(node -> entityPage.open(node.name()));
        this.analysis = new ArticleAnalysisViewModel(services.analysis(), executor, state, entities.analysisProperty(),
                () -> annotations.store().map(AnnotationStore::speakerCorrections).orElse(List.of()));
        addAnalysisPanes(readerView, history);
        view.addHelpMenu();
    }

    /** Quotes, Timeline and Figures: three panes over one analysis of the article on screen. */
    private void addAnalysisPanes(ReaderView readerView, CommandHistory history) {
        readerView.addStylesheet(ANALYSIS_CSS);
        view.getStylesheets().add(ANALYSIS_CSS);
        this.quotes = new QuotesViewModel(analysis, annotations::store, history);
        showPaneAction(view.addSidePane("Quotes", new QuotesView(quotes, viewModel::setStatus, view.actions())), "_Quotes", "Q");
        this.timeline = new TimelineViewModel(analysis);
        this.libraryTimeline = new LibraryTimelineViewModel(index, executor, state, viewModel::open);
        showPaneAction(view.addSidePane("Timeline", () -> LibraryTimelineView.withArticleTimeline(
                new TimelineView(timeline, viewModel::setStatus), libraryTimeline)), "_Timeline", "T");
        this.figures = new FiguresViewModel(analysis);
        showPaneAction(view.addSidePane("Figures", () -> new FiguresView(figures, viewModel::setStatus)), "Fi_gures", "G");
    }

    public QuotesViewModel quotes() {
        return quotes;
    }

    public ArticleAnalysisViewModel analysis() {
        return analysis;
    }

    /** View ▸ {@code title} (Ctrl+Shift+{@code key}): brings that side pane to the front. */
    private void showPaneAction(Tab pane, String title, String key) {
        view.addShowPaneAction(pane, title, key);
    }

    /** Every action of the window (menus, tool bars, context menus and a shortcut list draw from it). */
    public ActionRegistry actions() {
        return view.actions();
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    /** How the Notes pane shows the annotations folder in the desktop's file manager (none in tests). */
    public void setFolderOpener(Consumer<Path> opener) {
        notes.panel().folderOpenerProperty().set(opener);
    }

    public ExportFeature export() {
        return export;
    }

    /** A damaged index was set aside: re-index the articles it held, on a worker, and say so once. */
    private void rebuildDamagedIndex(IndexRecovery recovery) {
        viewModel.setStatus("Rebuilding the damaged search index…");
        BackgroundTask.of("Rebuilding the search index", progress -> new LibraryIndexer(index, new ArticleLoader(), indexedEntities)
                .recover(recovery, (done, total, current) -> progress.update(total == 0 ? 1 : (double) done / total,
                        done + " of " + total + " files"), () -> false))
                .onSuccess(message -> {
                    viewModel.setStatus(message);
                    state.publish(new AppEvent.LibraryChanged());
                }).executeWith(executor);
    }

    /**
     * Opens the search index in the data directory on a worker, so the window paints first; if another NewsLens
     * holds it, one in memory for this session. Workers that need it meanwhile wait for it.
     */
    private Supplier<ArticleIndex> openIndexInBackground(AppHome home) {
        BackgroundTask.of("Opening the search index", progress -> {
            try {
                // the index path itself, not dir(): a plain file in its place is set aside by the index, not an error here
                openedIndex.complete(LuceneArticleIndex.open(home.root().resolve("index"), INDEX_PATIENCE));
                return "";
            } catch (IndexException e) {
                openedIndex.complete(LuceneArticleIndex.inMemory());
                return e.getMessage();
            } catch (RuntimeException | Error e) {
                openedIndex.complete(LuceneArticleIndex.inMemory());
                throw e;
            }
        }).onSuccess(problem -> {
            if (!problem.isEmpty()) {
                viewModel.setStatus("Search index unavailable (" + problem + "); searching this session only.");
            } else if (openedIndex.join() instanceof LuceneArticleIndex lucene) {
                lucene.recovery().ifPresent(this::rebuildDamagedIndex);
                library.addPending(new PendingAdditions(home.root().resolve("index")));
            }
        }).executeWith(executor);
        return openedIndex::join;
    }

    /** Records (and in tests fails) calls of the core services on the FX thread. */
    public OffFxThread fxThreadGuard() {
        return guard;
    }

    /** What the features share: article, selection, active entity, last search, events. */
    public AppState state() {
        return state;
    }

    public AppHome home() {
        return home;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView view() {
        return view;
    }

    public EntitiesViewModel entities() {
        return entities;
    }

    public SearchViewModel search() {
        return search;
    }

    public LibraryViewModel library() {
        return library;
    }

    public EntityPageFeature entityPage() {
        return entityPage;
    }

    public GraphFeature graphs() {
        return graphs;
    }

    /** Writes the settings and annotation changes still waiting to be saved: call before the workers are stopped. */
    public void flushSaves() {
        viewModel.flushSettings();
        annotations.flushSaves().forEach(failure -> System.getLogger(Workbench.class.getName()).log(System.Logger.Level.ERROR, failure));
    }

    /** Saves and closes what the window holds open (the search index); call once, when the window goes. */
    public void close() {
        flushSaves();
        search.dispose();
        // closes the index once it is open, without waiting for a worker still opening it
        openedIndex.thenAccept(ArticleIndex::close);
    }

    /** Shows the window where it was last time, and opens the startup article. */
    public void show(Stage stage, List<String> rawArgs, Path seedsDir) {
        // loading starts first: the worker reads the file while the FX thread styles and lays out the window
        viewModel.openAtStartup(rawArgs, seedsDir);
        Scene scene = new Scene(view, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        viewModel.windowBounds().ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
        stage.setOnCloseRequest(e -> viewModel.rememberWindow(
                new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        entities.warmUpAfterLookup(Duration.ofSeconds(3));
        // the first frame has the cores to itself: what only prepares for later waits for it
        view.firstFrame().then(untilFirstFrame::release);
        view.firstFrame().then(analysis::warmUp);
    }
}
