package org.newslens.nlp;

import java.util.List;

/** Splits a text into tokens and tags each with the statistical models' labels. */
public interface Tagger {

    List<Token> tag(String text);

    /** Changes whenever tokenisation, models or their settings change; part of the cache key. */
    String version();
}
