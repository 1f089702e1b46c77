package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.index.InventedArticles.VALLEY;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every query the parser or Lucene refuses comes back as a {@link QuerySyntaxException} with a one-line
 * message (the CLI's exit 2, the window's line under the bar), quickly: malformed and explosive regular
 * expressions, deep nesting, too many clauses, huge queries (issue 9, item 12).
 */
class HostileQueryTest {
    private LuceneArticleIndex index;

    @BeforeEach
    void setUp() {
        index = LuceneArticleIndex.inMemory();
        index.index(InventedArticles.article(Path.of("valley.txt"), VALLEY), InventedArticles.valleyEntities());
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private QuerySyntaxException refused(String query) {
        QuerySyntaxException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(QuerySyntaxException.class, () -> index.search(query, SearchScope.all()), shorten(query)));
        String message = e.getMessage();
        assertFalse(message == null || message.isBlank(), shorten(query));
        assertFalse(message.contains("\n"), "one line: " + message);
        assertTrue(message.length() < 300, "short: " + message);
        assertFalse(message.contains("Exception"), "for a reader, not a stack trace: " + message);
        return e;
    }

    private static String shorten(String query) {
        return query.length() > 60 ? query.substring(0, 60) + "…" : query;
    }

    @Test
    void malformedRegularExpressionsAreExplained() {
        List<String> malformed = List.of("/[/", "/(/", "/a)/", "/[z-a]/", "/a{2,1}/", "/[a/", "/(ab/", "/[[/", "/((/",
                "/a{/", "/a{1,/", "/[]/", "/[^]/", "/x{5,2}/", "/[c-a]z/", "/(a|)*{/", "/<1-/", "/ab(c/", "/a[/", "/]a[/",
                "/a{,3}/", "/[a-]]/", "/((a)/", "/a{x}/", "/#(/", "valley AND /[b-a]x/");
        assertEquals(26, malformed.size());
        List<String> accepted = malformed.stream().filter(q -> {
            try {
                index.search(q, SearchScope.all());
                return true;
            } catch (QuerySyntaxException e) {
                return false;
            }
        }).toList();
        assertEquals(List.of(), accepted);
        for (String query : malformed) {
            QuerySyntaxException e = refused(query);
            assertTrue(e.getMessage().contains("regular expression"), query + ": " + e.getMessage());
        }
    }

    @Test
    void explosiveRegularExpressionsAreRefusedQuickly() {
        assertTrue(refused("/a{1000000}/").getMessage().contains("regular expression"));
        refused("/(a|aa){1000}/");
        refused("/" + "[ab]*c".repeat(200) + "/");
        refused("/.*a.{30}/");
    }

    @Test
    void deepNestingIsRefusedBeforeTheParserRecurses() {
        refused("(".repeat(3000) + "valley" + ")".repeat(3000));
        refused("/" + "(".repeat(3000) + "a" + ")".repeat(3000) + "/");
        refused("(".repeat(3000));
    }

    @Test
    void modestNestingStillWorks() throws Exception {
        String nested = "(".repeat(20) + "valley" + ")".repeat(20);
        int plain = index.search("valley", SearchScope.all()).total();
        assertTrue(plain > 0);
        assertEquals(plain, index.search(nested, SearchScope.all()).total());
        assertEquals(plain, index.search("/vall[a-z]+/", SearchScope.all()).total());
    }

    @Test
    void tooManyClausesAreRefused() {
        StringBuilder q = new StringBuilder("valley");
        for (int i = 0; i < 3000; i++) {
            q.append(" OR w").append(i);
        }
        assertTrue(refused(q.toString()).getMessage().contains("too"));
    }

    @Test
    void hugeQueriesAreRefused() {
        refused("valley ".repeat(100_000));
    }
}
