package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.index.InventedArticles.DROUGHT;
import static org.newslens.index.InventedArticles.HARBOUR;
import static org.newslens.index.InventedArticles.VALLEY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;

/** Adding a folder: every article indexed once, progress, cancel, bad files reported, results grouped by article. */
class LibraryIndexerTest {
    @TempDir
    Path root;
    Path library;
    Path indexDir;

    /** Entities by text, as an entity cache would give them; counts how often recognition was asked for. */
    private final AtomicInteger analysed = new AtomicInteger();
    private final EntitySource entities = article -> {
        analysed.incrementAndGet();
        return Map.of(VALLEY, InventedArticles.valleyEntities(), HARBOUR, InventedArticles.harbourEntities(),
                DROUGHT, InventedArticles.droughtEntities()).getOrDefault(article.text(), EntityAnalysis.empty());
    };

    @BeforeEach
    void writeLibrary() throws Exception {
        library = Files.createDirectories(root.resolve("library"));
        indexDir = root.resolve("index");
        Files.writeString(library.resolve("valley.txt"), VALLEY);
        Files.writeString(library.resolve("harbour.md"), HARBOUR);
        Files.createDirectories(library.resolve("2021/spring"));
        Files.writeString(library.resolve("2021/spring/drought.txt"), DROUGHT);
        Files.writeString(library.resolve("notes.xlsx"), "not an article");
        Files.writeString(library.resolve("empty.txt"), "   \n\n  ");
    }

    private LibraryIndexer indexer(ArticleIndex index) {
        return new LibraryIndexer(index, new ArticleLoader(), entities);
    }

    @Test
    void addsEveryArticleOnceAndReportsWhatCouldNotBeRead() throws Exception {
        List<String> progress = new ArrayList<>();
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            LibraryReport report = indexer(index).addFolder(library,
                    (done, total, current) -> progress.add(done + "/" + total + " " + (current == null ? "-" : current.getFileName())), () -> false);
            assertEquals(4, report.files(), "articles at any depth, not the spreadsheet");
            assertEquals(3, report.added());
            assertEquals(1, report.problems().size());
            assertEquals(library.resolve("empty.txt"), report.problems().get(0).file());
            assertFalse(report.cancelled());
            assertEquals(List.of("0/4 drought.txt", "1/4 empty.txt", "2/4 harbour.md", "3/4 valley.txt", "4/4 -"), progress);
            assertEquals(3, index.size());
            assertEquals(3, analysed.get());
        }
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            LibraryReport again = indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            assertEquals(3, again.unchanged());
            assertEquals(0, again.added());
            assertEquals(3, analysed.get(), "unchanged files are not analysed again");
        }
    }

    @Test
    void onlyChangedFilesAreReindexed() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            Files.writeString(library.resolve("harbour.md"), HARBOUR + "\n\nThe quotas were withdrawn on Friday.");
            LibraryReport report = indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            assertEquals(1, report.replaced());
            assertEquals(2, report.unchanged());
            assertEquals(3, index.size());
            SearchHit withdrawn = index.search("withdrawn", SearchScope.all()).hits().get(0);
            assertEquals(library.resolve("harbour.md").toAbsolutePath(), withdrawn.file());
            assertEquals(3, withdrawn.paragraph());
        }
    }

    @Test
    void cancellingStopsBetweenFilesAndKeepsWhatWasDone() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            AtomicInteger asked = new AtomicInteger();
            LibraryReport report = indexer(index).addFolder(library, LibraryProgress.none(), () -> asked.incrementAndGet() > 1);
            assertTrue(report.cancelled());
            assertEquals(1, report.added());
            assertEquals(1, index.size());
        }
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            assertEquals(1, index.size(), "what was indexed before cancelling is saved");
        }
    }

    @Test
    void librarySearchGroupsHitsByArticleBestFirst() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            SearchResult kandor = index.search("kandor", SearchScope.all());
            assertEquals(2, kandor.matchingArticles());
            assertEquals(List.of("drought.txt", "valley.txt"),
                    kandor.articles().stream().map(a -> a.file().getFileName().toString()).sorted().toList());
            assertEquals(3, kandor.total());
            for (ArticleHits article : kandor.articles()) {
                for (SearchHit hit : article.hits()) {
                    assertEquals(article.file(), hit.file());
                    assertEquals("Kandor", hit.text());
                }
            }
            assertEquals(kandor.hits(), index.search("kandor", SearchScope.all(), Integer.MAX_VALUE).hits(), "no limit: the same two articles");
            assertEquals(1, index.search("kandor", SearchScope.all(), 1).articles().size());
            ArticleHits best = kandor.articles().get(0);
            assertTrue(best.score() >= kandor.articles().get(1).score());

            SearchResult usAndAid = index.search("entity:\"united states\" AND aid", SearchScope.all());
            assertEquals(2, usAndAid.matchingArticles());
            SearchResult ortizNotKandor = index.search("person:ortiz NOT kandor", SearchScope.all());
            assertEquals(List.of(library.resolve("harbour.md").toAbsolutePath()),
                    ortizNotKandor.articles().stream().map(ArticleHits::file).toList());
        }
    }

    @Test
    void searchCanBeLimitedToAFolderOrOneArticle() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            assertEquals(1, index.search("kandor", SearchScope.folder(library.resolve("2021"))).matchingArticles());
            Article valley = new ArticleLoader().load(library.resolve("valley.txt"));
            SearchResult inValley = index.search("kandor", SearchScope.article(valley));
            assertEquals(List.of(VALLEY.indexOf("Kandor"), VALLEY.lastIndexOf("Kandor")),
                    inValley.hits().stream().map(SearchHit::start).toList());
        }
    }

    @Test
    void listingShowsTitlesAndTopEntities() throws Exception {
        try (ArticleIndex index = LuceneArticleIndex.open(indexDir)) {
            indexer(index).addFolder(library, LibraryProgress.none(), () -> false);
            List<IndexedArticle> articles = index.articles();
            assertEquals(3, articles.size());
            IndexedArticle valley = articles.stream().filter(a -> a.file().endsWith("valley.txt")).findFirst().orElseThrow();
            assertTrue(valley.title().startsWith("Rebels from Al Qaeda"), valley.title());
            assertEquals("United States", valley.topEntities().get(0).name(), "three mentions, the most");
            assertEquals(3, valley.topEntities().get(0).mentions());
            assertEquals(5, valley.topEntities().size());
        }
    }
}
