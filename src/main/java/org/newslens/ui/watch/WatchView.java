package org.newslens.ui.watch;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchResult;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;

/**
 * The Watch pane: "3 new matches", the watch lists each with its count, buttons to add, rename, remove, mark
 * seen and undo, and the selected list's matches (new ones marked; double-click or Enter opens one). Layout only.
 */
public final class WatchView extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ROOT);
    private final WatchViewModel viewModel;
    private final ListView<WatchResult> lists = new ListView<>();
    private final ListView<WatchMatch> matches = new ListView<>();

    public WatchView(WatchViewModel viewModel) {
        this.viewModel = viewModel;
        setId("watch");
        getStyleClass().add("watch-pane");
        setPrefWidth(340);
        setSpacing(6);

        Label summary = Labels.bound("watch-summary", viewModel.newMatches().summaryProperty(), "watch-summary");
        Button run = Buttons.small("Run now", "watch-run", viewModel::refresh);
        run.disableProperty().bind(viewModel.activity().busyProperty());
        HBox top = new HBox(8, summary, run);
        top.setAlignment(Pos.CENTER_LEFT);

        lists.setId("watch-lists");
        lists.setItems(viewModel.lists());
        lists.setPrefHeight(140);
        lists.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(WatchResult r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("watch-has-new");
                setText(empty || r == null ? null : r.list().name() + " · " + r.summary());
                if (!empty && r != null && r.newCount() > 0) {
                    getStyleClass().add("watch-has-new");
                }
            }
        });
        lists.setPlaceholder(new Label("No watch lists. “New…” watches a query or a list of names."));
        lists.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null && r != viewModel.selectedProperty().get()) {
                viewModel.select(r);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, r) -> lists.getSelectionModel().select(r));

        Button add = Buttons.small("New…", "watch-new",
                () -> new WatchEditor(viewModel, getScene() == null ? null : getScene().getWindow()).show());
        Button rename = Buttons.small("Rename…", "watch-rename", this::rename);
        Button remove = Buttons.small("Remove", "watch-remove", this::remove);
        Button seen = Buttons.small("Mark seen", "watch-mark-seen", () -> viewModel.markSeen(viewModel.selectedProperty().get()));
        for (Button b : new Button[] {rename, remove, seen}) {
            b.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        Button undo = Buttons.small("Undo", "watch-undo", viewModel::undo);
        undo.disableProperty().bind(viewModel.history().canUndoProperty().not());
        javafx.scene.control.Tooltip undoTip = new javafx.scene.control.Tooltip();
        undoTip.textProperty().bind(viewModel.history().undoTextProperty());
        undo.setTooltip(undoTip);
        HBox buttons = new HBox(6, add, rename, remove, seen, undo);

        Label error = Labels.whenSet("watch-error", viewModel.activity().statusProperty(), Styles.DANGER);
        Label note = Labels.whenSet("watch-note", viewModel.noteProperty(), Styles.TEXT_MUTED);
        viewModel.unsureHeaderProperty().addListener((obs, old, asked) -> {
            if (asked != null) {
                viewModel.answerHeader(WatchEditor.askFirstRow(asked, getScene() == null ? null : getScene().getWindow()));
            }
        });

        matches.setId("watch-matches");
        matches.setItems(viewModel.matches());
        matches.setCellFactory(v -> ItemCell.drawn(WatchView::matchLine).fitted());
        matches.setPlaceholder(new Label("No matches in the library."));
        VBox.setVgrow(matches, Priority.ALWAYS);
        matches.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        getChildren().addAll(top, lists, buttons, error, note, matches);
    }

    private void openSelected() {
        WatchMatch m = matches.getSelectionModel().getSelectedItem();
        if (m != null) {
            viewModel.open(m);
        }
    }

    private void rename() {
        WatchResult r = viewModel.selectedProperty().get();
        TextInputDialog dialog = new TextInputDialog(r.list().name());
        dialog.setTitle("Rename watch list");
        dialog.setHeaderText(null);
        dialog.setContentText("New name:");
        dialog.showAndWait().filter(n -> !n.isBlank()).ifPresent(n -> viewModel.rename(r, n));
    }

    private void remove() {
        WatchResult r = viewModel.selectedProperty().get();
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Remove the watch list “" + r.list().name()
                + "”? The articles stay in the library.", ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.remove(r));
    }

    private static Node matchLine(WatchMatch m) {
        Label title = new Label((m.isNew() ? "● " : "") + (m.title() == null ? "(untitled)" : m.title()));
        title.getStyleClass().add(m.isNew() ? "watch-match-new" : "watch-match-seen");
        String date = m.published() == null ? "" : DATE.format(m.published()) + " · ";
        String file = m.file() == null ? "" : String.valueOf(m.file().getFileName());
        Label where = new Label(date + file);
        where.getStyleClass().add("watch-match-file");
        Label matched = new Label(String.join(" · ", m.matched()));
        matched.getStyleClass().add("watch-match-names");
        for (Label l : new Label[] {title, where, matched}) {
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        VBox box = new VBox(1, title, matched, where);
        box.setMinWidth(0);
        return box;
    }
}
