package org.newslens.app.command;

/** A command made of two actions: {@link Command#of}. */
record Step(String description, Runnable forward, Runnable backward) implements Command {
    @Override
    public void execute() {
        forward.run();
    }

    @Override
    public void undo() {
        backward.run();
    }
}
