package org.newslens.nlp;

/** Finds and groups the entities of a text. Implementations are thread-safe. */
public interface EntityRecogniser {

    EntityAnalysis recognise(String text);

    /** Changes whenever models, rules or configuration change, so cached results can be told apart. */
    String version();
}
