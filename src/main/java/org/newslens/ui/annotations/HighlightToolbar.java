package org.newslens.ui.annotations;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newslens.annotation.HighlightColour;
import org.newslens.ui.reader.ReaderViewModel;

/** Above the reader: the five highlight colours (keys 1–5), Note… and Tags…, Undo and Redo. */
final class HighlightToolbar extends HBox {

    HighlightToolbar(AnnotationsViewModel vm, ReaderViewModel reader, AnnotationsFeature feature) {
        getStyleClass().add("highlight-toolbar");
        setId("highlight-toolbar");
        BooleanBinding noSelection = vm.readyProperty().not()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> reader.selectionProperty().get().isEmpty(),
                        reader.selectionProperty()));

        Label label = new Label("Highlight");
        label.getStyleClass().add("toolbar-label");
        getChildren().add(label);
        HighlightColour[] all = HighlightColour.values();
        for (int i = 0; i < all.length; i++) {
            HighlightColour c = all[i];
            Button b = new Button(Integer.toString(i + 1), Swatch.of(c));
            b.setId("highlight-" + c.id());
            b.getStyleClass().addAll(Styles.FLAT, "colour-button");
            b.setTooltip(new Tooltip(AnnotationsViewModel.label(c) + " highlight (key " + (i + 1) + ")"));
            b.setFocusTraversable(false);
            b.disableProperty().bind(noSelection);
            b.setOnAction(e -> vm.highlightSelection(c));
            getChildren().add(b);
        }
        Button note = new Button("Note…");
        note.setId("toolbar-note");
        note.getStyleClass().add(Styles.FLAT);
        note.setTooltip(new Tooltip("Add a note to the selection, or edit the highlight there"));
        note.setFocusTraversable(false);
        note.disableProperty().bind(noSelection);
        note.setOnAction(e -> feature.editNoteAt(reader.selectionProperty().get(), false));
        Button tags = new Button("Tags…");
        tags.setId("toolbar-tags");
        tags.getStyleClass().add(Styles.FLAT);
        tags.setTooltip(new Tooltip("Tag the selection, or the highlight there"));
        tags.setFocusTraversable(false);
        tags.disableProperty().bind(noSelection);
        tags.setOnAction(e -> feature.editNoteAt(reader.selectionProperty().get(), true));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = new Button("Undo");
        undo.setId("toolbar-undo");
        undo.getStyleClass().add(Styles.FLAT);
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        undo.setOnAction(e -> vm.undo());
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(vm.undoTextProperty().concat("  (Ctrl+Z)"));
        undo.setTooltip(undoTip);
        Button redo = new Button("Redo");
        redo.setId("toolbar-redo");
        redo.getStyleClass().add(Styles.FLAT);
        redo.setFocusTraversable(false);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        redo.setOnAction(e -> vm.redo());
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(vm.redoTextProperty().concat("  (Ctrl+Shift+Z)"));
        redo.setTooltip(redoTip);

        getChildren().addAll(new Separator(Orientation.VERTICAL), note, tags, spacer, undo, redo);
    }
}
