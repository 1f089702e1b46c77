package org.newslens.analysis;

import static org.newslens.analysis.AttributionText.contentEndBefore;
import static org.newslens.analysis.AttributionText.isCloseMark;
import static org.newslens.analysis.AttributionText.isCommaOrClose;
import static org.newslens.analysis.AttributionText.isPreposition;
import static org.newslens.analysis.AttributionText.isQuoteMarkOrStop;
import static org.newslens.analysis.LeadingAttribution.introducesClause;

import java.util.List;
import java.util.Set;

/**
 * An attribution on a speech verb ({@link CueVerbs}): finds the speaker's words before the cue (past a
 * relative clause or an appositive, or after it in {@code "…," said X}) and whether the statement follows the
 * attribution ({@link LeadingAttribution}) or precedes or surrounds it ({@link TrailingAttribution}).
 */
record CueVerbAttribution(AttributionText text, LeadingAttribution leading, TrailingAttribution trailing) {
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "will", "would", "also", "again", "later",
            "previously", "repeatedly", "once", "then", "earlier", "could", "might", "may", "did", "does", "do", "not",
            "never", "can", "should", "must", "still", "already", "always", "often", "just", "having", "is", "are", "was", "were", "been");
    private static final Set<String> STOP = Set.of("that", "which", "who", "whom", "and", "but", "while", "as", "because",
            "when", "if", "whether", "although", "though", "since", "so", "where", "after", "before", "than", "whereas");
    private static final int MAX_SPEAKER_WORDS = 10;
    /** Words that open a fronted phrase whose comma is not an attribution's boundary. */
    private static final Set<String> FRONTED = Set.of("although", "though", "while", "when", "whenever", "if", "unless",
            "after", "before", "since", "because", "once", "until", "despite");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

    /** The attribution on the cue verb at {@code c}, or null when the words around it are no attribution. */
    Attributions.Found find(List<Words.Word> w, int c, int sStart, int sEnd) {
        Words.Word cue = w.get(c);
        int j = c - 1;
        while (j >= 0 && (BETWEEN.contains(w.get(j).lower()) || w.get(j).lower().endsWith("ly") && w.get(j).text().equals(w.get(j).lower()))) {
            j--;
        }
        int[] speakerRange = null;
        int b = j;
        while (b >= 0 && w.get(b).isWord() && !STOP.contains(w.get(b).lower()) && j - b < MAX_SPEAKER_WORDS) {
            b--;
        }
        if (b >= 0 && w.get(b).isWord() && !STOP.contains(w.get(b).lower())) {
            return null; // too long to be the speaker's name
        }
        if (j == b && b >= 2 && w.get(b).text().equals(",")) {
            // "Edberg, who has announced that …, said": the speaker stands before the relative clause
            for (int r = b - 1; r >= 1 && b - r <= 25; r--) {
                if ((w.get(r).is("who") || w.get(r).is("whose")) && w.get(r - 1).text().equals(",")) {
                    int np = r - 2;
                    int nb = np;
                    while (nb >= 0 && w.get(nb).isWord() && !STOP.contains(w.get(nb).lower()) && np - nb < MAX_SPEAKER_WORDS) {
                        nb--;
                    }
                    if (nb < np) {
                        j = np;
                        b = nb;
                        if (b >= 0 && isCommaOrClose(w.get(b)) && (b > 0 || isCloseMark(w.get(0)))) {
                            return trailing.find(w, b, c, sStart, sEnd, w.get(b + 1).start(), w.get(j).end());
                        }
                        return leading.find(w, c, sEnd, w.get(b + 1).start(), w.get(j).end());
                    }
                    break;
                }
                if (isQuoteMarkOrStop(w.get(r))) {
                    break;
                }
            }
        }
        if (b >= 2 && w.get(b).text().equals(",") && j > b) {
            // "'…,' Sergei Posukhov, the president's adviser, told Reuters": the name before the appositive speaks
            int n = b - 1;
            while (n >= 0 && w.get(n).isWord() && b - n <= 5) {
                n--;
            }
            if (n >= 0 && n < b - 1 && isCloseMark(w.get(n))) {
                speakerRange = new int[] {w.get(n + 1).start(), w.get(j).end()};
                b = n;
            }
        }
        if (b >= 1 && j > b && w.get(b).is("and") && isPreposition(w.get(b + 1))) {
            // "The council condemned the coup and for the first time said …": the phrase is no speaker
            speakerRange = sentenceSubject(w, b);
            if (speakerRange == null) {
                return null;
            }
        }
        boolean boundaryIsComma = b >= 0 && isCommaOrClose(w.get(b));
        boolean somethingBefore = b > 0 || b == 0 && isCloseMark(w.get(0));
        if (j == b && b > 0 && w.get(b).text().equals(",") && clauseFollows(w, c)) {
            // "Xiao Qiang, director of the group, said Wang's arrest …": the sentence opens with the speaker
            Attributions.Found f = leading.find(w, c, sEnd, sStart, w.get(b).start());
            if (f != null) {
                return f;
            }
        }
        if (j == b && b >= 1 && (w.get(b).is("who") || w.get(b).is("and")) && clauseFollows(w, c)) {
            int[] speaker = w.get(b).is("who") ? nounBefore(w, b) : sentenceSubject(w, b);
            return speaker == null ? null : leading.find(w, c, sEnd, speaker[0], speaker[1]);
        }
        if (j == b) {
            // nothing between boundary and cue: "…," said X.
            if (!boundaryIsComma || !somethingBefore) {
                return null;
            }
            if (!CueVerbs.takesBareClause(cue.text()) && !isCloseMark(w.get(b))) {
                return null; // "The group, which operates in …, reported a profit": a verb of another sense, no quotation
            }
            int k = c + 1;
            while (k < w.size() && (w.get(k).isWord() || w.get(k).text().equals(",") && k + 1 < w.size() && text.nameEnd(w.get(k + 1).start()) > 0)) {
                k++; // "said the tourist, Khaled Hijazi"
            }
            if (k == c + 1 || w.get(c + 1).lower().equals("that") || isPreposition(w.get(c + 1))) {
                return null;
            }
            return new Attributions.Found(sStart, contentEndBefore(w.get(b)), w.get(c + 1).start(), w.get(k - 1).end(), 0, 0,
                    cue.text(), cue.start(), cue.end());
        }
        int speakerStart = speakerRange == null ? w.get(b + 1).start() : speakerRange[0];
        int speakerEnd = speakerRange == null ? w.get(j).end() : speakerRange[1];
        if (boundaryIsComma && somethingBefore && opensWithFrontedPhrase(w) && clauseFollows(w, c)) {
            // "Although …, some politicians have said they feared …": the comma closes a fronted phrase
            Attributions.Found f = leading.find(w, c, sEnd, speakerStart, speakerEnd);
            if (f != null) {
                return f;
            }
        }
        if (boundaryIsComma && somethingBefore && !introducesClause(w, c)) {
            return trailing.find(w, b, c, sStart, sEnd, speakerStart, speakerEnd);
        }
        Attributions.Found f = leading.find(w, c, sEnd, speakerStart, speakerEnd);
        if (f != null && subordinate(w, b, c)) {
            // "with X having announced that …, the main clause": the statement ends with the phrase
            for (Words.Word x : w) {
                if (x.start() > f.contentStart() && x.text().equals(",") && !text.isQuoted(x.start())) {
                    return f.withContentEnd(x.start());
                }
            }
        }
        return f;
    }

    /** The sentence opens with a subordinate or participial phrase: "Although …,", "If …,", "Noting that …,". */
    private static boolean opensWithFrontedPhrase(List<Words.Word> w) {
        if (w.isEmpty() || !w.get(0).isWord()) {
            return false;
        }
        String first = w.get(0).lower();
        return FRONTED.contains(first) || first.endsWith("ing") && first.length() > 4;
    }

    /** "security officers who told …": the words naming whom "who" stands for (up to five, back to a preposition or a stop). */
    private static int[] nounBefore(List<Words.Word> w, int who) {
        int n = who - 1;
        while (n >= 0 && w.get(n).isWord() && who - n <= 5 && !isPreposition(w.get(n)) && !STOP.contains(w.get(n).lower())) {
            n--;
        }
        return n == who - 1 ? null : new int[] {w.get(n + 1).start(), w.get(who - 1).end()};
    }

    /** "Hill won the game and said later that …": a name or pronoun opening the sentence speaks; else no speaker. */
    private int[] sentenceSubject(List<Words.Word> w, int and) {
        Words.Word first = w.get(0);
        if (!first.isWord() || and < 2) {
            return null;
        }
        Words.Word name = first.is("the") && w.get(1).isWord() ? w.get(1) : first;
        int nameEnd = text.nameEnd(name.start());
        if (nameEnd > 0) {
            return new int[] {name.start(), nameEnd};
        }
        return SUBJECT_PRONOUNS.contains(first.lower()) ? new int[] {first.start(), first.end()} : null;
    }

    /** After the cue comes "that", an addressee or a run of at least four words: a statement, not a name. */
    private static boolean clauseFollows(List<Words.Word> w, int c) {
        if (introducesClause(w, c) || CueVerbs.isTell(w.get(c).text())) {
            return true;
        }
        int k = c + 1;
        while (k < w.size() && w.get(k).isWord()) {
            k++;
        }
        return k - c - 1 >= 4;
    }

    /** The attribution sits in a fronted phrase: "with X having said …", "after X said …". */
    private static boolean subordinate(List<Words.Word> w, int b, int c) {
        return w.get(c - 1).is("having") || b + 1 < c && switch (w.get(b + 1).lower()) {
            case "with", "after", "despite", "since", "as" -> true;
            default -> false;
        };
    }
}
