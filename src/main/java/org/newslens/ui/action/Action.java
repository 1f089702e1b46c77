package org.newslens.ui.action;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * One thing the user can do, declared once: an id, a label (with an {@code _} mnemonic), a shortcut, when it is
 * enabled, and the command. Menus, tool bars, context menus and the shortcut list are all drawn from these
 * ({@link ActionControls}), so a label or a key is never spelled twice.
 *
 * @param id       stable name; a menu item made from it has the node id {@code "menu-" + id}
 * @param group    where it belongs for the shortcut list ("File", "Edit", "Search", "View", …)
 * @param label    menu text with an optional {@code _} mnemonic: "_Find…"
 * @param shortcut in {@link javafx.scene.input.KeyCombination} syntax ("Shortcut+Shift+F", "F3", "1"), or null
 * @param scope    whether the shortcut works anywhere in the window or only while the reader has the focus
 * @param enabled  when the action can run
 * @param text     a label that changes ("Undo Highlight “Kabul”"), or null for {@code label}
 * @param command  what it does (on the FX thread)
 */
public record Action(String id, String group, String label, String shortcut, Scope scope, ObservableBooleanValue enabled,
                     ObservableStringValue text, Runnable command) {

    /** Where a shortcut is heard. */
    public enum Scope {
        /** An accelerator of the window's menu bar: works whatever has the focus. */
        WINDOW,
        /** A key the reader handles while it has the focus (plain digits would otherwise steal typing elsewhere). */
        READER,
        /** A key the Library list hears while it has the focus (plain letters mark reading states there). */
        LIBRARY
    }

    public Action {
        Objects.requireNonNull(id);
        Objects.requireNonNull(group);
        Objects.requireNonNull(label);
        Objects.requireNonNull(scope);
        Objects.requireNonNull(enabled);
        Objects.requireNonNull(command);
    }

    /** An always-enabled action without a shortcut. */
    public static Action of(String id, String group, String label, Runnable command) {
        return new Action(id, group, label, null, Scope.WINDOW, Bindings.createBooleanBinding(() -> true), null, command);
    }

    public Action withShortcut(String keys) {
        return new Action(id, group, label, keys, Scope.WINDOW, enabled, text, command);
    }

    /** A shortcut that only the reader hears (keys 1–5). */
    public Action withReaderShortcut(String keys) {
        return new Action(id, group, label, keys, Scope.READER, enabled, text, command);
    }

    /** A key only the Library list hears, while it has the focus. */
    public Action withLibraryShortcut(String keys) {
        return new Action(id, group, label, keys, Scope.LIBRARY, enabled, text, command);
    }

    public Action enabledWhen(ObservableBooleanValue condition) {
        return new Action(id, group, label, shortcut, scope, condition, text, command);
    }

    public Action withText(ObservableStringValue liveText) {
        return new Action(id, group, label, shortcut, scope, enabled, liveText, command);
    }

    /** The label without its mnemonic marker: "Find…". */
    public String plainLabel() {
        return label.replace("_", "");
    }

    /** Runs the command if the action is enabled now; true when it ran. */
    public boolean run() {
        if (!enabled.get()) {
            return false;
        }
        command.run();
        return true;
    }
}
