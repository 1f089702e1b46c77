package org.newslens.analysis;

import static org.newslens.analysis.AttributionText.AUX;

import java.util.List;

/** {@code X did Y, saying (that) …}: the sentence's subject speaks. */
final class SayingClause {
    private SayingClause() {
    }

    /** The attribution whose ", saying" or ", adding" is at {@code c}, or null when no subject or statement is found. */
    static Attributions.Found find(List<Words.Word> w, int c, int sEnd) {
        int from = 0;
        for (int i = 0; i < c - 1; i++) {
            if (w.get(i).text().equals(",") && i <= 4) {
                from = i + 1; // "On Wednesday, …"
                break;
            }
        }
        int to = from;
        while (to < c && w.get(to).isWord() && !AUX.contains(w.get(to).lower())
                && !(w.get(to).lower().endsWith("ed") && w.get(to).text().equals(w.get(to).lower()))) {
            to++;
        }
        int k = c + 1;
        if (k < w.size() && w.get(k).is("that")) {
            k++;
        }
        if (k >= w.size() || to == from) {
            return null;
        }
        Words.Word cue = w.get(c);
        return new Attributions.Found(w.get(k).start(), sEnd, w.get(from).start(), w.get(to - 1).end(), 0, 0,
                cue.text(), cue.start(), cue.end());
    }
}
