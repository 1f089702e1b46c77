package org.newslens.library;

import java.util.List;
import org.newslens.article.SentenceRanges;
import org.newslens.article.TextRange;

/** An article's sentences ({@link SentenceRanges}) and finding the one holding an offset. */
final class Sentences {
    private Sentences() {
    }

    static List<TextRange> of(String text, List<TextRange> paragraphs) {
        return SentenceRanges.of(text, paragraphs);
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
