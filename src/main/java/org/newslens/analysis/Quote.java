package org.newslens.analysis;

/**
 * A statement attributed to someone. Offsets are UTF-16 offsets into the article text, as everywhere.
 *
 * @param start     start of the quoted words (inside the quotation marks for a direct quote; the reported clause otherwise)
 * @param end       end of them (exclusive)
 * @param kind      direct, partly direct (a reported clause with quoted words) or reported
 * @param cue       the attribution verb as written ("said", "told", "warned", "according to"), or null for a
 *                  quotation continuing an earlier one
 * @param speaker   who said it, or null when no speaker could be found
 * @param addressee for "told": whom it was told to; null otherwise
 * @param paragraph the number (from 1) of the paragraph it starts in
 */
public record Quote(int start, int end, String text, QuoteKind kind, String cue, int cueStart, int cueEnd,
                    Speaker speaker, Speaker addressee, int paragraph) {

    public Quote withSpeaker(Speaker other) {
        return new Quote(start, end, text, kind, cue, cueStart, cueEnd, other, addressee, paragraph);
    }
}
