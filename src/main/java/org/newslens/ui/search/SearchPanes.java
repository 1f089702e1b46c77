package org.newslens.ui.search;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.Shown;
import org.newslens.ui.library.LibraryView;
import org.newslens.ui.library.LibraryViewModel;
import org.newslens.ui.main.MainView;

/**
 * Puts search into the window: the query bar above the reader, "Search" (the results) and "Library" side-pane
 * tabs, the Search menu (Ctrl+F, F3, Shift+F3), File ▸ Add Folder to Library…, View ▸ Library, and a Cancel
 * button in the status bar while a folder is added.
 */
public final class SearchPanes {
    static final String CSS = SearchPanes.class.getResource("/org/newslens/ui/search/search.css").toExternalForm();

    private final SearchViewModel search;
    private final MainView main;
    private final SearchBar bar;
    private final LibraryView libraryView;
    private final Tab resultsTab;
    private final Tab libraryTab;

    public SearchPanes(MainView main, SearchViewModel search, LibraryViewModel library) {
        this.main = main;
        this.search = search;
        this.bar = new SearchBar(search);
        this.libraryView = new LibraryView(library);
        libraryView.registerActions(main.actions());
        main.getStylesheets().add(CSS);
        main.reader().addStylesheet(CSS);

        VBox top = new VBox(bar);
        if (main.workspace().getTop() != null) {
            top.getChildren().add(main.workspace().getTop());
        }
        main.workspace().setTop(top);

        resultsTab = main.addSidePane("Search", new SearchResultsView(search));
        libraryTab = main.addSidePane("Library", libraryView);
        libraryTab.selectedProperty().addListener((obs, was, selected) -> library.setShown(selected));
        search.barVisibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                main.sidePanes().getSelectionModel().select(resultsTab);
            }
        });
        library.shownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                main.sidePanes().getSelectionModel().select(libraryTab);
            }
        });

        addMenus(main, library);
        main.reader().textArea().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && search.barVisibleProperty().get()) {
                search.clear();
                e.consume();
            }
        });
        Button cancel = Shown.when(Buttons.small("Cancel", "status-cancel", library::cancel), library.addingProperty());
        cancel.getStyleClass().add(Styles.FLAT);
        main.addStatusItem(cancel);
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    /** Ctrl+F: shows the bar and the results and puts the cursor in the bar. */
    public void find() {
        search.showBar();
        main.sidePanes().getSelectionModel().select(resultsTab);
        bar.focusField();
    }

    private void addMenus(MainView main, LibraryViewModel library) {
        ActionRegistry actions = main.actions();
        MenuItem find = menuItem(actions, Action.of("find", "Search", "_Find…", this::find).withShortcut("Shortcut+F"));
        MenuItem findLibrary = menuItem(actions, Action.of("find-library", "Search", "Search _Library…", () -> {
            search.showLibrarySearch();
            find();
        }).withShortcut("Shortcut+Shift+F"));
        MenuItem next = menuItem(actions, Action.of("find-next", "Search", "Find _Next", search::next).withShortcut("F3"));
        MenuItem previous = menuItem(actions, Action.of("find-previous", "Search", "Find _Previous", search::previous)
                .withShortcut("Shift+F3"));
        Menu menu = new Menu("_Search");
        menu.setId("menu-search");
        menu.getItems().addAll(find, findLibrary, new SeparatorMenuItem(), next, previous);
        int viewAt = main.menuBar().getMenus().indexOf(main.viewMenu());
        main.menuBar().getMenus().add(viewAt < 0 ? main.menuBar().getMenus().size() : viewAt, menu);

        MenuItem addFolder = menuItem(actions, Action.of("add-folder", "File", "Add _Folder to Library…", libraryView::chooseFolder)
                .withShortcut("Shortcut+Shift+O").enabledWhen(library.addingProperty().not()));
        int at = 0;
        while (at < main.fileMenu().getItems().size() && !(main.fileMenu().getItems().get(at) instanceof SeparatorMenuItem)) {
            at++;
        }
        main.fileMenu().getItems().add(at, addFolder);

        main.addShowPaneAction(libraryTab, "_Library", "L");
    }

    private static MenuItem menuItem(ActionRegistry actions, Action action) {
        return ActionControls.menuItem(actions.register(action));
    }
}
