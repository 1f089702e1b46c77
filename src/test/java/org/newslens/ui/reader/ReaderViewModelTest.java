package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.time.OffsetDateTime;
import org.newslens.article.Article;
import org.newslens.article.ArticleMetadata;
import org.newslens.article.TextRange;
import org.newslens.ui.TestArticles;

class ReaderViewModelTest {
    private final ReaderViewModel reader = new ReaderViewModel();
    private final Article article = TestArticles.article("Floods in the valley", "By Ana Reyes",
            "Rain fell for three days.", "The river rose two metres overnight.");

    @Test
    void headerShowsTitleBylineWordCountReadingTimeAndFileName() {
        reader.show(article);

        assertEquals("Floods in the valley", reader.titleProperty().get());
        String meta = reader.metaProperty().get();
        assertTrue(meta.startsWith("By Ana Reyes"), meta);
        assertTrue(meta.contains("11 words"), meta);
        assertTrue(meta.contains("1 min read"), meta);
        assertTrue(meta.contains("test-article.txt"), meta);
    }

    @Test
    void headerShowsTheAuthorCreditSiteAndPublicationDateOfAPage() {
        Article plain = TestArticles.article("Harbour reopens", null, "The harbour reopened on Tuesday.");
        Article page = new Article(plain.source(), plain.title(), plain.byline(), plain.text(), plain.paragraphs(), plain.format(),
                plain.encoding(), plain.contentHash(), new ArticleMetadata("Amina Khan",
                        OffsetDateTime.parse("2024-03-05T09:30:00+01:00"), "Coast Times", "en"));
        reader.show(page);
        assertTrue(reader.metaProperty().get().startsWith("By Amina Khan  ·  Coast Times  ·  2024-03-05  ·  "),
                reader.metaProperty().get());
    }

    @Test
    void aLongAuthorNoteStaysOutOfTheHeader() {
        reader.show(TestArticles.article("T", "Ana Reyes is a correspondent covering the valley and the coast.", "Body text."));
        assertTrue(reader.metaProperty().get().startsWith("2 words"), reader.metaProperty().get());
    }

    @Test
    void zoomStepsUpAndDownWithinEightToFortyPoints() {
        reader.resetZoom();
        double base = reader.fontSizeProperty().get();
        reader.zoomIn();
        assertTrue(reader.fontSizeProperty().get() > base);
        reader.resetZoom();
        assertEquals(base, reader.fontSizeProperty().get());
        for (int i = 0; i < 40; i++) {
            reader.zoomIn();
        }
        assertEquals(40, reader.fontSizeProperty().get());
        for (int i = 0; i < 40; i++) {
            reader.zoomOut();
        }
        assertEquals(8, reader.fontSizeProperty().get());
        reader.setFontSize(99);
        assertEquals(40, reader.fontSizeProperty().get());
    }

    @Test
    void selectClipsToTheTextUpdatesTheSelectionAndAsksTheViewToReveal() {
        reader.show(article);
        List<TextRange> requests = new ArrayList<>();
        reader.onSelectionRequest(requests::add);

        reader.select(5, 10_000);

        TextRange expected = new TextRange(5, article.text().length());
        assertEquals(expected, reader.selectionProperty().get());
        assertEquals(List.of(expected), requests);
        assertEquals(article.text().substring(5), reader.selectedText());
    }

    @Test
    void selectParagraphSelectsItsWholeRange() {
        reader.show(article);
        reader.selectParagraph(2);
        assertEquals("The river rose two metres overnight.", reader.selectedText());
    }

    @Test
    void openingAnotherArticleClearsHighlightsOfTheOldText() {
        reader.show(article);
        reader.setLayer(HighlightLayers.SEARCH, List.of(new Highlight(0, 4, "hit")));
        reader.select(0, 4);

        reader.show(TestArticles.article("Other", null, "Something else entirely."));

        assertTrue(reader.layers().names().isEmpty());
        assertTrue(reader.selectionProperty().get().isEmpty());
    }

    @Test
    void aDragIsWidenedToWholeWordsUnlessExactAndAClickedPassageIsSelectedWithoutAJump() {
        reader.show(article);
        List<TextRange> jumps = new ArrayList<>();
        List<TextRange> inPlace = new ArrayList<>();
        reader.onSelectionRequest(jumps::add);
        reader.onSelectInPlace(inPlace::add);
        String text = article.text();
        int from = text.indexOf("three") + 2;
        int to = text.indexOf("river") + 2;

        TextRange snapped = reader.dragged(from, to, false);
        assertEquals("three days.\n\nThe river", text.substring(snapped.start(), snapped.end()));
        assertEquals(snapped, reader.selectionProperty().get());
        assertEquals(new TextRange(from, to), reader.dragged(to, from, true));

        reader.selectInPlace(0, 4);
        assertEquals(List.of(new TextRange(0, 4)), inPlace);
        assertEquals(List.of(), jumps, "a passage picked on screen is not jumped to");
    }
}
