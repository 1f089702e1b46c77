package org.newslens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.newslens.article.Article;
import org.newslens.article.SentenceRanges;
import org.newslens.article.TextRange;

/**
 * The sentences of an article that contain given ranges (entity mentions, search hits), neighbouring
 * sentences of one paragraph merged into one passage. Sentences come from the JDK's sentence
 * {@link java.text.BreakIterator}, paragraph by paragraph, so no passage crosses a paragraph break.
 */
public final class SentencePassages {

    public List<TextRange> around(Article article, List<TextRange> ranges) {
        List<TextRange> sentences = sentences(article);
        TreeSet<Integer> chosen = new TreeSet<>();
        for (TextRange r : ranges) {
            for (int i = 0; i < sentences.size(); i++) {
                TextRange s = sentences.get(i);
                boolean overlaps = s.start() < Math.max(r.end(), r.start() + 1) && r.start() < s.end();
                if (overlaps) {
                    chosen.add(i);
                }
            }
        }
        List<TextRange> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        int previous = -2;
        for (int i : chosen) {
            TextRange s = sentences.get(i);
            boolean joins = i == previous + 1 && sameParagraph(article, runStart, s.start());
            if (joins) {
                runEnd = s.end();
            } else {
                if (runStart >= 0) {
                    out.add(new TextRange(runStart, runEnd));
                }
                runStart = s.start();
                runEnd = s.end();
            }
            previous = i;
        }
        if (runStart >= 0) {
            out.add(new TextRange(runStart, runEnd));
        }
        return out;
    }

    /** Every sentence, trimmed of surrounding white space, in text order. */
    public List<TextRange> sentences(Article article) {
        return SentenceRanges.of(article);
    }

    private static boolean sameParagraph(Article article, int a, int b) {
        return article.paragraphAt(a).number() == article.paragraphAt(b).number();
    }
}
