package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;

/** What a command line asks to add while the index is held elsewhere is added by the next process that opens it. */
class PendingAdditionsTest {
    @TempDir
    Path root;

    private final EntitySource noEntities = article -> EntityAnalysis.empty();

    @Test
    void aFileAndAFolderAskedForAreAddedOnceByTheNextOpenerAndTheRequestGoes() throws Exception {
        Path file = Files.writeString(root.resolve("lone.txt"), "Lone report\n\nThe quillweed harvest failed.");
        Path folder = Files.createDirectories(root.resolve("news/sub"));
        Files.writeString(folder.resolve("deep.html"), "<html><head><title>Deep</title></head><body><p>Marrowfen flooded.</p></body></html>");
        Files.writeString(folder.resolve("notes.bin"), "not an article");
        Path indexDir = root.resolve("home/index");
        PendingAdditions pending = new PendingAdditions(indexDir);
        assertFalse(pending.any());

        pending.request(List.of(file, root.resolve("news")));
        assertTrue(pending.any());
        try (LuceneArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            LibraryReport report = pending.addTo(new LibraryIndexer(index, new ArticleLoader(), noEntities), (d, t, c) -> { }, () -> false);
            assertEquals(2, report.added(), report.toString());
            assertEquals(1, index.search("quillweed", SearchScope.all()).matchingArticles());
            assertEquals(1, index.search("marrowfen", SearchScope.all()).matchingArticles());
            assertEquals("Added what was asked while the library was in use: 2 new, 0 changed, 0 unchanged.", PendingAdditions.describe(report));
        }
        assertFalse(pending.any(), "a request is removed once added");
        assertEquals(0, Files.list(pending.folder()).count());
    }

    @Test
    void aCancelledRunKeepsTheRequestAndAMissingFileIsReportedNotFatal() throws Exception {
        Path gone = root.resolve("gone.txt");
        Path here = Files.writeString(root.resolve("here.txt"), "Here\n\nThe tollgate reopened.");
        PendingAdditions pending = new PendingAdditions(root.resolve("index"));
        pending.request(List.of(gone, here));
        try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
            LibraryIndexer indexer = new LibraryIndexer(index, new ArticleLoader(), noEntities);
            assertTrue(pending.addTo(indexer, (d, t, c) -> { }, () -> true).cancelled());
            assertTrue(pending.any(), "kept for the next time");

            LibraryReport report = pending.addTo(indexer, (d, t, c) -> { }, () -> false);
            assertEquals(1, report.added());
            assertEquals(1, report.problems().size());
            assertTrue(PendingAdditions.describe(report).contains("1 could not be read"), PendingAdditions.describe(report));
            assertFalse(pending.any());
        }
    }

    @Test
    void openingWaitsForAnotherHolderToLetGoWithinItsPatience() throws Exception {
        Path dir = root.resolve("index");
        LuceneArticleIndex holder = LuceneArticleIndex.open(dir);
        Thread release = new Thread(() -> {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            holder.close();
        });
        release.start();
        try (LuceneArticleIndex second = LuceneArticleIndex.open(dir, Duration.ofSeconds(20))) {
            assertEquals(0, second.size());
        }
        release.join();
        try (LuceneArticleIndex held = LuceneArticleIndex.open(dir)) {
            IndexException e = org.junit.jupiter.api.Assertions.assertThrows(IndexException.class,
                    () -> LuceneArticleIndex.open(dir, Duration.ofMillis(300)));
            assertTrue(e.inUse(), e.getMessage());
        }
    }
}
