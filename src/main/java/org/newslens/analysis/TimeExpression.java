package org.newslens.analysis;

/**
 * One DATE mention with its normalised meaning.
 *
 * @param value    ISO 8601: a day {@code 2001-09-11}, a month {@code 2001-09}, a year {@code 2001}, a range
 *                 {@code 2021-07-05/2021-07-09}, or a duration {@code P20Y}; null where it cannot be normalised
 * @param kind     DATE (a day, month or year), RANGE, DURATION, or UNRESOLVED
 * @param from     first day the expression can mean (ISO date), null for durations and unresolved ones
 * @param to       last day it can mean (inclusive), likewise
 * @param sentenceStart start of the sentence it is in
 * @param sentenceEnd   end of that sentence
 */
public record TimeExpression(int start, int end, String text, String value, Kind kind, String from, String to,
                             int sentenceStart, int sentenceEnd) {
    public enum Kind { DATE, RANGE, DURATION, UNRESOLVED }
}
