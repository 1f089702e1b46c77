package org.newslens.ui.watch;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tab;
import org.newslens.app.AppHome;
import org.newslens.index.ArticleIndex;
import org.newslens.library.WatchStore;
import org.newslens.ui.main.MainView;
import org.newslens.ui.search.SearchViewModel;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.TaskExecutor;

/**
 * Puts watch lists into the window: the Watch side pane (its tab says how many new matches there are), View ▸ Watch
 * Lists (Ctrl+Shift+W), and "3 new matches" in the status bar, which brings the pane to the front.
 */
public final class WatchFeature {
    static final String CSS = WatchFeature.class.getResource("watch.css").toExternalForm();
    private final WatchViewModel viewModel;

    public WatchFeature(MainView main, AppHome home, ArticleIndex index, TaskExecutor executor, AppState state,
                        SearchViewModel search, java.util.function.Consumer<java.nio.file.Path> opener) {
        this.viewModel = new WatchViewModel(new WatchStore(home), index, executor, state, opener, query -> {
            search.scopeProperty().set(SearchViewModel.Scope.ARTICLE);
            search.queryProperty().set(query);
            search.showBar();
            search.search();
        });
        main.getStylesheets().add(CSS);
        Tab tab = main.addSidePane("Watch", () -> new WatchView(viewModel));
        tab.textProperty().bind(Bindings.createStringBinding(() -> viewModel.totalNewProperty().get() == 0 ? "Watch"
                : "Watch (" + viewModel.totalNewProperty().get() + ")", viewModel.totalNewProperty()));
        main.addShowPaneAction(tab, "_Watch Lists", "W");
        Hyperlink status = new Hyperlink();
        status.setId("status-watch");
        status.textProperty().bind(Bindings.concat("Watch: ", viewModel.summaryProperty()));
        status.visibleProperty().bind(viewModel.totalNewProperty().greaterThan(0));
        status.managedProperty().bind(status.visibleProperty());
        status.setOnAction(e -> main.sidePanes().getSelectionModel().select(tab));
        main.addStatusItem(status);
        viewModel.refresh();
    }

    public WatchViewModel viewModel() {
        return viewModel;
    }
}
