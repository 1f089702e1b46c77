package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newslens.article.Article;
import org.newslens.ui.TestArticles;

class LineLayoutTest {

    @Test
    void paragraphsAreNumberedAsTheArticleNumbersThemAndSeparatorsAreBlank() {
        Article a = TestArticles.article("T", "Jo Writer reports from Oslo.", "First paragraph.", "Second one.");

        LineLayout layout = LineLayout.of(a);

        assertEquals(5, layout.lineCount());
        assertEquals(1, layout.paragraphNumber(0));
        assertEquals(0, layout.paragraphNumber(1));
        assertEquals(2, layout.paragraphNumber(2));
        assertEquals(3, layout.paragraphNumber(4));
        assertEquals(LineLayout.BODY, layout.style(0));
        assertEquals(LineLayout.SEPARATOR, layout.style(1));
        assertEquals(LineLayout.BYLINE_RULE, layout.style(3));
        assertEquals(LineLayout.BYLINE, layout.style(4));
        assertEquals(a.text(), String.join("\n", layout.line(0), layout.line(1), layout.line(2), layout.line(3), layout.line(4)));
    }
}
