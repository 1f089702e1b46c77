package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleStatsTest {
    private static Article article(String text, List<Paragraph> paragraphs) {
        return new Article(null, "t", null, text, paragraphs, SourceFormat.TEXT, "UTF-8", ArticleLoader.sha256(text));
    }

    @Test
    void wordsAreCountedOverBodyParagraphsOnly() {
        String text = "One two — three, “four” 5.\n\nBy Jane Doe";
        Article a = article(text, List.of(new Paragraph(1, 0, 26, Paragraph.Kind.BODY), new Paragraph(2, 28, 39, Paragraph.Kind.BYLINE)));
        assertEquals(5, a.wordCount());
    }

    @Test
    void readingTimeIsAtLeastOneMinuteAndRoundsAt230WordsPerMinute() {
        assertEquals(1, article("Short.", List.of(new Paragraph(1, 0, 6, Paragraph.Kind.BODY))).readingMinutes());
        String words = "word ".repeat(1000).strip();
        Article a = article(words, List.of(new Paragraph(1, 0, words.length(), Paragraph.Kind.BODY)));
        assertEquals(1000, a.wordCount());
        assertEquals(4, a.readingMinutes());
        String more = "word ".repeat(1100).strip();
        assertEquals(5, article(more, List.of(new Paragraph(1, 0, more.length(), Paragraph.Kind.BODY))).readingMinutes());
    }
}
