package org.newslens.annotation;

import org.newslens.app.command.Command;

/** Adds one highlight; undo removes it. */
public final class AddAnnotationCommand implements Command {
    private final AnnotationStore store;
    private final Annotation annotation;

    public AddAnnotationCommand(AnnotationStore store, Annotation annotation) {
        this.store = store;
        this.annotation = annotation;
    }

    public Annotation annotation() {
        return annotation;
    }

    @Override
    public void execute() {
        store.add(annotation);
    }

    @Override
    public void undo() {
        store.remove(annotation.id());
    }

    @Override
    public String description() {
        return "Highlight “" + AnnotationEditor.shorten(annotation.exact()) + "”";
    }
}
