package org.newslens.app.command;

import java.util.List;

/** Several commands done and undone as one step ("apply to all"). Undo runs the parts in reverse order. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public void execute() {
        int done = 0;
        try {
            for (Command part : parts) {
                part.execute();
                done++;
            }
        } catch (RuntimeException e) {
            // leave no half-applied step behind: roll back what already ran
            for (int i = done - 1; i >= 0; i--) {
                parts.get(i).undo();
            }
            throw e;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
