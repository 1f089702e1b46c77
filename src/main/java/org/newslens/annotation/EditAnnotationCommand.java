package org.newslens.annotation;

import org.newslens.app.command.Command;

/** Changes an annotation's note, tags or colour; undo puts the previous version back. */
public final class EditAnnotationCommand implements Command {
    private final AnnotationStore store;
    private final Annotation before;
    private final Annotation after;
    private final String description;

    public EditAnnotationCommand(AnnotationStore store, Annotation before, Annotation after, String description) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("before and after must be the same annotation");
        }
        this.store = store;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute() {
        store.update(after);
    }

    @Override
    public void undo() {
        store.update(before);
    }

    @Override
    public String description() {
        return description;
    }
}
