package org.newslens.nlp;

/** Finds and groups the entities of a text. Implementations are thread-safe. */
public interface EntityRecogniser {

    EntityAnalysis recognise(String text);

    /**
     * As {@link #recognise(String)}, reporting progress on long texts; a long text is given up between segments
     * with a {@link java.util.concurrent.CancellationException} when the thread is interrupted.
     */
    default EntityAnalysis recognise(String text, RecognitionProgress progress) {
        EntityAnalysis result = recognise(text);
        progress.update(text.length(), text.length());
        return result;
    }

    /**
     * The text's entities a part at a time, the lines around {@code [firstFrom, firstTo)} (those on screen) first where
     * the recogniser can; the last step gives {@link #recognise}'s result. By default the whole text is one step.
     */
    default StagedRecognition staged(String text, int firstFrom, int firstTo) {
        return StagedRecognition.whole(text.length(), progress -> recognise(text, progress));
    }

    /** Changes whenever models, rules or configuration change, so cached results can be told apart. */
    String version();
}
