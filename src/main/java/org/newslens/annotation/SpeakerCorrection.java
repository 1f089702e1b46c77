package org.newslens.annotation;

import java.util.Objects;

/**
 * The reader's answer to "who said this?" for one quote. Keyed by the quote's span and words, never by the
 * recogniser's ids, so it still applies after recognition runs again and follows the words when the text moves.
 *
 * @param start   start of the quote (as the Quotes pane lists it)
 * @param end     its end (exclusive)
 * @param quote   the quote's words, {@code text.substring(start, end)}
 * @param speaker who said it: an entity's name (the quote then belongs to that entity) or words the reader typed
 */
public record SpeakerCorrection(int start, int end, String quote, String speaker) {
    private static final int SHOWN = 60;

    public SpeakerCorrection {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(speaker, "speaker");
        speaker = speaker.strip();
        if (speaker.isEmpty()) {
            throw new IllegalArgumentException("a speaker correction needs the speaker's name");
        }
        if (quote.isEmpty() || start < 0 || end - start != quote.length()) {
            throw new IllegalArgumentException("span " + start + ".." + end + " does not fit the quote '" + quote + "'");
        }
    }

    /** For the status line and undo: "Speaker of “We will not leave…” is Maria Ortiz". */
    public String describe() {
        String shown = quote;
        if (quote.length() > SHOWN) {
            int cut = quote.lastIndexOf(' ', SHOWN);
            shown = quote.substring(0, cut > 0 ? cut : SHOWN).strip() + "…";
        }
        return "Speaker of “" + shown + "” is " + speaker;
    }

    /** Same correction at another place, after the article's text changed. */
    public SpeakerCorrection movedTo(int newStart) {
        return new SpeakerCorrection(newStart, newStart + quote.length(), quote, speaker);
    }
}
