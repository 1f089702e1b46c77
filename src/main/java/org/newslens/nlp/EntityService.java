package org.newslens.nlp;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.newslens.app.AppHome;
import org.newslens.article.Article;

/**
 * The one way the window, the command line and indexing get entities: cache first, then the recogniser
 * (whose models load once, on first use), storing the result. Thread-safe; two requests for the same
 * text at once share one recognition.
 */
public final class EntityService {
    private final EntityRecogniser recogniser;
    private final EntityCache cache;
    private final ConcurrentHashMap<String, CompletableFuture<EntityAnalysis>> running = new ConcurrentHashMap<>();

    public EntityService(EntityRecogniser recogniser, EntityCache cache) {
        this.recogniser = recogniser;
        this.cache = cache;
    }

    /** The CoreNLP recogniser with its cache in the data directory's {@code entities/}. */
    public static EntityService createDefault(AppHome home) throws IOException {
        return new EntityService(new CoreNlpRecogniser(), EntityCache.in(home));
    }

    public String recogniserVersion() {
        return recogniser.version();
    }

    /**
     * Characters the tokenizer could not read and skipped in the texts recognised so far (none for cached
     * results), for one summary line instead of a warning per text.
     */
    public CoreNlpTagger.Skipped skippedCharacters() {
        return recogniser instanceof CoreNlpRecogniser r ? r.skippedCharacters() : new CoreNlpTagger.Skipped(0, 0, null);
    }

    /** Loads the models now (call it off the UI thread at start-up to make the first article quick). */
    public void warmUp() {
        if (recogniser instanceof CoreNlpRecogniser r) {
            r.load();
        }
    }

    /** Entities of the article's text (offsets into {@link Article#text()}); blocks while recognising. */
    public EntityAnalysis analyse(Article article) {
        return analyseText(article.text());
    }

    public EntityAnalysis analyseText(String text) {
        return analyseText(text, RecognitionProgress.NONE);
    }

    /**
     * As {@link #analyseText(String)}, reporting progress while a long text is recognised; interrupting the
     * calling thread gives a long recognition up between segments (a CancellationException).
     */
    public EntityAnalysis analyseText(String text, RecognitionProgress progress) {
        String version = recogniser.version();
        Optional<EntityAnalysis> hit = cache.get(text, version);
        if (hit.isPresent()) {
            return hit.get();
        }
        CompletableFuture<EntityAnalysis> mine = new CompletableFuture<>();
        String key = version + "\u0000" + text;
        CompletableFuture<EntityAnalysis> other = running.putIfAbsent(key, mine);
        if (other != null) {
            return join(other);
        }
        try {
            EntityAnalysis result = recogniser.recognise(text, progress);
            cache.put(text, version, result);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key);
        }
    }

    /**
     * The text's entities a part at a time, for a window that shows each part's as it comes: the lines around
     * {@code [firstFrom, firstTo)} (those on screen) first. From the cache it is done before the first step; otherwise
     * the last step's result, {@link #analyseText}'s, is stored in the cache. Reads the cache: call it off the UI thread.
     */
    public StagedRecognition staged(String text, int firstFrom, int firstTo) {
        String version = recogniser.version();
        Optional<EntityAnalysis> hit = cache.get(text, version);
        if (hit.isPresent()) {
            return StagedRecognition.finished(hit.get());
        }
        return recogniser.staged(text, firstFrom, firstTo).whenDone(result -> cache.put(text, version, result));
    }

    /** True when the article's entities can be shown at once, without recognition. */
    public boolean isCached(Article article) {
        return cache.contains(article.text(), recogniser.version());
    }

    /** The cached entities, if any; never recognises. */
    public Optional<EntityAnalysis> cached(Article article) {
        return cache.get(article.text(), recogniser.version());
    }

    /**
     * Entities of many articles, in their order, on {@code threads} threads sharing one loaded pipeline
     * (the command line and library indexing use this).
     */
    public List<EntityAnalysis> analyseAll(List<Article> articles, int threads) {
        List<String> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(a.text());
        }
        return analyseTexts(texts, threads);
    }

    public List<EntityAnalysis> analyseTexts(List<String> texts, int threads) {
        if (texts.size() <= 1 || threads <= 1) {
            List<EntityAnalysis> out = new ArrayList<>();
            for (String t : texts) {
                out.add(analyseText(t));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, texts.size()));
        try {
            List<Future<EntityAnalysis>> futures = new ArrayList<>();
            for (String t : texts) {
                futures.add(pool.submit(() -> analyseText(t)));
            }
            List<EntityAnalysis> out = new ArrayList<>();
            for (Future<EntityAnalysis> f : futures) {
                out.add(join(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Receives the results of {@link #analyseInOrder}, one input at a time, in input order. */
    @FunctionalInterface
    public interface BatchSink<T> {
        void accept(T input, Article article, EntityAnalysis analysis) throws IOException;
    }

    /** Loads one input; a failure is rethrown from {@link #analyseInOrder} on the calling thread. */
    @FunctionalInterface
    public interface ArticleSource<T> {
        Article load(T input) throws Exception;
    }

    private record Done<T>(T input, Article article, EntityAnalysis analysis) {
    }

    /**
     * Loads and analyses many inputs on {@code threads} workers sharing one loaded pipeline and hands each result
     * to {@code sink} on the calling thread in input order. At most two inputs per worker are loaded or analysed
     * ahead of the sink, so memory stays bounded for any number of inputs (nothing is kept after the sink).
     *
     * @throws IOException what the sink threw
     * @throws BatchException what loading an input threw (the inputs before it have reached the sink)
     */
    public <T> void analyseInOrder(List<T> inputs, ArticleSource<T> source, int threads, BatchSink<T> sink)
            throws IOException {
        analyseInOrder(inputs, source, threads, input -> RecognitionProgress.NONE, sink);
    }

    /** As above, with each input's recognition progress (for texts long enough to be recognised in segments). */
    public <T> void analyseInOrder(List<T> inputs, ArticleSource<T> source, int threads,
            Function<T, RecognitionProgress> progressOf, BatchSink<T> sink) throws IOException {
        int workers = Math.max(1, Math.min(threads, inputs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "newslens-entities");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Done<T>>> ahead = new ArrayDeque<>();
        int next = 0;
        try {
            while (!ahead.isEmpty() || next < inputs.size()) {
                while (next < inputs.size() && ahead.size() < 2 * workers) {
                    T input = inputs.get(next++);
                    ahead.add(pool.submit(() -> {
                        Article article;
                        try {
                            article = source.load(input);
                        } catch (Exception e) {
                            throw new BatchException(input, e);
                        }
                        return new Done<>(input, article, analyseText(article.text(), progressOf.apply(input)));
                    }));
                }
                Done<T> done = join(ahead.poll());
                sink.accept(done.input(), done.article(), done.analysis());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An input of {@link #analyseInOrder} could not be loaded; the cause says why. */
    public static final class BatchException extends RuntimeException {
        private final transient Object input;

        BatchException(Object input, Exception cause) {
            super(cause.getMessage(), cause);
            this.input = input;
        }

        public Object input() {
            return input;
        }
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while recognising entities", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
