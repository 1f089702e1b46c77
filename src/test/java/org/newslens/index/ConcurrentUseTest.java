package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.nlp.EntityLabel;

/** The window searches while a folder is being added in the background: every search sees whole articles. */
class ConcurrentUseTest {
    @TempDir
    Path home;

    @Test
    void searchesDuringIndexingSeeConsistentArticles() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (ArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            int articles = 200;
            Future<?> adding = background.submit(() -> {
                for (int i = 0; i < articles; i++) {
                    String text = "Report " + i + " from Kandor.\n\nThe mayor of Kandor spoke about report " + i + ".";
                    index.index(InventedArticles.article(home.resolve("r" + i + ".txt"), text),
                            new InventedArticles.Analysis(text).entity(EntityLabel.PLACE, "Kandor", List.of(), "Kandor").build());
                }
                index.commit();
            });
            int searches = 0;
            while (!adding.isDone() || searches == 0) {
                SearchResult result = index.search("kandor AND mayor", SearchScope.all(), 5);
                for (ArticleHits article : result.articles()) {
                    assertEquals(3, article.hits().size(), "Kandor twice and mayor once in every report");
                    for (SearchHit hit : article.hits()) {
                        assertTrue(hit.text().equalsIgnoreCase("kandor") || hit.text().equals("mayor"), hit.text());
                    }
                }
                assertTrue(index.suggest("kan", 3).stream().allMatch(s -> s.entity().equals("Kandor")));
                searches++;
            }
            adding.get();
            assertEquals(articles, index.size());
            assertEquals(articles, index.search("kandor", SearchScope.all()).matchingArticles());
            Article last = InventedArticles.article(home.resolve("r" + (articles - 1) + ".txt"),
                    "Report " + (articles - 1) + " from Kandor.\n\nThe mayor of Kandor spoke about report " + (articles - 1) + ".");
            assertTrue(index.isIndexed(last));
        } finally {
            background.shutdown();
            assertTrue(background.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
