package org.newslens.analysis;

import static org.newslens.analysis.AttributionText.AUX;
import static org.newslens.analysis.AttributionText.isOpenMark;
import static org.newslens.analysis.AttributionText.isPreposition;

import java.util.List;
import java.util.Set;

/** An attribution before its statement: {@code X said (that) …}, {@code X told Y (that) …}, {@code X said: "…"}. */
final class LeadingAttribution {
    private static final Set<String> NOT_CLAUSE_START = Set.of("to", "of", "for", "about", "with", "by", "from", "into",
            "up", "out", "off", "so", "yes", "no", "goodbye", "hello", "nothing", "anything", "something", "as");
    private static final int THAT_WITHIN = 12;
    private static final Set<String> TIME_ADVERBS = Set.of("later", "earlier", "again", "also", "afterwards", "then");
    /** Subject pronouns as written inside a sentence. */
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "I");

    private final AttributionText text;

    LeadingAttribution(AttributionText text) {
        this.text = text;
    }

    /** The cue is followed, before any comma, by "that" or an opening quotation mark: "X said that …". */
    static boolean introducesClause(List<Words.Word> w, int c) {
        for (int k = c + 1; k < w.size() && k <= c + THAT_WITHIN; k++) {
            Words.Word x = w.get(k);
            if (x.is("that") || isOpenMark(x) || x.text().equals(":")) {
                return true;
            }
            if (!x.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The statement after the cue at {@code c}, or null when none follows. */
    Attributions.Found find(List<Words.Word> w, int c, int sEnd, int speakerStart, int speakerEnd) {
        Words.Word cue = w.get(c);
        int k = c + 1;
        int addresseeStart = 0;
        int addresseeEnd = 0;
        if (CueVerbs.isTell(cue.text())) {
            int a = addresseeEnd(w, k);
            if (a == k) {
                return null;
            }
            addresseeStart = w.get(k).start();
            addresseeEnd = w.get(a - 1).end();
            k = a;
        }
        boolean adverbialFirst = k < w.size() && (w.get(k).is("that") || isPreposition(w.get(k)) || text.startsDate(w.get(k))
                || w.get(k).lower().endsWith("ly") && w.get(k).text().equals(w.get(k).lower()) || TIME_ADVERBS.contains(w.get(k).text()));
        for (int t = k; adverbialFirst && t < w.size() && t - k <= THAT_WITHIN; t++) {
            Words.Word x = w.get(t);
            if (x.is("that")) {
                return t + 1 < w.size() ? new Attributions.Found(w.get(t + 1).start(), contrastEnd(w, t + 1, sEnd), speakerStart, speakerEnd,
                        addresseeStart, addresseeEnd, cue.text(), cue.start(), cue.end()) : null;
            }
            if (!x.isWord()) {
                break;
            }
        }
        if (adverbialFirst && isPreposition(w.get(k)) && CueVerbs.takesBareClause(cue.text())) {
            // "said in a resolution it intended …": a short phrase, then the clause's pronoun subject
            for (int t = k + 1; t < w.size() && t - k <= 5 && w.get(t).isWord(); t++) {
                if (SUBJECT_PRONOUNS.contains(w.get(t).text())) {
                    return new Attributions.Found(w.get(t).start(), contrastEnd(w, t, sEnd), speakerStart, speakerEnd,
                            addresseeStart, addresseeEnd, cue.text(), cue.start(), cue.end());
                }
            }
        }
        if (k < w.size() && (w.get(k).text().equals(":") || w.get(k).text().equals(",")) && k + 1 < w.size()) {
            k++;
        }
        if (k >= w.size()) {
            return null;
        }
        if (isOpenMark(w.get(k))) {
            QuoteMarks.Quoted q = text.quotedAt(w.get(k).start());
            return new Attributions.Found(w.get(k).start(), q == null ? sEnd : q.close() + 1, speakerStart, speakerEnd,
                    addresseeStart, addresseeEnd, cue.text(), cue.start(), cue.end());
        }
        if (!CueVerbs.takesBareClause(cue.text())) {
            return null;
        }
        k = text.skipDate(w, k);
        if (k >= w.size() - 3) {
            return null;
        }
        String first = w.get(k).lower();
        if (!w.get(k).isWord() || NOT_CLAUSE_START.contains(first) || AUX.contains(first) || isPreposition(w.get(k))) {
            return null;
        }
        return new Attributions.Found(w.get(k).start(), contrastEnd(w, k, sEnd), speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                cue.text(), cue.start(), cue.end());
    }

    /** Past the addressee of "told": a name (with "the"), a pronoun, or up to three words before "that" or a preposition. */
    private int addresseeEnd(List<Words.Word> w, int k) {
        int at = k < w.size() && (w.get(k).is("the") || w.get(k).is("a")) ? k + 1 : k;
        if (at < w.size()) {
            int nameEnd = text.nameEnd(w.get(at).start());
            if (nameEnd > 0) {
                int a = at;
                while (a < w.size() && w.get(a).start() < nameEnd) {
                    a++;
                }
                while (a < w.size() && a - at < 4 && w.get(a).isWord() && w.get(a).text().equals(w.get(a).lower())
                        && !w.get(a).is("that") && !w.get(a).is("the") && !isPreposition(w.get(a)) && !text.startsDate(w.get(a))) {
                    a++; // "German radio"
                }
                return a;
            }
        }
        if (k < w.size() && switch (w.get(k).lower()) {
            case "him", "her", "them", "us", "me", "you" -> true;
            default -> false;
        }) {
            return k + 1;
        }
        int a = k;
        while (a < w.size() && a - k < 3 && w.get(a).isWord() && !w.get(a).is("that") && !text.startsDate(w.get(a))
                && !(isPreposition(w.get(a)) && a > k) && !(SUBJECT_PRONOUNS.contains(w.get(a).text()) && a > k)) {
            a++;
        }
        return a;
    }

    /** A statement introduced before its words ends where ", while …" or ", whereas …" opens a contrast. */
    private static int contrastEnd(List<Words.Word> w, int from, int sEnd) {
        for (int i = from; i + 1 < w.size(); i++) {
            if (w.get(i).text().equals(",") && (w.get(i + 1).is("while") || w.get(i + 1).is("whereas"))) {
                return w.get(i).start();
            }
        }
        return sEnd;
    }
}
