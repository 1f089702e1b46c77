package org.newslens.annotation;

import org.newslens.app.command.Command;

/** Deletes an annotation (placed or orphan); undo brings it back unchanged, same id. */
public final class DeleteAnnotationCommand implements Command {
    private final AnnotationStore store;
    private final Annotation annotation;
    private final boolean orphan;

    public DeleteAnnotationCommand(AnnotationStore store, Annotation annotation) {
        this.store = store;
        this.annotation = annotation;
        this.orphan = store.isOrphan(annotation.id());
    }

    @Override
    public void execute() {
        store.remove(annotation.id());
    }

    @Override
    public void undo() {
        if (orphan) {
            store.restoreOrphan(annotation);
        } else {
            store.add(annotation);
        }
    }

    @Override
    public String description() {
        return "Delete highlight “" + AnnotationEditor.shorten(annotation.exact()) + "”";
    }
}
