package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityLabel;

/**
 * An entity page listed a part at a time (newest first), over a library of eight articles built in the test: each part
 * continues where the one before stopped, and the totals are those of the whole page.
 */
class EntityPagePagingTest {
    /** Publication dates, one per article; null: undated (no dateline either). */
    private static final String[] DATES = {"2024-03-01T09:00:00Z", null, "2024-07-15T10:00:00Z", "2023-12-24T08:00:00Z",
            "2024-05-10T12:00:00Z", null, "2024-01-05T07:30:00Z", "2024-09-30T18:00:00Z"};

    @TempDir
    Path dir;
    private AnnotationStorage notes;
    private LuceneArticleIndex index;
    private EntityPages pages;

    @BeforeEach
    void library() throws Exception {
        notes = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        index = LuceneArticleIndex.open(dir.resolve("index"));
        for (int i = 0; i < DATES.length; i++) {
            String text = "\"Harbour " + i + " will reopen,\" Maria Ortiz said. Paul Kern met Ortiz in Kandor for " + (i + 2) + " hours."
                    + (i % 3 == 0 ? "\n\nOrtiz came back to Port Elma with Kern." : "\n\nNobody else came.");
            Article a = InventedLibrary.article(dir.resolve("a" + i + ".txt"), text, DATES[i]);
            index.index(a, new InventedLibrary.Analysis(text)
                    .entity(EntityLabel.PERSON, "Maria Ortiz", List.of("Ortiz"), "Maria Ortiz", "Ortiz")
                    .entity(EntityLabel.PERSON, "Paul Kern", List.of(), "Paul Kern", "Kern")
                    .entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor")
                    .entity(EntityLabel.PLACE, "Port Elma", List.of(), "Port Elma")
                    .entity(EntityLabel.FIGURE, (i + 2) + " hours", List.of(), (i + 2) + " hours")
                    .build());
            if (i == 5) {
                AnnotationStore store = notes.open(a);
                int at = text.indexOf("Ortiz said");
                store.add(Annotation.create(text, null, at, at + 5, HighlightColour.YELLOW, "her words", List.of(), Instant.now()));
            }
        }
        index.commit();
        pages = new EntityPages(index, notes::saved);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        index.close();
    }

    private static List<String> files(EntityPage page) {
        return page.articles().stream().map(a -> Path.of(a.file()).getFileName().toString()).toList();
    }

    @Test
    void eachPartContinuesWhereTheOneBeforeStoppedNewestFirstUndatedLast() {
        EntityPage first = pages.page("ortiz", 0, 3);
        EntityPage second = pages.page("ortiz", 3, 3);
        EntityPage third = pages.page("ortiz", 6, 3);
        assertEquals(List.of("a7.txt", "a2.txt", "a4.txt"), files(first));
        assertEquals(List.of("a0.txt", "a6.txt", "a3.txt"), files(second));
        assertEquals(2, files(third).size());
        assertTrue(files(third).containsAll(List.of("a1.txt", "a5.txt")), "the undated ones come last: " + files(third));
        assertTrue(first.newestFirst());
        assertEquals(8, first.articleCount());
        assertEquals(3, second.from());
        assertTrue(first.hasMore());
        assertTrue(second.hasMore());
        assertFalse(third.hasMore());
        assertTrue(pages.page("ortiz", 8, 3).articles().isEmpty());
        assertEquals(List.of(), pages.page("ortiz", 0, 0).articles());

        EntityPage shown = first.followedBy(second).followedBy(third);
        List<String> whole = new ArrayList<>(files(pages.page("Maria Ortiz")));
        assertEquals(8, shown.articles().size());
        List<String> dated = new ArrayList<>(whole.subList(0, 6));
        java.util.Collections.reverse(dated);
        assertEquals(dated, files(shown).subList(0, 6), "newest first is the whole page's dated order reversed");
        assertEquals(0, shown.from());
        assertFalse(shown.hasMore());
    }

    @Test
    void theTotalsOfEveryPartAreThoseOfTheWholePage() {
        EntityPage whole = pages.page("Maria Ortiz");
        assertFalse(whole.newestFirst());
        assertEquals(8, whole.articles().size());
        for (int from : new int[] {0, 3, 6}) {
            EntityPage part = pages.page("Maria Ortiz", from, 3);
            assertEquals(whole.name(), part.name());
            assertEquals(whole.articleCount(), part.articleCount());
            assertEquals(whole.mentions(), part.mentions());
            assertEquals(whole.first(), part.first());
            assertEquals(whole.last(), part.last());
            assertEquals(whole.aliases(), part.aliases());
            assertEquals(whole.categories(), part.categories());
            assertEquals(whole.appearsWith(), part.appearsWith());
            assertEquals(whole.notes(), part.notes(), "the reader's notes come from every article");
        }
        assertEquals("a3.txt", Path.of(whole.first().file()).getFileName().toString());
        assertEquals("a7.txt", Path.of(whole.last().file()).getFileName().toString());
        assertEquals(8 * 2 + 3, whole.mentions());
        EntityPage.CoEntity kern = whole.appearsWith().get(0);
        assertEquals("Paul Kern", kern.name());
        assertEquals(8 + 3, kern.sentences(), "one sentence in every article, and the three second paragraphs naming both");
        assertEquals(8 + 3, kern.paragraphs());
        assertEquals(8, kern.articles());
        assertEquals(1, whole.notes().size());
        assertEquals("her words", whole.notes().get(0).note());
    }

    @Test
    void quotesAndFiguresAreThoseOfTheArticlesListed() {
        EntityPage whole = pages.page("Ortiz");
        assertEquals(8, whole.quotes().size());
        assertEquals(8, whole.figures().size());
        EntityPage first = pages.page("Ortiz", 0, 2);
        assertEquals(List.of("Harbour 7 will reopen,", "Harbour 2 will reopen,"), first.quotes().stream().map(EntityPage.PageQuote::text).toList());
        assertEquals(List.of("9 hours", "4 hours"), first.figures().stream().map(EntityPage.PageFigure::text).toList());
        EntityPage.PageArticle newest = first.articles().get(0);
        assertEquals("2024-09-30T18:00Z", newest.published());
        assertEquals("Maria Ortiz", newest.firstMention().text());
        assertEquals(2, newest.mentions());
        EntityPage both = first.followedBy(pages.page("Ortiz", 2, 2));
        assertEquals(4, both.quotes().size());
        assertEquals("Harbour 0 will reopen,", both.quotes().get(3).text());
    }

    @Test
    void anUnknownNameAndABadRangeAreHandled() {
        EntityPage none = pages.page("Nobody Known", 0, 50);
        assertNull(none.name());
        assertEquals(0, none.articleCount());
        assertFalse(none.hasMore());
        assertThrows(IllegalArgumentException.class, () -> pages.page("Ortiz", -1, 5));
    }
}
