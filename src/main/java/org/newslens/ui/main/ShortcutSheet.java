package org.newslens.ui.main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;

/**
 * Help ▸ Keyboard Shortcuts (F1): every action that has a key, by menu group, drawn from the same registry as the
 * menus, so the sheet can never disagree with them.
 */
final class ShortcutSheet extends Dialog<Void> {

    ShortcutSheet(Window owner, ActionRegistry actions) {
        if (owner != null) {
            initOwner(owner);
            if (owner.getScene() != null) {
                owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                        .forEach(getDialogPane().getStyleClass()::add);
            }
        }
        initModality(Modality.NONE);
        setTitle("Keyboard Shortcuts");
        setResizable(true);
        getDialogPane().setId("shortcut-sheet");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);

        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new javafx.geometry.Insets(8, 12, 8, 12));
        ColumnConstraints what = new ColumnConstraints();
        what.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(what, new ColumnConstraints());
        int row = 0;
        for (Map.Entry<String, List<Action>> group : byGroup(actions.withShortcuts()).entrySet()) {
            Label heading = new Label(group.getKey());
            heading.getStyleClass().addAll("title-4", "shortcut-group");
            grid.add(heading, 0, row++, 2, 1);
            for (Action a : group.getValue()) {
                Label label = new Label(a.plainLabel() + (a.scope() == Action.Scope.READER ? " (in the text)"
                        : a.scope() == Action.Scope.LIBRARY ? " (in the Library)" : ""));
                label.getStyleClass().add("shortcut-action");
                Label key = new Label(ActionControls.displayText(a));
                key.getStyleClass().add("shortcut-key");
                key.setId("shortcut-" + a.id());
                grid.add(label, 0, row);
                grid.add(key, 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(480);
        scroll.setPrefViewportWidth(420);
        getDialogPane().setContent(scroll);
    }

    private static Map<String, List<Action>> byGroup(List<Action> actions) {
        Map<String, List<Action>> groups = new LinkedHashMap<>();
        for (Action a : actions) {
            groups.computeIfAbsent(a.group(), g -> new java.util.ArrayList<>()).add(a);
        }
        return groups;
    }
}
