package org.newslens.annotation;

import org.newslens.app.command.Command;

/** Records one entity correction (which may cover every identical mention); undo withdraws it. */
public final class CorrectEntityCommand implements Command {
    private final AnnotationStore store;
    private final EntityCorrection correction;

    public CorrectEntityCommand(AnnotationStore store, EntityCorrection correction) {
        this.store = store;
        this.correction = correction;
    }

    @Override
    public void execute() {
        store.addCorrection(correction);
    }

    @Override
    public void undo() {
        store.removeCorrection(correction);
    }

    @Override
    public String description() {
        return correction.describe();
    }
}
