package org.newslens.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same bytes give the same text, whoever loads them, on whichever thread, however often. */
class HtmlDeterminismTest {
    private static final int PAGES = 300;

    @TempDir
    Path dir;

    @Test
    void siblingBlocksOfEqualWeightComeOutTheSameEveryTime() throws Exception {
        Path file = Articles.write(dir, "two.html",
                "<div><p>Merkel met Macron here.</p></div><div><p>The Taliban took Kabul.</p></div>");
        Article first = new ArticleLoader().load(file);
        assertEquals("Merkel met Macron here.\n\nThe Taliban took Kabul.", first.text());
        for (int i = 0; i < 20; i++) {
            assertEquals(first.text(), new ArticleLoader().load(file).text());
        }
    }

    @Test
    void generatedPagesLoadIdenticallyOnEveryPath() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int seed = 0; seed < PAGES; seed++) {
            files.add(Articles.write(dir, "p" + seed + ".html", GeneratedPages.page(seed)));
        }
        List<String[]> reference = new ArrayList<>();
        ArticleLoader shared = new ArticleLoader();
        for (Path f : files) {
            reference.add(paragraphs(shared, f));
        }
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            List<Future<String[]>> parallel = new ArrayList<>();
            for (Path f : files) {
                parallel.add(workers.submit(() -> paragraphs(new ArticleLoader(), f)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertArrayEquals(reference.get(i), paragraphs(new ArticleLoader(), files.get(i)), "fresh loader, page " + i);
                assertArrayEquals(reference.get(i), parallel.get(i).get(), "worker thread, page " + i);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static String[] paragraphs(ArticleLoader loader, Path file) {
        try {
            return Articles.paragraphTexts(loader.load(file));
        } catch (ArticleLoadException e) {
            return new String[] {"refused: " + e.getMessage()};
        }
    }
}
