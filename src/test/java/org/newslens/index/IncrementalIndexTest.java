package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.index.InventedArticles.HARBOUR;
import static org.newslens.index.InventedArticles.VALLEY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;

/** The index on disk: updated by content hash, and still there after a restart. */
class IncrementalIndexTest {
    @TempDir
    Path home;

    @Test
    void unchangedArticleIsNotIndexedTwice() throws Exception {
        Path file = home.resolve("valley.txt");
        Article valley = InventedArticles.article(file, VALLEY);
        try (ArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            assertFalse(index.isIndexed(valley));
            assertEquals(IndexOutcome.ADDED, index.index(valley, InventedArticles.valleyEntities()));
            assertTrue(index.isIndexed(valley));
            assertTrue(index.contains(valley.contentHash()));
            assertEquals(IndexOutcome.UNCHANGED, index.index(valley, InventedArticles.valleyEntities()));
            assertEquals(1, index.size());
            assertEquals(1, index.search("kandor", SearchScope.all()).matchingArticles());
        }
    }

    @Test
    void changedArticleReplacesTheOldVersion() throws Exception {
        Path file = home.resolve("story.txt");
        Article before = InventedArticles.article(file, VALLEY);
        Article after = InventedArticles.article(file, HARBOUR);
        try (ArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            index.index(before, InventedArticles.valleyEntities());
            assertEquals(IndexOutcome.REPLACED, index.index(after, InventedArticles.harbourEntities()));
            assertEquals(1, index.size());
            assertFalse(index.contains(before.contentHash()));
            assertTrue(index.contains(after.contentHash()));
            assertTrue(index.search("kandor", SearchScope.file(file)).isEmpty(), "old text gone");
            assertTrue(index.search("entity:\"united states\"", SearchScope.all()).isEmpty(), "old entities gone");
            SearchResult fishermen = index.search("fishermen", SearchScope.file(file));
            assertEquals(HARBOUR.indexOf("Fishermen"), fishermen.hits().get(0).start());
            assertEquals(after.contentHash(), fishermen.hits().get(0).contentHash());
        }
    }

    @Test
    void sameTextWithCorrectedEntitiesReplacesTheEntityFields() throws Exception {
        Path file = home.resolve("valley.txt");
        Article valley = InventedArticles.article(file, VALLEY);
        EntityAnalysis corrected = new InventedArticles.Analysis(VALLEY)
                .entity(EntityLabel.PLACE, "United States", List.of("US", "America"), "United States", "US", "America")
                .entity(EntityLabel.PERSON, "Kandor", List.of(), "Kandor")
                .build();
        Path dir = home.resolve("index");
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.index(valley, InventedArticles.valleyEntities());
            assertTrue(index.search("person:kandor", SearchScope.all()).isEmpty());
            assertEquals(IndexOutcome.REPLACED, index.index(valley, corrected));
            assertEquals(1, index.size());
            SearchResult person = index.search("person:kandor", SearchScope.article(valley));
            assertEquals(2, person.total());
            assertEquals(VALLEY.indexOf("Kandor"), person.hits().get(0).start());
            assertTrue(index.search("place:kandor", SearchScope.all()).isEmpty(), "the recogniser's label is gone");
            assertTrue(index.search("person:ortiz", SearchScope.all()).isEmpty(), "dropped entities are gone");
            assertEquals(IndexOutcome.UNCHANGED, index.index(valley, corrected));
        }
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertEquals(IndexOutcome.UNCHANGED, index.index(valley, corrected), "the entities indexed are remembered");
            assertEquals(IndexOutcome.REPLACED, index.index(valley, InventedArticles.valleyEntities()));
            assertEquals(1, index.search("person:ortiz", SearchScope.all()).total());
            assertTrue(index.search("person:kandor", SearchScope.all()).isEmpty());
        }
    }

    @Test
    void hitsShowTheNewTextAfterTheArticleChanged() throws Exception {
        Path file = home.resolve("story.txt");
        try (ArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            index.index(InventedArticles.article(file, VALLEY), EntityAnalysis.empty());
            SearchHit before = index.search("kandor", SearchScope.file(file)).hits().get(0);
            assertEquals(VALLEY.indexOf("Kandor"), before.start());
            index.index(InventedArticles.article(file, InventedArticles.DROUGHT), EntityAnalysis.empty());
            SearchHit after = index.search("kandor", SearchScope.file(file)).hits().get(0);
            assertEquals(InventedArticles.DROUGHT.indexOf("Kandor"), after.start());
            assertTrue(after.snippet().text().contains("reservoirs"), after.snippet().text());
        }
    }

    @Test
    void indexSurvivesARestart() throws Exception {
        Path file = home.resolve("valley.txt");
        Article valley = InventedArticles.article(file, VALLEY);
        Path dir = home.resolve("index");
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.index(valley, InventedArticles.valleyEntities());
        }
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertTrue(index.isIndexed(valley));
            assertEquals(IndexOutcome.UNCHANGED, index.index(valley, InventedArticles.valleyEntities()));
            SearchResult us = index.search("entity:america", SearchScope.article(valley));
            assertEquals(3, us.total());
            assertEquals(VALLEY.indexOf("United States"), us.hits().get(0).start());
            assertEquals("Maria Ortiz", index.suggest("ort", 5).get(0).entity());
        }
    }

    @Test
    void articleWithoutAFileIsKnownByItsContent() throws Exception {
        Article pasted = InventedArticles.article(null, HARBOUR);
        try (ArticleIndex index = LuceneArticleIndex.inMemory()) {
            assertEquals(IndexOutcome.ADDED, index.index(pasted, EntityAnalysis.empty()));
            assertEquals(IndexOutcome.UNCHANGED, index.index(InventedArticles.article(null, HARBOUR), EntityAnalysis.empty()));
            SearchHit hit = index.search("harbour", SearchScope.article(pasted)).hits().get(0);
            assertEquals(null, hit.file());
            assertEquals(HARBOUR.indexOf("harbour"), hit.start());
        }
    }

    @Test
    void removedArticleIsNoLongerFound() throws Exception {
        Path file = home.resolve("valley.txt");
        try (ArticleIndex index = LuceneArticleIndex.inMemory()) {
            index.index(InventedArticles.article(file, VALLEY), EntityAnalysis.empty());
            assertTrue(index.remove(file));
            assertFalse(index.remove(file));
            assertTrue(index.search("kandor", SearchScope.all()).isEmpty());
            assertEquals(0, index.size());
        }
    }

    @Test
    void damagedIndexIsSetAsideAndRebuilt() throws Exception {
        Path dir = home.resolve("index");
        Path file = home.resolve("valley.txt");
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            index.index(InventedArticles.article(file, VALLEY), EntityAnalysis.empty());
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(p, "not an index");
            }
        }
        try (ArticleIndex index = LuceneArticleIndex.open(dir)) {
            assertEquals(0, index.size());
            assertEquals(IndexOutcome.ADDED, index.index(InventedArticles.article(file, VALLEY), EntityAnalysis.empty()));
        }
        try (var siblings = Files.list(home)) {
            assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("index.damaged-")));
        }
    }

    @Test
    void secondWriterGetsAClearMessage() {
        Path dir = home.resolve("index");
        try (ArticleIndex first = LuceneArticleIndex.open(dir)) {
            IndexException e = assertThrows(IndexException.class, () -> LuceneArticleIndex.open(dir));
            assertTrue(e.getMessage().contains("in use by another NewsLens"), e.getMessage());
        }
    }
}
