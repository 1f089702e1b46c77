package org.newslens.nlp;

/**
 * How far recognition of one long text has come, reported after each segment (only texts longer than
 * {@link CoreNlpRecogniser#SEGMENT_CHARS} are recognised in more than one). Called on the recognising thread.
 */
@FunctionalInterface
public interface RecognitionProgress {
    RecognitionProgress NONE = (done, total) -> { };

    void update(long charsDone, long charsTotal);
}
