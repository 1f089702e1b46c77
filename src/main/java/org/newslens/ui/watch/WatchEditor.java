package org.newslens.ui.watch;

import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.newslens.library.FirstRow;

/** "New watch list": a name, and a query or names (pasted, or imported from a file of names one per line). Layout only. */
final class WatchEditor {
    private static final ButtonType IMPORT = new ButtonType("Import names file…", ButtonBar.ButtonData.LEFT);
    /** A prompt shows one line: its line breaks would run the names together. */
    private static final String NAMES_PROMPT = "One name a line, e.g. Vladimir Putin";
    private final WatchViewModel viewModel;
    private final Window owner;

    WatchEditor(WatchViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        this.owner = owner;
    }

    void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New watch list");
        TextField name = new TextField();
        name.setId("watch-editor-name");
        name.setPromptText("Name of the list");
        RadioButton names = new RadioButton("Names, one per line");
        RadioButton query = new RadioButton("A query (as in the search bar)");
        ToggleGroup kind = new ToggleGroup();
        names.setToggleGroup(kind);
        query.setToggleGroup(kind);
        names.setSelected(true);
        TextArea text = new TextArea();
        text.setId("watch-editor-text");
        text.setPrefRowCount(8);
        text.setPromptText(NAMES_PROMPT);
        query.selectedProperty().addListener((obs, was, q) -> text.setPromptText(q ? "person:putin AND place:kyiv" : NAMES_PROMPT));
        dialog.getDialogPane().setContent(new VBox(8, new Label("Name"), name, new HBox(12, names, query), text));
        dialog.getDialogPane().getButtonTypes().addAll(IMPORT, ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().ifPresent(button -> {
            if (button == ButtonType.OK) {
                if (query.isSelected()) {
                    viewModel.addQuery(name.getText(), text.getText());
                } else {
                    viewModel.addNames(name.getText(), text.getText());
                }
            } else if (button == IMPORT) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Names, one per line (a CSV file: the first column)");
                chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Names (*.csv, *.txt)", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                File file = chooser.showOpenDialog(owner);
                if (file != null) {
                    String listName = name.getText().isBlank() ? file.getName().replaceFirst("\\.[^.]*$", "") : name.getText();
                    viewModel.importNames(listName, file.toPath());
                }
            }
        });
    }

    /** Asks whether a names file's first row heads the column or is a name to watch; null when the import is cancelled. */
    static FirstRow askFirstRow(WatchViewModel.UnsureHeader asked, Window owner) {
        ButtonType header = new ButtonType("Leave it out", ButtonBar.ButtonData.YES);
        ButtonType name = new ButtonType("Watch it", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Is the first row \u201c" + asked.firstRow() + "\u201d of "
                + asked.file().getFileName() + " a column header (leave it out) or a name to watch?", header, name, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Import names");
        alert.setHeaderText(null);
        return alert.showAndWait().map(b -> b == header ? FirstRow.HEADER : b == name ? FirstRow.NAME : null).orElse(null);
    }
}
