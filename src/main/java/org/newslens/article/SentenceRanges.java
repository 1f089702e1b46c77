package org.newslens.article;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text's sentences as ranges, never across a block (a paragraph): the JDK's sentence rules over each block. */
public final class SentenceRanges {
    private SentenceRanges() {
    }

    /**
     * Every sentence, trimmed of surrounding white space, in text order; a block reaching past the text is skipped,
     * and no blocks means the whole text is one.
     */
    public static List<TextRange> of(String text, List<TextRange> blocks) {
        List<TextRange> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        for (TextRange p : blocks.isEmpty() ? List.of(new TextRange(0, text.length())) : blocks) {
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

    /** An article's sentences, within its paragraphs. */
    public static List<TextRange> of(Article article) {
        return of(article.text(), article.paragraphs().stream().map(p -> new TextRange(p.start(), p.end())).toList());
    }
}
