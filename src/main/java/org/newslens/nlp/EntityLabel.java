package org.newslens.nlp;

/** The five categories NewsLens shows. Nothing else is an entity. */
public enum EntityLabel {
    PERSON, PLACE, GROUP, FIGURE, DATE
}
