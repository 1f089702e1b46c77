package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.index.InventedArticles.VALLEY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.article.Article;

/** Each query-bar form over one article, with the exact character ranges a reader would see highlighted. */
class QuerySyntaxTest {
    private LuceneArticleIndex index;
    private Article valley;

    @BeforeEach
    void setUp() {
        index = LuceneArticleIndex.inMemory();
        valley = InventedArticles.article(Path.of("valley.txt"), VALLEY);
        index.index(valley, InventedArticles.valleyEntities());
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private List<SearchHit> hits(String query) throws QuerySyntaxException {
        return index.search(query, SearchScope.article(valley)).hits();
    }

    /** The ranges of every whole-word occurrence of each surface in the text, in text order. */
    private static List<String> ranges(String... surfaces) {
        List<int[]> found = new ArrayList<>();
        for (String s : surfaces) {
            for (int at = VALLEY.indexOf(s); at >= 0; at = VALLEY.indexOf(s, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(VALLEY.charAt(at - 1));
                int end = at + s.length();
                boolean wordEnd = end == VALLEY.length() || !Character.isLetterOrDigit(VALLEY.charAt(end));
                if (wordStart && wordEnd) {
                    found.add(new int[] {at, end});
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        return found.stream().map(r -> r[0] + "-" + r[1] + " " + VALLEY.substring(r[0], r[1])).toList();
    }

    private static List<String> ranges(List<SearchHit> hits) {
        return hits.stream().map(h -> h.start() + "-" + h.end() + " " + h.text()).toList();
    }

    @Test
    void plainWordFindsItsInflectionsAndHighlightsTheWordAsWritten() throws Exception {
        assertEquals(ranges("brutalised"), ranges(hits("brutalise")));
        assertEquals(ranges("control", "controlling"), ranges(hits("controls")));
    }

    @Test
    void caseAndAccentsDoNotMatter() throws Exception {
        assertEquals(ranges("Caf\u00e9"), ranges(hits("CAFE")));
        assertEquals(ranges("S\u00e3o", "Miguel"), ranges(hits("sao miguel")));
    }

    @Test
    void curlyAndStraightApostrophesAreTheSame() throws Exception {
        List<String> expected = ranges("Qaeda\u2019s");
        assertEquals(expected, ranges(hits("Qaeda's")));
        assertEquals(expected, ranges(hits("Qaeda\u2019s")));
        assertEquals(expected, ranges(hits("qaeda")));
    }

    @Test
    void phraseIsHighlightedAsOneRange() throws Exception {
        assertEquals(ranges("United States condemned"), ranges(hits("\"united states condemned\"")));
        assertEquals(ranges("Rebels controlling the roads"), ranges(hits("\u201Crebels control the road\u201D")));
        assertTrue(hits("\"condemned united states\"").isEmpty());
    }

    @Test
    void proximityFindsWordsNearEachOtherButNotAcrossParagraphs() throws Exception {
        assertEquals(ranges("rebels now control", "Rebels controlling"), ranges(hits("\"rebels control\"~3")));
        assertTrue(hits("\"food cafe\"~10").isEmpty(), "paragraph 3 ends with food, paragraph 4 starts with Café");
        assertFalse(hits("food AND cafe").isEmpty());
    }

    @Test
    void fuzzyFindsOtherSpellings() throws Exception {
        assertEquals(ranges("Qaeda\u2019s"), ranges(hits("Qaida~")), "one edit allowed for a five-letter word");
        assertEquals(ranges("Qaeda\u2019s", "said", "aid"), ranges(hits("Qaida~2")), "two edits when asked for");
        assertEquals(ranges("Kandor"), ranges(hits("Kandur~1")));
        assertEquals(ranges("Kandor"), ranges(hits("Kadnor~1")), "a swap of two letters is one edit");
        assertTrue(hits("Kadnur~1").isEmpty());
        assertEquals(ranges("brutalised"), ranges(hits("brutalyzed~")), "two edits for longer words");
    }

    @Test
    void prefixFindsEveryWordStartingWithItAndNoOther() throws Exception {
        assertEquals(ranges("Rebels", "rebels"), ranges(hits("rebel*")));
        assertEquals(ranges("control", "controlling"), ranges(hits("contr*")));
        assertTrue(hits("ebel*").isEmpty(), "a prefix is not a word's middle");
        assertEquals(ranges("Kandor"), ranges(hits("kand*")), "repeating a search gives the same hits");
    }

    @Test
    void wildcardsMatchTheWordsAsWritten() throws Exception {
        assertEquals(ranges("brutalised"), ranges(hits("brutali*")));
        assertEquals(ranges("refugees"), ranges(hits("ref?gees")));
        assertEquals(ranges("Miguel"), ranges(hits("*guel")));
    }

    @Test
    void booleanOperatorsAndDefaultAnd() throws Exception {
        assertEquals(ranges("Kandor", "mayor"), ranges(hits("kandor mayor")));
        assertEquals(ranges("Kandor", "mayor"), ranges(hits("kandor AND mayor")));
        assertTrue(hits("kandor AND dolphins").isEmpty());
        assertTrue(hits("kandor dolphins").isEmpty(), "words are ANDed by default");
        assertEquals(ranges("Kandor"), ranges(hits("kandor OR dolphins")));
        assertTrue(hits("kandor NOT mayor").isEmpty());
        assertEquals(ranges("Kandor"), ranges(hits("kandor -dolphins")));
        assertEquals(ranges("Kandor", "refugees"), ranges(hits("(dolphins OR refugees) AND kandor")));
    }

    @Test
    void entityFieldsFindMentionsByCategory() throws Exception {
        assertEquals(ranges("Maria Ortiz"), ranges(hits("person:ortiz")));
        assertEquals(ranges("Kandor"), ranges(hits("place:Kandor")));
        assertEquals(ranges("Al Qaeda"), ranges(hits("group:\"al qaeda\"")));
        assertEquals(ranges("March 2020"), ranges(hits("date:2020")));
        assertEquals(ranges("3,000 refugees"), ranges(hits("figure:refugees")));
        assertTrue(hits("person:kandor").isEmpty(), "Kandor is a place, not a person");
        assertEquals(ranges("Kandor", "S\u00e3o Miguel"), ranges(hits("place:kandor OR place:\"sao miguel\"")));
        assertEquals(ranges("Maria Ortiz"), ranges(hits("Person:Maria")), "field names are case-insensitive");
    }

    @Test
    void entityQueryFindsEveryAliasOfTheEntity() throws Exception {
        List<String> allNames = ranges("United States", "US", "America");
        assertEquals(3, allNames.size());
        assertEquals(allNames, ranges(hits("entity:\"United States\"")));
        assertEquals(allNames, ranges(hits("entity:america")));
        assertEquals(allNames, ranges(hits("place:US")));
        assertEquals(ranges("Al Qaeda"), ranges(hits("entity:al-qaeda")));
    }

    @Test
    void entityAndTextQueriesCombine() throws Exception {
        assertEquals(ranges("United States", "US", "America", "aid"), ranges(hits("entity:\"united states\" AND aid")));
        assertEquals(ranges("Maria Ortiz", "valley"), ranges(hits("person:ortiz valley")));
    }

    @Test
    void hitsKnowTheirParagraphAndSnippet() throws Exception {
        List<SearchHit> found = hits("mayor");
        assertEquals(1, found.size());
        SearchHit hit = found.get(0);
        assertEquals(3, hit.paragraph());
        assertEquals(valley.paragraphAt(hit.start()).number(), hit.paragraph());
        assertEquals("mayor", hit.snippet().hit());
        assertTrue(hit.snippet().marked().contains("«mayor»"), hit.snippet().marked());
        assertTrue(hit.snippet().text().length() <= 90, hit.snippet().text());
        assertTrue(hit.snippet().before().endsWith("the "), hit.snippet().text());
        assertEquals("Maria Ortiz", hits("person:ortiz").get(0).snippet().hit());
        assertEquals(valley.source().toAbsolutePath().normalize(), hit.file());
        assertEquals(valley.contentHash(), hit.contentHash());
        assertEquals(valley.title(), hit.title());
    }

    @Test
    void blankQueryFindsNothing() throws Exception {
        assertTrue(index.search("", SearchScope.all()).isEmpty());
        assertTrue(index.search("   ", SearchScope.all()).isEmpty());
        assertTrue(index.search(null, SearchScope.all()).isEmpty());
    }

    @Test
    void syntaxErrorsAreExplainedWithAPosition() {
        QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class, () -> hits("kandor AND"));
        assertTrue(dangling.getMessage().startsWith("The query ends too early"), dangling.getMessage());
        assertTrue(dangling.getMessage().contains("a word"), dangling.getMessage());

        QuerySyntaxException quote = assertThrows(QuerySyntaxException.class, () -> hits("kandor \"rebels now"));
        assertEquals("kandor \"rebels now".indexOf('"'), quote.position());
        assertTrue(quote.getMessage().contains("no closing quote"), quote.getMessage());

        QuerySyntaxException paren = assertThrows(QuerySyntaxException.class, () -> hits("(kandor OR mayor"));
        assertTrue(paren.getMessage().contains("\")\""), paren.getMessage());

        QuerySyntaxException stray = assertThrows(QuerySyntaxException.class, () -> hits("kandor ) mayor"));
        assertEquals("kandor ) mayor".indexOf(')'), stray.position());
        assertTrue(stray.getMessage().startsWith("Unexpected \")\" at character 8"), stray.getMessage());

        QuerySyntaxException field = assertThrows(QuerySyntaxException.class, () -> hits("author:ortiz"));
        assertTrue(field.getMessage().contains("no field \"author:\""), field.getMessage());
        assertTrue(field.getMessage().contains("person"), field.getMessage());

        for (QuerySyntaxException e : List.of(dangling, quote, paren, stray, field)) {
            assertFalse(e.getMessage().contains("org.apache"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
