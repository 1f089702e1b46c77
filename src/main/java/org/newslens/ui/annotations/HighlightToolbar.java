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
            // the colour named as well as shown (for colour-blind readers), then its key
            Label name = new Label(action.plainLabel());
            name.getStyleClass().add("colour-name");
            Label key = new Label(action.shortcut());
            key.getStyleClass().add("key-hint");
            HBox face = new HBox(4, Swatch.of(c), name, key);
            face.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Button b = ActionControls.button(action, null, face);
            b.setId("highlight-" + c.id());
            b.getStyleClass().addAll(Styles.FLAT, "colour-button");
            b.setTooltip(new Tooltip(action.plainLabel() + " highlight (key " + action.shortcut() + ")"));
            getChildren().add(b);
        }
        Button note = flat(actions.get("note"), "Note…", "toolbar-note");
        note.setTooltip(new Tooltip("Add a note to the selection, or edit the highlight there"));
        Button tags = flat(actions.get("tags"), "Tags…", "toolbar-tags");
        tags.setTooltip(new Tooltip("Tag the selection, or the highlight there"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button undo = withLiveTip(flat(actions.get("undo"), "Undo", "toolbar-undo"), actions.get("undo"));
        Button redo = withLiveTip(flat(actions.get("redo"), "Redo", "toolbar-redo"), actions.get("redo"));

        getChildren().addAll(new Separator(Orientation.VERTICAL), note, tags, spacer, undo, redo);
    }

    private static Button flat(Action action, String text, String id) {
        Button b = ActionControls.button(action, text, null);
        b.setId(id);
        b.getStyleClass().add(Styles.FLAT);
        return b;
    }

    /** The tooltip says what would be undone or redone, and the key: "Undo Highlight “Kabul”  (Ctrl+Z)". */
    private static Button withLiveTip(Button b, Action action) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.concat(action.text(), "  (" + ActionControls.displayText(action) + ")"));
        b.setTooltip(tip);
        return b;
    }
}
