package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityAnalysis;

/** Watch lists over a library built in the test: what counts as new across runs, added and changed articles. */
class WatcherTest {
    @TempDir
    Path dir;

    private LuceneArticleIndex index;
    private WatchStore store;
    private Watcher watcher;

    @BeforeEach
    void library() {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        InventedLibrary.fill(index, dir);
        store = new WatchStore(dir);
        watcher = new Watcher(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private WatchResult run(String name) throws Exception {
        return watcher.run(store.get(name));
    }

    private void add(String file, String text) {
        index.index(InventedLibrary.article(dir.resolve(file), text, "2024-06-01T08:00:00Z"), EntityAnalysis.empty());
        index.commit();
    }

    private List<String> files(List<WatchMatch> matches) {
        return matches.stream().map(m -> m.file().getFileName().toString()).toList();
    }

    @Test
    void namesCountAsNewUntilSeenThenOnlyAddedArticlesAreNew() throws Exception {
        store.add(WatchList.ofNames("people", List.of("Paul Kern", "Kandor"), Instant.now()));
        WatchResult first = run("people");
        assertEquals(3, first.newCount(), "meeting and harbour name Paul Kern, meeting and shop Kandor");
        assertEquals("3 new matches", first.summary());
        WatchMatch meeting = first.matches().stream().filter(m -> m.file().endsWith("meeting.txt")).findFirst().orElseThrow();
        assertEquals(List.of("Paul Kern", "Kandor"), meeting.matched());

        assertEquals(3, run("people").newCount(), "running again without marking them seen changes nothing");
        store.markSeen("people", first.matches().stream().map(WatchMatch::contentHash).toList());
        WatchResult seen = run("people");
        assertEquals(0, seen.newCount());
        assertEquals("no new matches (3 seen)", seen.summary());

        add("new1.txt", "Paul Kern returned to Kandor on Friday.");
        add("new2.txt", "Nothing about anyone we watch.");
        add("new3.txt", "Sources close to Paul Kern declined to comment.");
        WatchResult later = run("people");
        assertEquals(2, later.newCount());
        assertEquals(List.of("new1.txt", "new3.txt"), files(later.newMatches()).stream().sorted().toList());
        assertEquals(5, later.matches().size());
        assertEquals("2 new matches", later.summary());
        assertTrue(later.matches().get(0).isNew() && later.matches().get(1).isNew(), "new matches come first");
    }

    @Test
    void anArticleWhoseTextChangedIsNewAgainAndARemovedOneIsGone() throws Exception {
        store.add(WatchList.ofQuery("kern", "Kern", Instant.now()));
        store.markSeen("kern", run("kern").matches().stream().map(WatchMatch::contentHash).toList());
        add("harbour.txt", "Paul Kern spoke again in Port Elma, this time on Tuesday.");
        index.remove(dir.resolve("meeting.txt"));
        index.commit();
        WatchResult result = run("kern");
        assertEquals(List.of("harbour.txt"), files(result.matches()));
        assertEquals(1, result.newCount());
    }

    @Test
    void aQueryUsesTheQueryBarSyntaxEntityFieldsIncluded() throws Exception {
        store.add(WatchList.ofQuery("places", "place:kandor AND NOT person:kern", Instant.now()));
        assertEquals(List.of("shop.txt"), files(run("places").matches()));
        store.add(WatchList.ofQuery("broken", "kern AND (", Instant.now()));
        WatchInputException bad = assertThrows(WatchInputException.class, () -> run("broken"));
        assertTrue(bad.getMessage().startsWith("watch list \"broken\": "), bad.getMessage());
        assertEquals(1, bad.getMessage().lines().count());
    }

    @Test
    void aNameIsAPhraseAndQuerySyntaxInANameIsJustText() throws Exception {
        store.add(WatchList.ofNames("odd", List.of("Kern stayed", "Port \"Elma", "Smith & <Sons>", "AND OR NOT (*"), Instant.now()));
        WatchResult result = run("odd");
        assertEquals(List.of("meeting.txt", "harbour.txt", "shop.txt").stream().sorted().toList(),
                files(result.matches()).stream().sorted().toList());
        WatchMatch meeting = result.matches().stream().filter(m -> m.file().endsWith("meeting.txt")).findFirst().orElseThrow();
        assertEquals(List.of("Kern stayed", "Port \"Elma"), meeting.matched(), "\"Kern spoke\" is not \"Kern stayed\"");
    }

    @Test
    void copiesOfOneTextAreOneMatch() throws Exception {
        add("copy-of-shop.txt", InventedLibrary.SHOP);
        store.add(WatchList.ofNames("shop", List.of("Smith"), Instant.now()));
        assertEquals(1, run("shop").matches().size());
    }
}
