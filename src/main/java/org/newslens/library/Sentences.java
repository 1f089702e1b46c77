package org.newslens.library;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.article.TextRange;

/** An article's sentences, never across a paragraph: the JDK's sentence rules over each paragraph. */
final class Sentences {
    private Sentences() {
    }

    static List<TextRange> of(String text, List<TextRange> paragraphs) {
        List<TextRange> blocks = paragraphs.isEmpty() ? List.of(new TextRange(0, text.length())) : paragraphs;
        List<TextRange> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (TextRange p : blocks) {
            if (p.end() > text.length()) {
                continue;
            }
            String block = text.substring(p.start(), p.end());
            breaks.setText(block);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                TextRange sentence = TextRange.trimmed(block, start, end, p.start());
                if (sentence != null) {
                    out.add(sentence);
                }
            }
        }
        return out;
    }

    /** Index of the range holding {@code offset}, or -1. Ranges are sorted and do not overlap. */
    static int indexOf(List<TextRange> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange r = ranges.get(mid);
            if (offset < r.start()) {
                hi = mid - 1;
            } else if (offset >= r.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
