package org.newslens.ui.action;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/** Makes menu items and buttons from {@link Action}s: text, mnemonic, shortcut and enabled state all come from the action. */
public final class ActionControls {
    private ActionControls() {
    }

    /**
     * A menu item with id {@code "menu-" + id}. A window shortcut becomes its accelerator; a reader-only key is shown
     * after a tab instead, so the menu tells it without making it global.
     */
    public static MenuItem menuItem(Action action) {
        return menuItem(action, null);
    }

    public static MenuItem menuItem(Action action, Node graphic) {
        MenuItem item = new MenuItem(action.label(), graphic);
        item.setId("menu-" + action.id());
        if (action.text() != null) {
            item.setMnemonicParsing(false);
            item.textProperty().bind(action.text());
        }
        if (action.shortcut() != null) {
            if (action.scope() == Action.Scope.WINDOW) {
                item.setAccelerator(KeyCombination.valueOf(action.shortcut()));
            } else {
                item.setMnemonicParsing(false);
                item.setText(action.plainLabel() + "\t" + displayText(action));
            }
        }
        item.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !action.enabled().get(), action.enabled()));
        item.setOnAction(e -> action.run());
        return item;
    }

    /**
     * A context-menu item for the action done somewhere else than the selection (the spot clicked): the action's
     * label and shortcut hint, the given command and enabled state.
     */
    public static MenuItem contextItem(Action action, String id, Node graphic, boolean enabled, Runnable command) {
        String hint = action.shortcut() == null ? "" : "  (" + displayText(action) + ")";
        MenuItem item = new MenuItem(action.plainLabel() + hint, graphic);
        item.setMnemonicParsing(false);
        item.setId(id);
        item.setDisable(!enabled);
        item.setOnAction(e -> command.run());
        return item;
    }

    /** A flat tool-bar button; its tooltip names the action and its shortcut. */
    public static Button button(Action action, String text, Node graphic) {
        Button b = new Button(text, graphic);
        b.setFocusTraversable(false);
        b.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !action.enabled().get(), action.enabled()));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** How the shortcut reads on this platform: "Ctrl+Shift+F", "F3", "1". */
    public static String displayText(Action action) {
        return action.shortcut() == null ? "" : KeyCombination.valueOf(action.shortcut()).getDisplayText();
    }
}
