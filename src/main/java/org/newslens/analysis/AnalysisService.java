package org.newslens.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quotes, timeline and figures of an article from its (corrected) entities: pure rules on top of recognition,
 * so no model loads. Results are cached under the data directory's {@code analysis/}, keyed by the text, the
 * entities they were derived from, the article's date and {@link #VERSION}, and the latest few in memory (an
 * article shown again is ready at once). {@link #warmUp()} prepares the rules while the entities are being
 * recognised. Thread-safe.
 */
public final class AnalysisService {
    /** Bump whenever a rule changes what is found. */
    public static final int VERSION = 3;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);
    /** How many articles' results are kept in memory. */
    private static final int REMEMBERED = 32;

    private final Path cacheDir;
    private final ReaderDates readerDates;
    private final ObjectMapper json = Json.mapper();
    private final QuoteFinder quotes = new QuoteFinder();
    private final Timeline timeline = new Timeline();
    private final Map<String, ArticleAnalysis> remembered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleAnalysis> eldest) {
            return size() > REMEMBERED;
        }
    };

    public AnalysisService(Path cacheDir, ReaderDates readerDates) {
        this.cacheDir = cacheDir;
        this.readerDates = readerDates;
    }

    public static AnalysisService createDefault(AppHome home) throws IOException {
        return new AnalysisService(home.dir("analysis"), ReaderDates.in(home));
    }

    /** The date the article speaks from: metadata, dateline, or the one the reader gave; null if none. */
    public ArticleDates.Found articleDate(Article article) {
        ArticleDates.Found found = ArticleDates.find(article);
        if (found != null) {
            return found;
        }
        return readerDates.get(article).map(d -> new ArticleDates.Found(d, "reader")).orElse(null);
    }

    /** Remembers the reader's answer for an article that states no date of its own. */
    public void setReaderDate(Article article, LocalDate date) {
        readerDates.put(article, date);
    }

    public ArticleAnalysis analyse(Article article, EntityAnalysis entities) {
        ArticleDates.Found date = articleDate(article);
        String key = cacheKey(article, entities, date);
        synchronized (remembered) {
            ArticleAnalysis known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        Path file = cacheDir.resolve(key + ".json");
        ArticleAnalysis result = read(file).orElse(null);
        if (result == null) {
            result = compute(article.text(), entities, date);
            try {
                AtomicFiles.write(file, json.writeValueAsBytes(result));
            } catch (IOException e) {
                LOG.warn("Could not write analysis cache file {}: {}", file, e.getMessage());
            }
        }
        synchronized (remembered) {
            remembered.put(key, result);
        }
        return result;
    }

    /**
     * Runs the rules on a made-up article and its result through the cache's JSON, writing nothing: classes load,
     * patterns compile and the JSON set-up is made, so the first real article costs only its own analysis. Worth
     * calling on another thread while entities are recognised (the window at start, the command line).
     */
    public void warmUp() {
        try {
            EntityAnalysis entities = WarmUpArticle.entities();
            json.writeValueAsString(entities);
            ArticleAnalysis result = compute(WarmUpArticle.TEXT, entities, WarmUpArticle.DATE);
            json.readValue(json.writeValueAsBytes(result), ArticleAnalysis.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Warming up the quote, timeline and figure rules failed: {}", e.toString());
        }
    }

    /** Without the cache: for tests and the evaluation. */
    public ArticleAnalysis compute(String text, EntityAnalysis entities, ArticleDates.Found date) {
        LocalDate reference = date == null ? null : date.date();
        return new ArticleAnalysis(quotes.find(text, entities), timeline.build(text, entities, reference),
                FigureValues.of(text, entities), reference == null ? null : reference.toString(), date == null ? null : date.source());
    }

    private Optional<ArticleAnalysis> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(file.toFile(), ArticleAnalysis.class));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring unreadable analysis cache file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private String cacheKey(Article article, EntityAnalysis entities, ArticleDates.Found date) {
        String entityKey;
        try {
            entityKey = ArticleLoader.sha256(json.writeValueAsString(entities));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String key = VERSION + "\u0000" + article.contentHash() + "\u0000" + entityKey + "\u0000" + (date == null ? "" : date.date());
        return ArticleLoader.sha256(key);
    }
}
