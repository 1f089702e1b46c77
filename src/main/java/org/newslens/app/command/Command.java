package org.newslens.app.command;

/**
 * One user action that can be undone. {@link #execute()} is called again for redo, so it must work from
 * the state {@link #undo()} leaves behind.
 */
public interface Command {
    void execute();

    void undo();

    /** Short, user-facing: "Highlight “Kabul”", "Delete 3 annotations". Shown in Edit ▸ Undo …. */
    String description();

    /** The command that runs {@code execute} and, to undo it, {@code undo}. */
    static Command of(String description, Runnable execute, Runnable undo) {
        return new Step(description, execute, undo);
    }
}
