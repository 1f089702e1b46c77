package org.newslens.ui.watch;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import org.newslens.app.AppHome;
import org.newslens.index.ArticleIndex;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchResult;
import org.newslens.library.WatchStore;
import org.newslens.ui.library.LibraryView;
import org.newslens.ui.main.MainView;
import org.newslens.ui.search.SearchViewModel;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.TaskExecutor;

/**
 * Puts watch lists into the window: the Watch side pane (its tab says how many new matches there are), View ▸ Watch
 * Lists (Ctrl+Shift+W), "3 new matches" in the status bar, which brings the pane to the front, and in the Library
 * ({@link #addToLibrary}).
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
        tab.textProperty().bind(Bindings.createStringBinding(() -> viewModel.newMatches().countProperty().get() == 0 ? "Watch"
                : "Watch (" + viewModel.newMatches().countProperty().get() + ")", viewModel.newMatches().countProperty()));
        main.addShowPaneAction(tab, "_Watch Lists", "W");
        Hyperlink status = new Hyperlink();
        status.setId("status-watch");
        status.textProperty().bind(Bindings.concat("Watch: ", viewModel.newMatches().summaryProperty()));
        status.visibleProperty().bind(viewModel.newMatches().countProperty().greaterThan(0));
        status.managedProperty().bind(status.visibleProperty());
        status.setOnAction(e -> main.sidePanes().getSelectionModel().select(tab));
        main.addStatusItem(status);
        viewModel.refresh();
    }

    /**
     * Puts "Watch: 3 new matches" above the Library's list: a menu of the new matches (title, then the list that found
     * them), each opening its article with the hits lit up and marking it seen.
     */
    public void addToLibrary(LibraryView library) {
        MenuButton fresh = new MenuButton();
        fresh.setId("library-watch-matches");
        fresh.getStyleClass().add("library-watch-matches");
        fresh.textProperty().bind(Bindings.concat("Watch: ", viewModel.newMatches().summaryProperty()));
        fresh.visibleProperty().bind(viewModel.newMatches().countProperty().greaterThan(0));
        fresh.managedProperty().bind(fresh.visibleProperty());
        fresh.setOnShowing(e -> {
            fresh.getItems().clear();
            for (WatchResult result : viewModel.lists()) {
                for (WatchMatch match : result.newMatches()) {
                    MenuItem item = new MenuItem(match.title() + "  \u2014  " + result.list().name());
                    item.setMnemonicParsing(false);
                    item.setOnAction(a -> viewModel.open(result, match));
                    fresh.getItems().add(item);
                }
            }
        });
        library.addToHeader(fresh);
    }

    public WatchViewModel viewModel() {
        return viewModel;
    }
}
