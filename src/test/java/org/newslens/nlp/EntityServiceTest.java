package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

class EntityServiceTest {
    @TempDir
    Path dir;

    /** The real rule pipeline over a model-free tagger, counting how often recognition actually runs. */
    static final class CountingRecogniser implements EntityRecogniser {
        final AtomicInteger runs = new AtomicInteger();
        final CoreNlpRecogniser inner;

        CountingRecogniser(String version) {
            inner = new CoreNlpRecogniser(new WordTagger(version));
        }

        @Override
        public EntityAnalysis recognise(String text) {
            runs.incrementAndGet();
            return inner.recognise(text);
        }

        @Override
        public String version() {
            return inner.version();
        }
    }

    private static Article article(String text) throws Exception {
        return new ArticleLoader().fromPlainText(null, text);
    }

    private static List<String> texts(EntityAnalysis a) {
        return a.mentions().stream().map(m -> m.text() + "=" + m.label()).toList();
    }

    @Test
    void aSecondRequestIsServedFromTheCacheAcrossServiceInstances() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        Article a = article("In 1987 about 300 sailors left.");
        EntityService first = new EntityService(r, new EntityCache(dir));
        assertFalse(first.isCached(a));
        EntityAnalysis computed = first.analyse(a);
        assertEquals(List.of("1987=DATE", "about 300=FIGURE"), texts(computed));

        EntityService reopened = new EntityService(r, new EntityCache(dir));
        assertTrue(reopened.isCached(a));
        assertEquals(computed, reopened.analyse(a));
        assertEquals(1, r.runs.get());
    }

    @Test
    void aChangedTextIsAMiss() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        EntityService service = new EntityService(r, new EntityCache(dir));
        service.analyse(article("In 1987 about 300 sailors left."));
        Article changed = article("In 1988 about 300 sailors left.");
        assertFalse(service.isCached(changed));
        assertEquals(List.of("1988=DATE", "about 300=FIGURE"), texts(service.analyse(changed)));
        assertEquals(2, r.runs.get());
    }

    @Test
    void aNewRecogniserVersionInvalidatesTheEntry() throws Exception {
        Article a = article("In 1987 about 300 sailors left.");
        new EntityService(new CountingRecogniser("v1"), new EntityCache(dir)).analyse(a);
        CountingRecogniser newer = new CountingRecogniser("v2");
        EntityService service = new EntityService(newer, new EntityCache(dir));
        assertFalse(service.isCached(a));
        service.analyse(a);
        assertEquals(1, newer.runs.get());
    }

    @Test
    void aCorruptCacheFileIsRecomputedAndOverwritten() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        Article a = article("In 1987 about 300 sailors left.");
        EntityService service = new EntityService(r, new EntityCache(dir));
        EntityAnalysis good = service.analyse(a);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(file, "{\"version\": \"v1\", \"analysis\": {\"mentions\": [ {\"sta");
        assertFalse(service.isCached(a));
        assertEquals(good, service.analyse(a));
        assertEquals(2, r.runs.get());
        assertTrue(service.isCached(a));
    }

    @Test
    void aHandEditedCacheWhoseOffsetsDoNotFitTheTextIsRecomputed() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        Article a = article("In 1987 about 300 sailors left.");
        EntityService service = new EntityService(r, new EntityCache(dir));
        EntityAnalysis good = service.analyse(a);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String stored = Files.readString(file);
        // outside the text, then inside but quoting other characters, then an entity nobody declared
        List<String> edits = List.of(stored.replace("\"start\" : 3,", "\"start\" : 3000,").replace("\"end\" : 7,", "\"end\" : 3004,"),
                stored.replace("\"start\" : 3,", "\"start\" : 4,").replace("\"end\" : 7,", "\"end\" : 8,"),
                stored.replace("\"entity\" : \"date:1987\"", "\"entity\" : \"date:nowhere\""));
        int runs = 1;
        for (String edited : edits) {
            assertTrue(!edited.equals(stored), "the edit must change the file: " + stored);
            Files.writeString(file, edited);
            assertFalse(service.isCached(a));
            assertEquals(good, service.analyse(a));
            assertEquals(++runs, r.runs.get());
            assertTrue(service.isCached(a), "the recomputed result is stored again");
        }
    }

    @Test
    void manyArticlesOnTwoThreadsComeBackInOrder() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        EntityService service = new EntityService(r, new EntityCache(dir));
        List<Article> articles = List.of(article("In 1990 it rained."), article("About 40 ships sailed."),
                article("In 1991 it snowed."));
        List<EntityAnalysis> results = service.analyseAll(articles, 2);
        assertEquals(List.of("1990=DATE"), texts(results.get(0)));
        assertEquals(List.of("About 40=FIGURE"), texts(results.get(1)));
        assertEquals(List.of("1991=DATE"), texts(results.get(2)));
    }

    @Test
    void aBatchReachesTheSinkInInputOrderWithFewInputsAhead() throws Exception {
        CountingRecogniser r = new CountingRecogniser("v1");
        EntityService service = new EntityService(r, new EntityCache(dir));
        List<Integer> inputs = java.util.stream.IntStream.range(0, 60).boxed().toList();
        AtomicInteger loaded = new AtomicInteger();
        AtomicInteger sunk = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        List<Integer> order = new java.util.ArrayList<>();
        service.analyseInOrder(inputs, i -> {
            int ahead = loaded.incrementAndGet() - sunk.get();
            mostAhead.accumulateAndGet(ahead, Math::max);
            return article("In " + (1900 + i) + " about " + i + " sailors left.");
        }, 3, (i, article, analysis) -> {
            order.add(i);
            assertEquals("about " + i, analysis.mentions().get(1).text());
            sunk.incrementAndGet();
        });
        assertEquals(inputs, order);
        assertTrue(mostAhead.get() <= 2 * 3 + 1, "inputs ahead of the sink: " + mostAhead.get());
    }

    @Test
    void aBatchInputThatCannotBeLoadedStopsTheBatchWithItsMessage() {
        EntityService service = new EntityService(new CountingRecogniser("v1"), new EntityCache(dir));
        List<String> seen = new java.util.ArrayList<>();
        EntityService.BatchException e = org.junit.jupiter.api.Assertions.assertThrows(EntityService.BatchException.class,
                () -> service.analyseInOrder(List.of("a", "b", "c"), s -> {
                    if (s.equals("b")) {
                        throw new java.io.IOException("b is unreadable");
                    }
                    return article("Text " + s + ".");
                }, 2, (s, article, analysis) -> seen.add(s)));
        assertEquals("b is unreadable", e.getMessage());
        assertEquals(List.of("a"), seen);
    }
}
