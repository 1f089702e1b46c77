package org.newslens.analysis;

/** How a statement is given: in the speaker's own words, partly so, or reported in the writer's words. */
public enum QuoteKind { DIRECT, PARTLY_DIRECT, REPORTED }
