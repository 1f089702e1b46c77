package org.newslens.ui.watch;

import java.io.File;
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

/** "New watch list": a name, and a query or names (pasted, or imported from a file of names one per line). Layout only. */
final class WatchEditor {
    private static final ButtonType IMPORT = new ButtonType("Import names file…", ButtonBar.ButtonData.LEFT);
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
        text.setPromptText("Vladimir Putin\nTaliban\n…");
        query.selectedProperty().addListener((obs, was, q) -> text.setPromptText(q ? "person:putin AND place:kyiv" : "Vladimir Putin\nTaliban\n…"));
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
}
