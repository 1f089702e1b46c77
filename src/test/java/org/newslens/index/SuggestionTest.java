package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.EntityLabel;

/** Typing a few letters offers entities and their aliases; picking one searches for every mention. */
class SuggestionTest {
    private LuceneArticleIndex index;

    @BeforeEach
    void setUp() {
        index = LuceneArticleIndex.inMemory();
        index.index(InventedArticles.article(Path.of("valley.txt"), InventedArticles.VALLEY), InventedArticles.valleyEntities());
        index.index(InventedArticles.article(Path.of("harbour.txt"), InventedArticles.HARBOUR), InventedArticles.harbourEntities());
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void aliasPrefixSuggestsTheEntity() throws Exception {
        List<Suggestion> found = index.suggest("ame", 5);
        assertEquals(1, found.size());
        Suggestion s = found.get(0);
        assertEquals("America", s.text());
        assertEquals("United States", s.entity());
        assertEquals(EntityLabel.PLACE, s.label());
        assertEquals("entity:\"United States\"", s.query());
        SearchResult result = index.search(s.query(), SearchScope.all());
        assertEquals(3, result.total());
    }

    @Test
    void anyWordOfANameMatchesAndCaseAndAccentsDoNotMatter() {
        assertEquals("Maria Ortiz", index.suggest("ORT", 5).get(0).entity());
        assertEquals("S\u00e3o Miguel", index.suggest("sao", 5).get(0).entity());
        assertEquals("S\u00e3o Miguel", index.suggest("migu", 5).get(0).entity());
    }

    @Test
    void entitiesMentionedMoreComeFirstAndEachEntityOnce() {
        index.index(InventedArticles.article(Path.of("drought.txt"), InventedArticles.DROUGHT), InventedArticles.droughtEntities());
        List<Suggestion> found = index.suggest("m", 10);
        List<String> entities = found.stream().map(Suggestion::entity).toList();
        assertEquals(entities.stream().distinct().toList(), entities, "one suggestion per entity");
        assertEquals("Maria Ortiz", entities.get(0), "two mentions across two articles");
        assertTrue(entities.contains("March 2020"));
        assertTrue(entities.contains("Monday"));
        assertEquals(2, index.suggest("m", 2).size());
    }

    @Test
    void nothingTypedOrNothingKnownSuggestsNothing() {
        assertTrue(index.suggest("", 5).isEmpty());
        assertTrue(index.suggest("zzz", 5).isEmpty());
        try (LuceneArticleIndex empty = LuceneArticleIndex.inMemory()) {
            assertTrue(empty.suggest("ma", 5).isEmpty());
        }
    }

    @Test
    void quotesInANameAreEscapedInItsQuery() {
        assertEquals("entity:\"The \\\"Eagles\\\"\"", EntitySuggester.queryFor("The \"Eagles\""));
    }
}
