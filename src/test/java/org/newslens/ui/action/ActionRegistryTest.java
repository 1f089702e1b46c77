package org.newslens.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {
    private final ActionRegistry registry = new ActionRegistry();
    private final List<String> ran = new ArrayList<>();

    @Test
    void actionsAreListedInTheOrderRegisteredAndOnlyThoseWithKeysInTheShortcutList() {
        registry.register(Action.of("find", "Search", "_Find…", () -> ran.add("find")).withShortcut("Shortcut+F"));
        registry.register(Action.of("tags", "Edit", "_Tags…", () -> ran.add("tags")));
        registry.register(Action.of("highlight-yellow", "Highlight", "Yellow", () -> ran.add("yellow")).withReaderShortcut("1"));

        assertEquals(List.of("find", "tags", "highlight-yellow"), registry.all().stream().map(Action::id).toList());
        assertEquals(List.of("find", "highlight-yellow"), registry.withShortcuts().stream().map(Action::id).toList());
        assertEquals("Find…", registry.get("find").plainLabel());
    }

    @Test
    void twoActionsCannotShareAnIdOrAKeyInTheSameScope() {
        registry.register(Action.of("find", "Search", "_Find…", () -> { }).withShortcut("Shortcut+F"));

        assertThrows(IllegalArgumentException.class, () -> registry.register(Action.of("find", "Search", "Again", () -> { })));
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> registry.register(Action.of("filter", "Entities", "Filter", () -> { }).withShortcut("shortcut + f")));
        assertTrue(clash.getMessage().contains("find"), clash.getMessage());
        registry.register(Action.of("digit", "Highlight", "Yellow", () -> { }).withReaderShortcut("Shortcut+F"));
    }

    @Test
    void aDisabledActionDoesNotRun() {
        SimpleBooleanProperty canUndo = new SimpleBooleanProperty(false);
        Action undo = registry.register(Action.of("undo", "Edit", "Undo", () -> ran.add("undo")).enabledWhen(canUndo));

        assertFalse(undo.run());
        canUndo.set(true);
        assertTrue(undo.run());
        assertEquals(List.of("undo"), ran);
    }
}
