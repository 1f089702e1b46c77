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

    /** Changes whenever models, rules or configuration change, so cached results can be told apart. */
    String version();
}
