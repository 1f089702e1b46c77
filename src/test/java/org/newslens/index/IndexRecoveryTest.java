package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.index.InventedArticles.DROUGHT;
import static org.newslens.index.InventedArticles.HARBOUR;
import static org.newslens.index.InventedArticles.VALLEY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;

/**
 * A damaged index (a deleted segment, a plain file where the folder should be) is set aside once, rebuilt
 * from the articles it held that still exist, and then opens quietly; it never falls back to a throw-away index.
 */
class IndexRecoveryTest {
    @TempDir
    Path root;
    Path library;
    Path indexDir;

    private final EntitySource entities = article -> Map.of(VALLEY, InventedArticles.valleyEntities(),
            HARBOUR, InventedArticles.harbourEntities(), DROUGHT, InventedArticles.droughtEntities())
            .getOrDefault(article.text(), EntityAnalysis.empty());

    @BeforeEach
    void indexALibrary() throws Exception {
        library = Files.createDirectories(root.resolve("library"));
        indexDir = root.resolve("index");
        Files.writeString(library.resolve("valley.txt"), VALLEY);
        Files.writeString(library.resolve("harbour.txt"), HARBOUR);
        Files.writeString(library.resolve("drought.txt"), DROUGHT);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            assertTrue(index.recovery().isEmpty());
            new LibraryIndexer(index, new ArticleLoader(), entities).addFolder(library, (d, t, c) -> { }, () -> false);
        }
    }

    private List<Path> segmentFiles() throws Exception {
        try (Stream<Path> files = Files.list(indexDir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("_")).toList();
        }
    }

    private List<Path> setAside() throws Exception {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith("index.damaged-")).toList();
        }
    }

    @Test
    void aDeletedSegmentIsSetAsideAndRebuiltFromTheArticlesOnce() throws Exception {
        List<Path> segments = segmentFiles();
        assertFalse(segments.isEmpty());
        for (Path f : segments) {
            if (!f.toString().endsWith(".si")) {
                Files.delete(f);
            }
        }
        Files.delete(library.resolve("drought.txt"));

        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            IndexRecovery recovery = index.recovery().orElseThrow(() -> new AssertionError("damage not noticed"));
            assertEquals(3, recovery.files().size(), "the index knew the three articles it held");
            assertEquals(setAside(), List.of(recovery.setAside()), "the damaged index is kept beside the new one");
            String said = new LibraryIndexer(index, new ArticleLoader(), entities).recover(recovery, (d, t, c) -> { }, () -> false);
            assertTrue(said.contains("2 of 3 articles indexed again") && said.contains(recovery.setAside().toString()), said);
            assertEquals(2, index.size());
            assertEquals(1, index.search("valley", SearchScope.all()).articles().size());
            assertEquals(1, index.search("person:ortiz AND harbour", SearchScope.all()).articles().size(), "entities indexed again too");
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            assertTrue(index.recovery().isEmpty(), "said once: the rebuilt index opens quietly");
            assertEquals(2, index.size());
        }
        assertEquals(1, setAside().size());
    }

    @Test
    void aPlainFileWhereTheIndexShouldBeIsSetAsideIntact() throws Exception {
        deleteTree(indexDir);
        Files.writeString(indexDir, "not an index");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            IndexRecovery recovery = index.recovery().orElseThrow(() -> new AssertionError("plain file not noticed"));
            assertEquals("not an index", Files.readString(recovery.setAside()));
            assertTrue(Files.isDirectory(indexDir));
            index.index(InventedArticles.article(library.resolve("valley.txt"), VALLEY), InventedArticles.valleyEntities());
            assertEquals(1, index.search("valley", SearchScope.all()).articles().size());
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            assertTrue(index.recovery().isEmpty());
            assertEquals(1, index.size());
        }
    }

    @Test
    void aSoundIndexRemembersItsArticlesWithoutBeingRebuilt() throws Exception {
        assertEquals(3, IndexManifest.read(indexDir).size());
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            assertTrue(index.recovery().isEmpty());
            assertEquals(3, index.size());
            assertTrue(index.suggest("ort", 5).stream().anyMatch(s -> s.entity().equals("Maria Ortiz")), "suggestions come from the stored entities");
        }
        assertTrue(setAside().isEmpty());
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
