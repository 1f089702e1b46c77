package org.newslens.app.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The undo/redo stack. Run every user action through {@link #execute(Command)}; a new action clears the
 * redo side. Listeners hear about every change so a UI can enable/disable Undo and Redo.
 */
public final class CommandHistory {
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final int limit;

    public CommandHistory() {
        this(500);
    }

    /** @param limit how many steps are remembered; the oldest are forgotten beyond it */
    public CommandHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
    }

    public void execute(Command command) {
        command.execute();
        undo.push(command);
        while (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Undoes the latest step; false when there is nothing to undo. */
    public boolean undo() {
        return step(undo, redo, Command::undo);
    }

    /** Redoes the latest undone step; false when there is nothing to redo. */
    public boolean redo() {
        return step(redo, undo, Command::execute);
    }

    /** Moves the latest step of {@code from} to {@code to}, running {@code action} on it; false when there is none. */
    private boolean step(Deque<Command> from, Deque<Command> to, Consumer<Command> action) {
        if (from.isEmpty()) {
            return false;
        }
        Command command = from.pop();
        action.accept(command);
        to.push(command);
        fire();
        return true;
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    /** Forgets every step, e.g. when another article is opened. */
    public void clear() {
        undo.clear();
        redo.clear();
        fire();
    }

    /** Called after every execute, undo, redo and clear. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
