package org.newslens.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandHistoryTest {
    private final List<String> items = new ArrayList<>();

    private Command add(String item) {
        return new Command() {
            public void execute() {
                items.add(item);
            }

            public void undo() {
                items.remove(item);
            }

            public String description() {
                return "Add " + item;
            }
        };
    }

    @Test
    void undoAndRedoWalkTheHistory() {
        CommandHistory history = new CommandHistory();
        int[] changes = {0};
        history.addListener(() -> changes[0]++);
        history.execute(add("a"));
        history.execute(add("b"));
        assertEquals("Add b", history.undoDescription().orElseThrow());
        assertTrue(history.undo());
        assertEquals(List.of("a"), items);
        assertEquals("Add b", history.redoDescription().orElseThrow());
        assertTrue(history.redo());
        assertEquals(List.of("a", "b"), items);
        assertEquals(4, changes[0]);
        history.undo();
        history.undo();
        assertFalse(history.canUndo());
        assertFalse(history.undo());
        assertEquals(List.of(), items);
    }

    @Test
    void aCompositeIsOneStepAndRollsBackWhenAPartFails() {
        CommandHistory history = new CommandHistory();
        history.execute(new CompositeCommand("Add three", List.of(add("a"), add("b"), add("c"))));
        history.undo();
        assertEquals(List.of(), items);
        Command failing = new Command() {
            public void execute() {
                throw new IllegalStateException("disk full");
            }

            public void undo() {
            }

            public String description() {
                return "fail";
            }
        };
        assertThrows(IllegalStateException.class,
                () -> history.execute(new CompositeCommand("Add and fail", List.of(add("x"), failing))));
        assertEquals(List.of(), items, "the part that ran was rolled back");
        assertFalse(history.canUndo());
        assertTrue(history.canRedo(), "the failed step did not clear redo");
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheLimit() {
        CommandHistory history = new CommandHistory(2);
        history.execute(add("a"));
        history.execute(add("b"));
        history.execute(add("c"));
        history.undo();
        history.undo();
        assertFalse(history.undo());
        assertEquals(List.of("a"), items);
    }
}
