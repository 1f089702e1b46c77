package org.newslens.analysis;

import java.util.List;

/** {@code according to X}, before, inside or after the statement. */
final class AccordingTo {
    private final AttributionText text;

    AccordingTo(AttributionText text) {
        this.text = text;
    }

    /** The attribution whose "according" is at {@code c} (followed by "to"), or null when no speaker words follow. */
    Attributions.Found find(List<Words.Word> w, int c, int sStart, int sEnd) {
        int k = c + 2;
        while (k < w.size() && w.get(k).isWord()) {
            k++;
        }
        if (k == c + 2) {
            return null;
        }
        int speakerStart = w.get(c + 2).start();
        int speakerEnd = w.get(k - 1).end();
        Words.Word a = w.get(c);
        int cueEnd = w.get(c + 1).end();
        String cue = text.substring(a.start(), cueEnd);
        boolean atEnd = k >= w.size() || k == w.size() - 1 && !w.get(k).text().equals(",");
        int contentStart = sStart;
        int contentEnd = sEnd;
        if (c == 0 && k < w.size() && w.get(k).text().equals(",")) {
            contentStart = w.get(k).end();
        } else if (atEnd && c > 0 && w.get(c - 1).text().equals(",")) {
            contentEnd = w.get(c - 1).start();
        }
        return new Attributions.Found(contentStart, contentEnd, speakerStart, speakerEnd, 0, 0, cue, a.start(), cueEnd);
    }
}
