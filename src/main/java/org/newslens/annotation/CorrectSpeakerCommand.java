package org.newslens.annotation;

import org.newslens.app.command.Command;

/** Records who said a quote; undo withdraws it (the speaker found before, or an earlier correction, is back). */
public final class CorrectSpeakerCommand implements Command {
    private final AnnotationStore store;
    private final SpeakerCorrection correction;

    public CorrectSpeakerCommand(AnnotationStore store, SpeakerCorrection correction) {
        this.store = store;
        this.correction = correction;
    }

    @Override
    public void execute() {
        store.addSpeakerCorrection(correction);
    }

    @Override
    public void undo() {
        store.removeSpeakerCorrection(correction);
    }

    @Override
    public String description() {
        return correction.describe();
    }
}
