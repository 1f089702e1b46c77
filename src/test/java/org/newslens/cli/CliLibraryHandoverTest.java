package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.Main;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.PendingAdditions;
import org.newslens.index.SearchScope;
import org.newslens.nlp.EntityAnalysis;

/**
 * A page indexed by a command line is in the window's library search: a separate process indexes, then the index is
 * opened the way the window opens it (waiting for a holder to let go) and searched. While the window holds the
 * index, the command line's page is asked for and added when the library is next opened.
 */
class CliLibraryHandoverTest {
    @TempDir
    Path dir;

    @Test
    void aPageTheCommandLineIndexedIsFoundWhereTheWindowSearches() throws Exception {
        String html = "<html><head><title>Harbour news</title></head><body>"
                + "<p>The brindlemoor ferry resumed its crossings on Monday, the harbour master said.</p></body></html>";
        Path page = Files.writeString(dir.resolve("page.html"), html);
        Path home = dir.resolve("home");

        JavaProcess.Result cli = JavaProcess.run(JavaProcess.builder(home, Main.class, "search", page.toString(), "brindlemoor",
                "--format", "text"), null);
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("«brindlemoor»"), cli.out());

        try (LuceneArticleIndex window = LuceneArticleIndex.open(home.resolve("index"), Duration.ofSeconds(15))) {
            assertEquals(1, window.search("brindlemoor", SearchScope.all()).matchingArticles(), "the library search finds the page");
        }
    }

    @Test
    void whileTheWindowHoldsTheIndexThePageIsAddedWhenTheLibraryIsNextOpened() throws Exception {
        Path home = dir.resolve("home");
        Path page = Files.writeString(dir.resolve("later.txt"), "Later\n\nThe saltmarch bridge reopened, officials said.");
        Path indexDir = home.resolve("index");

        try (LuceneArticleIndex window = LuceneArticleIndex.open(indexDir)) {
            JavaProcess.Result cli = JavaProcess.run(JavaProcess.builder(home, Main.class, "search", page.toString(), "saltmarch",
                    "--format", "text"), null);
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.out().contains("«saltmarch»"), "still searched, in a temporary index: " + cli.out());
            assertTrue(cli.err().contains("is added to the library when the library is next opened"), cli.err());
            assertEquals(0, window.search("saltmarch", SearchScope.all()).matchingArticles());
        }

        PendingAdditions pending = new PendingAdditions(indexDir);
        assertTrue(pending.any(), "the request waits beside the index");
        try (LuceneArticleIndex window = LuceneArticleIndex.open(indexDir, Duration.ofSeconds(15))) {
            pending.addTo(new LibraryIndexer(window, new ArticleLoader(), a -> EntityAnalysis.empty()), (d, t, c) -> { }, () -> false);
            assertEquals(1, window.search("saltmarch", SearchScope.all()).matchingArticles(), "the next opener added it");
        }
        assertFalse(pending.any());
    }

    @Test
    void theNextCommandLineAddsWhatWasAskedForWhileTheIndexWasHeld() throws Exception {
        Path home = dir.resolve("home");
        Path page = Files.writeString(dir.resolve("note.txt"), "Note\n\nThe quarrelbrook mill closed.");
        try (LuceneArticleIndex window = LuceneArticleIndex.open(home.resolve("index"))) {
            assertEquals(0, JavaProcess.run(JavaProcess.builder(home, Main.class, "search", page.toString(), "quarrelbrook"), null).exitCode());
        }
        JavaProcess.Result list = JavaProcess.run(JavaProcess.builder(home, Main.class, "library", "list"), null);
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains(page.toString()), list.out());
        assertTrue(list.err().contains("1 new"), list.err());
    }
}
