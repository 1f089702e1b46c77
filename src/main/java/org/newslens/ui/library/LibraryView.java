package org.newslens.ui.library;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.newslens.index.LibraryReport;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.Choices;
import org.newslens.ui.controls.Labels;

/**
 * The library pane: "Add folder…" with progress and Cancel, what the last folder did, the reading-state filter
 * ("What's left"), the order and a filter field, then each text of the library once (its copies' folders listed)
 * with its reading state. Double-click or Enter opens one; U, R and V (or the context menu) mark the selected
 * ones unread, read or reviewed. Layout only; {@link #addToHeader} takes more controls above the list.
 */
public final class LibraryView extends VBox {
    static final String CSS = LibraryView.class.getResource("/org/newslens/ui/library/library.css").toExternalForm();

    private final LibraryViewModel viewModel;
    private final LibraryList model;
    private final ListView<LibraryRow> list = new ListView<>();
    private final VBox header = new VBox(4);
    private final ContextMenu menu = new ContextMenu();
    private Path lastFolder;

    public LibraryView(LibraryViewModel viewModel) {
        this.viewModel = viewModel;
        this.model = viewModel.list();
        getStyleClass().add("library-pane");
        getStylesheets().add(CSS);
        setId("library");
        setPrefWidth(340);

        Button add = Buttons.small("Add folder…", "library-add", this::chooseFolder);
        add.disableProperty().bind(viewModel.addingProperty());
        Label count = Labels.bound("library-count", model.countsProperty(), "library-count");
        HBox top = new HBox(8, add, count);
        top.setAlignment(Pos.CENTER_LEFT);

        ComboBox<LibraryFilter> filter = Choices.of("library-filter", model.filterProperty(),
                "Which articles: all, what’s left (unread and not yet reviewed), or one reading state", LibraryFilter.values());
        ComboBox<LibrarySort> sort = Choices.of("library-sort", model.sortProperty(),
                "Order; by date the articles are listed under their month", LibrarySort.values());
        filter.getStyleClass().add(Styles.SMALL);
        sort.getStyleClass().add(Styles.SMALL);
        HBox choices = new HBox(6, filter, sort);
        choices.setAlignment(Pos.CENTER_LEFT);
        TextField words = new TextField();
        words.setId("library-query");
        words.getStyleClass().add(Styles.SMALL);
        words.setPromptText("Filter by title, main names, source or folder");
        words.textProperty().bindBidirectional(model.queryProperty());

        list.setId("library-list");
        list.getStyleClass().add("library-list");
        list.setItems(model.rows());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new LibraryCell());
        Label none = new Label();
        none.setWrapText(true);
        none.textProperty().bind(model.emptyTextProperty());
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setContextMenu(menu);

        Label message = Labels.whenSet("library-message", model.messageProperty(), "library-summary");

        header.getChildren().addAll(top, running(), summary(), choices, words);
        getChildren().addAll(header, list, message);
    }

    /** Puts {@code node} at the end of the pane's header, above the list (e.g. a watch list's "3 new matches"). */
    public void addToHeader(Node node) {
        header.getChildren().add(node);
    }

    /** The list's context menu, for other features' entries on the selected articles. */
    public ContextMenu contextMenu() {
        return menu;
    }

    /** The texts selected in the list (headings left out). */
    public List<LibraryEntry> selectedEntries() {
        return list.getSelectionModel().getSelectedItems().stream()
                .filter(LibraryRow.Item.class::isInstance).map(r -> ((LibraryRow.Item) r).entry()).toList();
    }

    public ListView<LibraryRow> list() {
        return list;
    }

    /**
     * Registers the Library's actions (marking, undo and redo: keys heard by the list, also in its context menu and
     * the F1 sheet) in the window's registry.
     */
    public void registerActions(ActionRegistry actions) {
        List<Action> marks = List.of(
                markAction(actions, ReadingState.UNREAD, "Mark as _Unread", "U"),
                markAction(actions, ReadingState.READ, "Mark as _Read", "R"),
                markAction(actions, ReadingState.REVIEWED, "Mark as Re_viewed", "V"));
        Action undo = actions.register(Action.of("library-undo", "Library", "Undo", model::undo).withLibraryShortcut("Shortcut+Z")
                .enabledWhen(model.history().canUndoProperty()));
        Action redo = actions.register(Action.of("library-redo", "Library", "Redo", model::redo).withLibraryShortcut("Shortcut+Shift+Z")
                .enabledWhen(model.history().canRedoProperty()));
        Action open = actions.register(Action.of("library-open", "Library", "_Open", this::openSelected).withLibraryShortcut("Enter"));
        List<Action> all = new java.util.ArrayList<>(marks);
        all.addAll(List.of(undo, redo, open));
        menu.getItems().add(0, ActionControls.menuItem(open));
        menu.getItems().add(1, new SeparatorMenuItem());
        for (Action a : marks) {
            menu.getItems().add(menu.getItems().size(), ActionControls.menuItem(a));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), liveItem(undo, model.history().undoTextProperty()), liveItem(redo, model.history().redoTextProperty()));
        // a filter, not a handler: Ctrl+Z in the list is the Library's undo, not the window's
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Action a : all) {
                if (KeyCombination.valueOf(a.shortcut()).match(e)) {
                    if (a.enabled().get()) {
                        a.run();
                    }
                    e.consume();
                    return;
                }
            }
        });
    }

    /** The action's menu item saying what it would do: "Undo Mark 2 articles reviewed    Ctrl+Z". */
    private static MenuItem liveItem(Action action, javafx.beans.value.ObservableStringValue text) {
        MenuItem item = ActionControls.menuItem(action);
        item.textProperty().bind(Bindings.concat(text, "\t", ActionControls.displayText(action)));
        return item;
    }

    private Action markAction(ActionRegistry actions, ReadingState state, String label, String key) {
        return actions.register(Action.of("library-mark-" + state.id(), "Library", label, () -> model.mark(selectedEntries(), state))
                .withLibraryShortcut(key));
    }

    private void openSelected() {
        LibraryRow row = list.getSelectionModel().getSelectedItem();
        if (row instanceof LibraryRow.Item item) {
            viewModel.open(item.entry());
        }
    }

    private VBox running() {
        ProgressBar progress = new ProgressBar();
        progress.setId("library-progress");
        progress.getStyleClass().add(Styles.SMALL);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = Buttons.small("Cancel", "library-cancel", viewModel::cancel);
        Label progressText = Labels.bound("library-progress-text", viewModel.progressTextProperty(), "library-progress-text");
        HBox bar = new HBox(6, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox running = new VBox(4, bar, progressText);
        running.visibleProperty().bind(viewModel.addingProperty());
        running.managedProperty().bind(running.visibleProperty());
        return running;
    }

    private Label summary() {
        Label summary = Labels.whenSet("library-summary", viewModel.summaryProperty(), "library-summary");
        Tooltip problems = new Tooltip();
        problems.setWrapText(true);
        problems.setMaxWidth(520);
        problems.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problems().stream()
                .map(LibraryReport.Problem::message).collect(Collectors.joining("\n")), viewModel.problems()));
        summary.tooltipProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.problems())).then((Tooltip) null).otherwise(problems));
        return summary;
    }

    /** File ▸ Add folder…: a folder chooser, then the folder is indexed in the background. */
    public void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add a folder of articles to the library");
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            lastFolder = chosen.toPath();
            viewModel.addFolder(chosen.toPath());
        }
    }
}
