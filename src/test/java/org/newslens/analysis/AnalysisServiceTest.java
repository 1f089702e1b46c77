package org.newslens.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;

/** The analysis service's caches (on disk, in memory) and its warm-up. */
class AnalysisServiceTest {
    private static final String RAW = "Harbour to close\n\n\"The pier is no longer safe,\" Tom Ashby said on Monday.";

    @TempDir
    Path dir;

    private AnalysisService service() throws IOException {
        return new AnalysisService(Files.createDirectories(dir.resolve("analysis")), new ReaderDates(dir.resolve("dates.json")));
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("analysis"))) {
            return files.toList();
        }
    }

    @Test
    void theWarmUpArticleExercisesEveryRuleAndWarmingUpWritesNothing() throws IOException {
        ArticleAnalysis made = new AnalysisService(null, null).compute(WarmUpArticle.TEXT, WarmUpArticle.entities(), WarmUpArticle.DATE);
        assertTrue(made.quotes().size() >= 3, made.quotes().toString());
        assertTrue(made.quotes().stream().anyMatch(q -> q.speaker() != null && "Elena Varga".equals(q.speaker().name())), made.quotes().toString());
        assertEquals("2024-03-05", made.timeline().stream().filter(t -> t.text().equals("Tuesday")).findFirst().orElseThrow().value());
        assertEquals(2_700_000d, made.figures().stream().filter(f -> f.text().equals("2.7 million")).findFirst().orElseThrow().value());

        AnalysisService service = service();
        service.warmUp();
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void anArticleAnalysedAgainComesFromMemoryThenFromTheFile() throws Exception {
        Article article = new ArticleLoader().fromPlainText(dir.resolve("harbour.txt"), RAW);
        EntityAnalysis entities = new Entities(article.text()).add("Tom Ashby", EntityLabel.PERSON, "Tom Ashby")
                .add("Monday", EntityLabel.DATE, "Monday").analysis();
        AnalysisService service = service();
        ArticleAnalysis first = service.analyse(article, entities);
        assertEquals("Tom Ashby", first.quotes().get(0).speaker().name());
        assertEquals(1, cacheFiles().size());

        Files.delete(cacheFiles().get(0));
        assertSame(first, service.analyse(article, entities), "remembered: no file read, nothing computed");
        assertEquals(List.of(), cacheFiles());

        AnalysisService restarted = service();
        ArticleAnalysis again = restarted.analyse(article, entities);
        assertNotSame(first, again);
        assertEquals(first, again);
        assertEquals(1, cacheFiles().size(), "computed and written again");

        restarted.setReaderDate(article, LocalDate.of(2024, 5, 6));
        assertEquals("2024-05-06", restarted.analyse(article, entities).articleDate(), "another date is another result, not the remembered one");
    }
}
