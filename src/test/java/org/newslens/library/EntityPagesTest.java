package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.index.LuceneArticleIndex;

/** An entity's page over a library built in the test: articles, counts, aliases, dates, who appears with it. */
class EntityPagesTest {
    @TempDir
    Path dir;

    private EntityPage page(String name) {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            InventedLibrary.fill(index, dir);
            return new EntityPages(index).page(name);
        }
    }

    @Test
    void anAliasInAnyCaseFindsEveryArticleNamingTheEntity() {
        EntityPage page = page("ORTIZ");
        assertEquals("Maria Ortiz", page.name());
        assertEquals(List.of("PERSON"), page.categories());
        assertEquals(List.of(dir.resolve("meeting.txt").toString(), dir.resolve("harbour.txt").toString()),
                page.articles().stream().map(EntityPage.PageArticle::file).toList());
        assertEquals(List.of(2, 1), page.articles().stream().map(EntityPage.PageArticle::mentions).toList());
        assertEquals(3, page.mentions());
        assertTrue(page.aliases().containsAll(List.of("Ortiz", "M. Ortiz")), page.aliases().toString());
        assertTrue(page.aliases().stream().noneMatch(a -> a.equalsIgnoreCase("Maria Ortiz")), page.aliases().toString());
    }

    @Test
    void firstMentionPointsIntoTheArticleTextWithItsContext() {
        EntityPage.PageArticle harbour = page("maria ortiz").articles().get(1);
        EntityPage.FirstMention first = harbour.firstMention();
        assertEquals(InventedLibrary.HARBOUR.indexOf("Maria Ortiz"), first.start());
        assertEquals(InventedLibrary.HARBOUR.substring(first.start(), first.end()), first.text());
        assertEquals("Maria Ortiz", first.text());
        assertTrue(first.context().contains("Maria Ortiz was absent"), first.context());
        assertTrue(first.context().length() <= 90, first.context());
        assertEquals("2024-05-10T12:00Z", harbour.published());
    }

    @Test
    void firstAndLastAppearanceFollowTheArticleDates() {
        EntityPage page = page("Kandor");
        assertEquals(2, page.articles().size());
        assertEquals(dir.resolve("meeting.txt").toString(), page.first().file());
        assertEquals(dir.resolve("meeting.txt").toString(), page.last().file());
        assertNull(page.articles().get(1).published(), "the undated article comes after the dated ones");
    }

    @Test
    void anArticleWithoutAPublicationDateIsDatedByItsDateline() {
        String text = "KANDOR, February 4, 2024 - Maria Ortiz opened the harbour.\n\nNobody else came.";
        EntityPage page;
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            InventedLibrary.fill(index, dir);
            index.index(InventedLibrary.article(dir.resolve("dateline.txt"), text, null), new InventedLibrary.Analysis(text)
                    .entity(org.newslens.nlp.EntityLabel.PERSON, "Maria Ortiz", List.of(), "Maria Ortiz")
                    .entity(org.newslens.nlp.EntityLabel.DATE, "February 4, 2024", List.of(), "February 4, 2024").build());
            index.commit();
            page = new EntityPages(index).page("Maria Ortiz");
        }
        assertEquals(dir.resolve("dateline.txt").toString(), page.first().file(), "4 February comes before the March article");
        assertEquals("2024-02-04", page.first().published());
        assertEquals("2024-02-04", page.articles().get(0).published());
        assertEquals(dir.resolve("harbour.txt").toString(), page.last().file());
    }

    @Test
    void appearsWithCountsSharedSentencesThenParagraphs() {
        EntityPage page = page("Maria Ortiz");
        EntityPage.CoEntity kern = page.appearsWith().get(0);
        assertEquals("Paul Kern", kern.name());
        assertEquals("PERSON", kern.category());
        assertEquals(2, kern.sentences());
        assertEquals(3, kern.paragraphs());
        assertEquals(2, kern.articles());
        assertTrue(page.appearsWith().stream().noneMatch(c -> c.name().equalsIgnoreCase("Maria Ortiz")));
        assertTrue(page.appearsWith().stream().noneMatch(c -> c.name().equals("Monday")),
                "Monday shares neither a sentence nor a paragraph with her");
    }

    @Test
    void appearsWithListsNamesNotTheDatesAndFiguresBesideThem() {
        EntityPage page = page("Paul Kern");
        assertTrue(page.appearsWith().stream().anyMatch(c -> c.name().equals("Port Elma")), page.appearsWith().toString());
        assertTrue(page.appearsWith().stream().noneMatch(c -> c.name().equals("Monday")),
                "Monday shares Kern's sentence but is a date, not someone or somewhere he appears with");
    }

    @Test
    void aCopyOfATextInAnotherFolderIsListedOnceWithItsFolder() {
        EntityPage page;
        EntityPage newest;
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir.resolve("index"))) {
            InventedLibrary.fill(index, dir);
            InventedLibrary.meeting(index, dir.resolve("archive/meeting.txt"));
            index.commit();
            page = new EntityPages(index).page("Maria Ortiz");
            newest = new EntityPages(index).page("Maria Ortiz", 0, 1);
        }
        assertEquals(2, page.articleCount(), "as without the copy");
        assertEquals(3, page.mentions());
        assertEquals(List.of(dir.resolve("meeting.txt").toString(), dir.resolve("harbour.txt").toString()),
                page.articles().stream().map(EntityPage.PageArticle::file).toList());
        assertEquals(List.of(dir.resolve("archive/meeting.txt").toString()), page.articles().get(0).alsoIn());
        assertEquals(List.of(), page.articles().get(1).alsoIn());
        EntityPage.CoEntity kern = page.appearsWith().get(0);
        assertEquals(2, kern.sentences(), "the copy's shared sentences count once");
        assertEquals(3, kern.paragraphs());
        assertEquals(2, kern.articles());
        assertEquals(dir.resolve("meeting.txt").toString(), page.first().file());
        assertEquals(2, newest.articleCount());
        assertTrue(newest.hasMore());
        assertEquals(dir.resolve("harbour.txt").toString(), newest.articles().get(0).file());
    }

    @Test
    void anUnknownNameGivesAnEmptyPage() {
        EntityPage page = page("Nobody Known");
        assertNull(page.name());
        assertTrue(page.articles().isEmpty());
        assertNull(page.first());
    }
}
