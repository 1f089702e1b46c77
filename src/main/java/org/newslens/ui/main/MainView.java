package org.newslens.ui.main;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.article.Article;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.controls.Banners;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.task.TaskHandle;

/**
 * The main window's content: menu bar, error banner, the workspace (reader in the centre; features add side
 * panes), an empty state when nothing is open, and a status bar. Layout only; state lives in
 * {@link MainViewModel}.
 */
public final class MainView extends BorderPane {
    private static final String CSS = MainView.class.getResource("/org/newslens/ui/newslens.css").toExternalForm();
    public static final String LIGHT_THEME = new PrimerLight().getUserAgentStylesheet();
    public static final String DARK_THEME = new PrimerDark().getUserAgentStylesheet();

    private final MainViewModel viewModel;
    private final ReaderView reader;
    private final ActionRegistry actions;
    private final BorderPane workspace = new BorderPane();
    private final MenuBar menuBar = new MenuBar();
    private final Menu fileMenu = new Menu("_File");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final Menu viewMenu = new Menu("_View");
    private final Label status = new Label();
    private final VBox top = new VBox();
    private final TabPane sidePanes = new TabPane();
    private final HBox statusItems = new HBox(6);
    private final FirstFrame firstFrame = new FirstFrame(this);

    /** Registers File ▸ Open…, Quit and the zoom actions in {@code actions}; features add theirs. */
    public MainView(MainViewModel viewModel, ReaderView reader, ActionRegistry actions) {
        this.viewModel = viewModel;
        this.reader = reader;
        this.actions = actions;
        getStyleClass().add("main-view");
        getStylesheets().add(CSS);

        buildMenus();
        Message banner = Banners.of("banner", "Could not open the file", viewModel.banner(), Styles.DANGER, "banner");

        workspace.setCenter(reader);
        Region emptyState = emptyState();
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        reader.visibleProperty().bind(viewModel.reader().articleProperty().isNotNull());
        StackPane centre = new StackPane(workspace, emptyState);
        top.getChildren().addAll(menuBar, banner);
        StackPane.setMargin(banner, null);

        setTop(top);
        setCenter(centre);
        setBottom(statusBar());

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                viewModel.open(files.get(0).toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);

        viewModel.darkThemeProperty().addListener((obs, old, dark) -> applyTheme(dark));
        applyTheme(viewModel.darkThemeProperty().get());
    }

    public ReaderView reader() {
        return reader;
    }

    /** The area around the reader: features put their panes at its left, right or bottom. */
    public BorderPane workspace() {
        return workspace;
    }

    /** Adds a bar under the menu bar (a toolbar), above the banners. */
    public void addToolBar(Node bar) {
        top.getChildren().add(top.getChildren().indexOf(menuBar) + 1, bar);
    }

    /** Adds a feature's own banner (a notice about its state) under the others at the top. */
    public void addBanner(Node featureBanner) {
        top.getChildren().add(featureBanner);
    }

    /** Adds a tab to the side panes at the workspace's right (created on first use). */
    public Tab addSidePane(String title, Node content) {
        return addSidePane(title, () -> content);
    }

    /** As above, the content made (and styled) when the tab is first selected. */
    public Tab addSidePane(String title, java.util.function.Supplier<? extends Node> content) {
        Tab tab = new Tab(title);
        new LazyPane(tab, content, firstFrame);
        tab.setClosable(false);
        tab.setId("side-tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        sidePanes.getTabs().add(tab);
        if (workspace.getRight() != sidePanes) {
            sidePanes.setId("side-panes");
            sidePanes.getStyleClass().add("side-panes");
            sidePanes.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            workspace.setRight(sidePanes);
        }
        return tab;
    }

    /** Every action of the window, for menus, tool bars and the shortcut list. */
    public ActionRegistry actions() {
        return actions;
    }

    /**
     * Registers View ▸ {@code title} (Ctrl+Shift+{@code key}), which brings {@code pane} to the front, as the action
     * {@code "show-" + pane id} and adds it to the View menu.
     */
    public void addShowPaneAction(Tab pane, String title, String key) {
        Action show = actions.register(Action.of("show-" + pane.getId(), "View", title,
                () -> sidePanes.getSelectionModel().select(pane)).withShortcut("Shortcut+Shift+" + key));
        viewMenu.getItems().add(ActionControls.menuItem(show));
    }

    /** Runs what the window's first frame does not show right after that frame. */
    public FirstFrame firstFrame() {
        return firstFrame;
    }

    public TabPane sidePanes() {
        return sidePanes;
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public Menu fileMenu() {
        return fileMenu;
    }

    public Menu viewMenu() {
        return viewMenu;
    }

    /**
     * Help ▸ Keyboard Shortcuts (F1), the last menu: call once every feature has registered its actions (the sheet
     * lists them when it opens, so later ones appear too).
     */
    public void addHelpMenu() {
        Menu help = new Menu("_Help");
        help.setId("menu-help");
        help.getItems().add(ActionControls.menuItem(actions.register(Action.of("shortcuts", "Help", "_Keyboard Shortcuts",
                () -> new ShortcutSheet(getScene() == null ? null : getScene().getWindow(), actions).show()).withShortcut("F1"))));
        menuBar.getMenus().add(help);
    }

    /** Adds a feature's control (e.g. a Cancel button) to the status bar, beside the task progress. */
    public void addStatusItem(javafx.scene.Node item) {
        statusItems.getChildren().add(item);
    }

    private void buildMenus() {
        MenuItem open = ActionControls.menuItem(actions.register(
                Action.of("open", "File", "_Open…", this::chooseAndOpen).withShortcut("Shortcut+O")));
        recentMenu.setId("menu-recent");
        viewModel.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
        MenuItem quit = ActionControls.menuItem(actions.register(Action.of("quit", "File", "_Quit", () -> {
            Window w = getScene() == null ? null : getScene().getWindow();
            if (w != null) {
                w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            }
            Platform.exit();
        }).withShortcut("Shortcut+Q")));
        fileMenu.getItems().addAll(open, recentMenu, new SeparatorMenuItem(), quit);

        MenuItem zoomIn = ActionControls.menuItem(actions.register(
                Action.of("zoom-in", "View", "Zoom _In", viewModel.reader()::zoomIn).withShortcut("Shortcut+Plus")));
        MenuItem zoomOut = ActionControls.menuItem(actions.register(
                Action.of("zoom-out", "View", "Zoom _Out", viewModel.reader()::zoomOut).withShortcut("Shortcut+Minus")));
        MenuItem zoomReset = ActionControls.menuItem(actions.register(
                Action.of("zoom-reset", "View", "_Actual Size", viewModel.reader()::resetZoom).withShortcut("Shortcut+0")));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark");
        dark.setSelected(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((obs, old, on) -> dark.setSelected(on));
        dark.setOnAction(e -> viewModel.setDarkTheme(dark.isSelected()));
        viewMenu.getItems().addAll(zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), dark);

        menuBar.getMenus().addAll(fileMenu, viewMenu);
    }

    /** Ctrl+= and the keypad keys zoom too (the menu accelerators cover Ctrl+plus, Ctrl+minus, Ctrl+0). */
    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case EQUALS, ADD -> viewModel.reader().zoomIn();
            case SUBTRACT -> viewModel.reader().zoomOut();
            case NUMPAD0 -> viewModel.reader().resetZoom();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(file));
            recentMenu.getItems().add(item);
        }
        if (!recentMenu.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setOnAction(e -> viewModel.clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recentMenu.setDisable(viewModel.recentFiles().isEmpty());
    }

    /** File ▸ Open…: a chooser for text, Markdown and HTML files. */
    public void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (*.txt, *.md, *.html, *.pdf, *.epub, *.docx, *.eml)", "*.txt", "*.md",
                        "*.markdown", "*.html", "*.htm", "*.pdf", "*.epub", "*.docx", "*.eml"),
                new FileChooser.ExtensionFilter("Plain text", "*.txt"),
                new FileChooser.ExtensionFilter("Markdown", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("HTML pages", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("PDF, EPUB and Word documents", "*.pdf", "*.epub", "*.docx"),
                new FileChooser.ExtensionFilter("E-mail messages", "*.eml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Article current = viewModel.reader().getArticle();
        if (current != null && current.source() != null && current.source().toAbsolutePath().getParent() != null) {
            File dir = current.source().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            viewModel.open(chosen.toPath());
        }
    }

    private Region emptyState() {
        Label heading = new Label("No article open");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Open an article, or drop one onto this window.\n"
                + "To search many at once, add a folder of articles to the library.\n"
                + "F1 lists every keyboard shortcut.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button open = new Button("Open…");
        open.setId("empty-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setDefaultButton(true);
        open.setOnAction(e -> chooseAndOpen());
        // the library feature registers the action after this view is built: look it up when clicked
        Button addFolder = new Button("Add Folder to Library…");
        addFolder.setId("empty-add-folder");
        addFolder.setOnAction(e -> actions.find("add-folder").ifPresent(Action::run));
        HBox buttons = new HBox(8, open, addFolder);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, heading, hint, buttons);
        box.setId("empty-state");
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private HBox statusBar() {
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label taskLabel = new Label();
        taskLabel.setId("task-label");
        ProgressBar progress = new ProgressBar();
        progress.setId("task-progress");
        progress.setPrefWidth(140);
        progress.getStyleClass().add(Styles.SMALL);
        viewModel.activeTaskProperty().addListener((obs, old, task) -> showTask(task, taskLabel, progress));
        showTask(null, taskLabel, progress);
        statusItems.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(10, status, spacer, taskLabel, progress, statusItems);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static void showTask(TaskHandle task, Label label, ProgressBar progress) {
        label.textProperty().unbind();
        progress.progressProperty().unbind();
        if (task == null) {
            label.setText("");
            progress.setVisible(false);
            return;
        }
        label.textProperty().bind(Bindings.when(task.messageProperty().isEmpty())
                .then(task.title()).otherwise(task.messageProperty()));
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? DARK_THEME : LIGHT_THEME);
        getStyleClass().removeAll("theme-dark", "theme-light");
        getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
