package org.newslens.ui.annotations;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newslens.annotation.HighlightColour;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;

/** Above the reader: the five highlight colours (keys 1–5), Note… and Tags…, Undo and Redo, drawn from the actions. */
final class HighlightToolbar extends HBox {

    HighlightToolbar(AnnotationsViewModel vm, ActionRegistry actions) {
        getStyleClass().add("highlight-toolbar");
        setId("highlight-toolbar");

        Label label = new Label("Highlight");
        label.getStyleClass().add("toolbar-label");
        getChildren().add(label);
        for (HighlightColour c : HighlightColour.values()) {
            Action action = actions.get(AnnotationsFeature.highlightAction(c));
            Button b = ActionControls.button(action, action.shortcut(), Swatch.of(c));
            b.setId("highlight-" + c.id());
            b.getStyleClass().addAll(Styles.FLAT, "colour-button");
            b.setTooltip(new Tooltip(action.plainLabel() + " highlight (key " + action.shortcut() + ")"));
            getChildren().add(b);
        }
        Button note = ActionControls.button(actions.get("note"), "Note…", null);
        note.setId("toolbar-note");
        note.getStyleClass().add(Styles.FLAT);
        note.setTooltip(new Tooltip("Add a note to the selection, or edit the highlight there"));
        Button tags = ActionControls.button(actions.get("tags"), "Tags…", null);
        tags.setId("toolbar-tags");
        tags.getStyleClass().add(Styles.FLAT);
        tags.setTooltip(new Tooltip("Tag the selection, or the highlight there"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Action undoAction = actions.get("undo");
        Button undo = ActionControls.button(undoAction, "Undo", null);
        undo.setId("toolbar-undo");
        undo.getStyleClass().add(Styles.FLAT);
        Tooltip undoTip = new Tooltip();
        undoTip.textProperty().bind(vm.undoTextProperty().concat("  (" + ActionControls.displayText(undoAction) + ")"));
        undo.setTooltip(undoTip);
        Action redoAction = actions.get("redo");
        Button redo = ActionControls.button(redoAction, "Redo", null);
        redo.setId("toolbar-redo");
        redo.getStyleClass().add(Styles.FLAT);
        Tooltip redoTip = new Tooltip();
        redoTip.textProperty().bind(vm.redoTextProperty().concat("  (" + ActionControls.displayText(redoAction) + ")"));
        redo.setTooltip(redoTip);

        getChildren().addAll(new Separator(Orientation.VERTICAL), note, tags, spacer, undo, redo);
    }
}
