package org.newslens.analysis;

import static org.newslens.analysis.AttributionText.AUX;
import static org.newslens.analysis.AttributionText.contentEndBefore;
import static org.newslens.analysis.AttributionText.isCloseMark;
import static org.newslens.analysis.AttributionText.isPreposition;

import java.util.List;

/** An attribution after or inside its statement: {@code …, X said.} / {@code A, X said, B.} / {@code Now, X fear, B.} */
final class TrailingAttribution {
    private final AttributionText text;

    TrailingAttribution(AttributionText text) {
        this.text = text;
    }

    /** The statement around the speaker words ending at the boundary {@code b} and the cue at {@code c}, or null. */
    Attributions.Found find(List<Words.Word> w, int b, int c, int sStart, int sEnd, int speakerStart, int speakerEnd) {
        Words.Word cue = w.get(c);
        int k = c + 1;
        int addresseeStart = 0;
        int addresseeEnd = 0;
        if (CueVerbs.isTell(cue.text()) && k < w.size() && w.get(k).isWord()) {
            int a = k;
            while (a < w.size() && w.get(a).isWord() && !isPreposition(w.get(a)) && !text.startsDate(w.get(a))) {
                a++;
            }
            if (a > k) {
                addresseeStart = w.get(k).start();
                addresseeEnd = w.get(a - 1).end();
            }
            k = a;
        }
        int adverbial = k;
        while (k < w.size() && w.get(k).isWord()) {
            k++; // "on Saturday", "in a statement"
        }
        if (k > adverbial && (!(isPreposition(w.get(adverbial)) || text.startsDate(w.get(adverbial))) || k - adverbial > 14)) {
            return null; // "…, Washington has asked neighbours to take them in": not an attribution
        }
        boolean continues = k < w.size() - 1 && w.get(k).text().equals(",") && w.get(k + 1).isWord();
        int beforeEnd = contentEndBefore(w.get(b));
        int contentStart = sStart;
        int contentEnd = beforeEnd;
        if (continues) {
            String next = w.get(k + 1).lower();
            boolean shortLead = b <= 3 && !isCloseMark(w.get(b)) && !text.quotedOnly(sStart, beforeEnd);
            if (shortLead && !AUX.contains(next) && !next.endsWith("ed")) {
                contentStart = w.get(k + 1).start();
                contentEnd = sEnd;
            } else if (!text.quotedOnly(sStart, beforeEnd)) {
                contentEnd = sEnd;
            }
        }
        return new Attributions.Found(contentStart, contentEnd, speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                cue.text(), cue.start(), cue.end());
    }
}
