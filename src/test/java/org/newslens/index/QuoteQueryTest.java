package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** speaker:, quote: and date:[… TO …] over articles written for the test, with the ranges a reader sees lit. */
class QuoteQueryTest {
    private static LuceneArticleIndex index;

    @BeforeAll
    static void indexTwoArticles() {
        index = LuceneArticleIndex.inMemory();
        index.index(InventedArticles.article(Path.of("river.txt"), InventedArticles.RIVER), InventedArticles.riverEntities());
        index.index(InventedArticles.article(Path.of("quay.txt"), InventedArticles.QUAY), InventedArticles.quayEntities());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private List<String> lit(String query) throws QuerySyntaxException {
        return index.search(query, SearchScope.all()).hits().stream().map(h -> h.file().getFileName() + " " + h.text()).toList();
    }

    @Test
    void speakerFindsTheQuotesOfAPersonByAnyOfItsNames() throws Exception {
        List<String> ortiz = List.of("river.txt the rebels now control the valley", "river.txt We will not leave our homes,");
        assertEquals(ortiz, lit("speaker:ortiz"));
        assertEquals(ortiz, lit("speaker:\"Maria Ortiz\""));
        assertEquals(List.of("quay.txt The quotas will ruin us,"), lit("speaker:ashby"));
    }

    @Test
    void speakerFindsAnUnnamedSpeakerByItsOwnWords() throws Exception {
        assertEquals(List.of("river.txt the army had retreated in March 2020"), lit("speaker:commander"));
    }

    @Test
    void quoteSearchesOnlyWordsSaidAndFindsTheirInflections() throws Exception {
        assertEquals(List.of("river.txt homes"), lit("quote:home"));
        assertEquals(List.of(), lit("quote:reservoirs"));
        assertEquals(List.of("river.txt reservoirs"), lit("reservoirs"));
        assertEquals(List.of("quay.txt quotas"), lit("quote:quotas"), "the quotas of the first sentence are not said");
    }

    @Test
    void dateRangeFindsTheNormalisedDatesInsideIt() throws Exception {
        assertEquals(List.of("river.txt March 2020", "quay.txt Monday"), sorted(lit("date:[2020-01-01 TO 2020-12-31]")));
        assertEquals(List.of("river.txt Wednesday"), lit("date:[2021-07 TO *]"), "Wednesday before 2021-07-09 is 2021-07-07");
        assertEquals(List.of("river.txt March 2020", "river.txt 2019"), lit("date:[2019 TO 2020-03]"), "in text order");
        assertEquals(List.of("river.txt 2019"), lit("date:{* TO 2020}"), "an exclusive end leaves its whole year out");
        assertEquals(List.of("river.txt the army had retreated in March 2020"), lit("date:[2020-03-01 TO 2020-03-31] AND speaker:commander"),
                "the date lies inside the quote: one range");
    }

    @Test
    void dateRangeNeedsTheWholeMentionInside() throws Exception {
        assertEquals(List.of(), lit("date:[2020-03-01 TO 2020-03-15]"), "March 2020 is wider than half of March");
    }

    @Test
    void dateWordsStillSearchTheMentionsAsWritten() throws Exception {
        assertEquals(List.of("river.txt Wednesday"), lit("date:wednesday"));
    }

    @Test
    void aRangeBoundThatIsNoDateIsRefusedInWords() {
        QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> lit("date:[2021-13 TO 2022]"));
        assertTrue(e.getMessage().contains("2021-13"), e.getMessage());
        assertTrue(e.getMessage().contains("2021-07-09, 2021-07 or 2021"), e.getMessage());
    }

    private static List<String> sorted(List<String> hits) {
        return hits.stream().sorted((a, b) -> b.compareTo(a)).toList();
    }
}
