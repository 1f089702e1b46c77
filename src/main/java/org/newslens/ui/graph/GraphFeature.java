package org.newslens.ui.graph;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.main.MainView;
import org.newslens.ui.state.AppState;
import org.newslens.ui.state.ArticleJump;
import org.newslens.ui.task.TaskExecutor;

/**
 * View ▸ Who Appears with Whom… for the article on screen and for the library: each opens a {@link GraphWindow} over
 * a graph computed on a worker (the article's with its corrected entities, the library's streamed from the index).
 */
public final class GraphFeature {
    private final MainView main;
    private final AppState state;
    private final ArticleIndex index;
    private final EntitySource entities;
    private final TaskExecutor executor;
    private final ObservableBooleanValue dark;
    private final ArticleJump jump;
    private Consumer<CooccurrenceGraph.Node> onNode;

    /**
     * @param index    the library's index (used on workers only)
     * @param entities the article's entities as the index gets them (corrections applied; used on workers only)
     * @param opener   opens an article in the reader
     */
    public GraphFeature(MainView main, AppState state, ArticleIndex index, EntitySource entities, TaskExecutor executor,
                        Consumer<Path> opener, ObservableBooleanValue dark) {
        this.main = main;
        this.state = state;
        this.index = index;
        this.entities = entities;
        this.executor = executor;
        this.dark = dark;
        this.jump = new ArticleJump(state.reader(), opener);
        Action article = main.actions().register(Action.of("graph-article", "View", "Who Appears with _Whom in This Article…",
                this::openArticle).enabledWhen(Bindings.isNotNull(state.articleProperty())));
        Action library = main.actions().register(Action.of("graph-library", "View", "Who Appears with Whom in the _Library…",
                this::openLibrary));
        main.viewMenu().getItems().addAll(new SeparatorMenuItem(), ActionControls.menuItem(article), ActionControls.menuItem(library));
    }

    /** What double-clicking a node does (open the entity's page), in the main window brought to the front. */
    public void setOnNode(Consumer<CooccurrenceGraph.Node> onNode) {
        this.onNode = node -> {
            mainToFront();
            onNode.accept(node);
        };
    }

    /** Opens an evidence's article in the main window, brought to the front, with its sentence selected. */
    private void jumpTo(CooccurrenceGraph.Evidence evidence) {
        mainToFront();
        jump.to(evidence.file() == null ? null : Path.of(evidence.file()), evidence.sha256(), evidence.start(), evidence.end());
    }

    private void mainToFront() {
        if (owner() instanceof Stage stage) {
            stage.toFront();
        }
    }

    /** The graph of the article on screen. */
    public GraphWindow openArticle() {
        Article article = state.article();
        if (article == null) {
            return null;
        }
        return open(article.title(), settings -> {
            try (LuceneArticleIndex alone = LuceneArticleIndex.inMemory()) {
                alone.index(article, entities.analyse(article));
                return settings.of(alone);
            }
        }, article);
    }

    /** The graph of every article in the library. */
    public GraphWindow openLibrary() {
        return open("the library", settings -> settings.of(index), null);
    }

    private GraphWindow open(String title, GraphViewModel.GraphSource source, Article known) {
        GraphViewModel vm = new GraphViewModel(title, source, new EvidenceReader(new ArticleLoader(), known), executor, this::jumpTo);
        GraphWindow window = new GraphWindow(owner(), vm, main.getStylesheets(), dark, onNode);
        window.show();
        vm.follow(state);
        vm.compute();
        return window;
    }

    private Window owner() {
        return main.getScene() == null ? null : main.getScene().getWindow();
    }
}
