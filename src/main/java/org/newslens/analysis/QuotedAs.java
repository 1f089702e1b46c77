package org.newslens.analysis;

import java.util.List;
import java.util.Set;

/**
 * {@code Z quoted X as saying …} (X speaks) and {@code X was quoted as telling Y …} (the subject speaks): the
 * newspaper's report of what someone said, with the statement after the cue as for {@code X said …}.
 */
final class QuotedAs {
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being");
    private static final int MAX_SPEAKER_WORDS = 6;
    private static final int QUOTED_WITHIN = MAX_SPEAKER_WORDS + 2;

    private final LeadingAttribution leading;

    QuotedAs(LeadingAttribution leading) {
        this.leading = leading;
    }

    /** The attribution whose "saying" or "telling" at {@code c} follows "as", or null when no "quoted" comes before. */
    Attributions.Found find(List<Words.Word> w, int c, int sEnd) {
        int quoted = -1;
        for (int i = c - 2; i >= 0 && c - i <= QUOTED_WITHIN && w.get(i).isWord(); i--) {
            if (w.get(i).is("quoted")) {
                quoted = i;
                break;
            }
        }
        if (quoted < 0) {
            return null;
        }
        int from;
        int to;
        if (quoted == c - 2) {
            // "Ingram was quoted as telling …": the subject before the passive speaks
            if (quoted < 2 || !PASSIVE.contains(w.get(quoted - 1).lower())) {
                return null;
            }
            to = quoted - 2;
            from = to;
            while (from > 0 && w.get(from - 1).isWord() && to - from + 1 < MAX_SPEAKER_WORDS) {
                from--;
            }
            if (!w.get(to).isWord()) {
                return null;
            }
        } else {
            from = quoted + 1;
            to = c - 2;
        }
        return leading.find(w, c, sEnd, w.get(from).start(), w.get(to).end());
    }
}
