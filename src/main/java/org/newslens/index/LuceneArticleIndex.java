package org.newslens.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.Quote;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * {@link ArticleIndex} over Lucene: one document per article. A facade over its parts: {@link IndexStorage}
 * (opening, recovery, writer and searchers), {@link ArticleCatalog} (what is indexed, in memory),
 * {@link ArticleDocuments} (building a document), {@link QueryBarParser} and {@link HitExtractor}
 * (searching), {@link ArticleListing} and {@link EntitySuggester} (the library list and completions).
 */
public final class LuceneArticleIndex implements ArticleIndex {
    private final Analyzer stemming = TextAnalyzer.stemming();
    private final Analyzer folding = TextAnalyzer.folding();
    private final QueryBarParser parser = new QueryBarParser(stemming, folding);
    private final ArticleDocuments documents = new ArticleDocuments(stemming, folding);
    private final HitExtractor hits = new HitExtractor();
    private final ArticleCatalog catalog = new ArticleCatalog();
    private final EntitySuggester suggester = new EntitySuggester();
    private final Object writeLock = new Object();
    private volatile boolean suggestionsLoaded;
    private final IndexStorage storage;
    private final ArticleListing listing;

    private LuceneArticleIndex(Path dir) {
        this.storage = dir == null ? IndexStorage.inMemory(folding) : IndexStorage.open(dir, folding, this::load);
        this.listing = new ArticleListing(storage, documents);
    }

    /** An index that lives only as long as this object: for tests and one-off searches. */
    public static LuceneArticleIndex inMemory() {
        return new LuceneArticleIndex(null);
    }

    /**
     * Opens (or creates) the index in {@code dir}. An index that is damaged (a missing or broken file, a
     * plain file in its place) is set aside and started afresh, one built by another version is started
     * afresh; {@link #recovery()} then tells which articles it held, to be indexed again.
     *
     * @throws IndexException when the folder cannot be used, e.g. another NewsLens process has it open
     */
    public static LuceneArticleIndex open(Path dir) {
        return new LuceneArticleIndex(dir);
    }

    /**
     * As {@link #open(Path)}, trying again while another process holds the index, for up to {@code patience}: a
     * command line indexing a few files, or the window just closed still saving its state at exit.
     *
     * @throws IndexException when it cannot be opened, or is still in use after {@code patience}
     */
    public static LuceneArticleIndex open(Path dir, java.time.Duration patience) throws InterruptedException {
        long giveUp = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return open(dir);
            } catch (IndexException e) {
                if (!e.inUse() || System.nanoTime() > giveUp) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    /** What opening found wrong and set aside (once, right after {@link #open}); empty when the index was sound. */
    public Optional<IndexRecovery> recovery() {
        return Optional.ofNullable(storage.recovery());
    }

    /** Reads what the index holds into the catalog; reading every document also proves them readable. */
    private void load(IndexStorage opened) {
        IndexSearcher searcher = opened.acquire();
        try {
            ArticleListing.forEach(searcher, ArticleListing.CATALOG_FIELDS, d ->
                    catalog.put(d.get(IndexFields.KEY), d.get(IndexFields.HASH), d.get(IndexFields.ENTITY_PRINT), d.get(IndexFields.FILE)));
        } catch (IOException | RuntimeException e) {
            catalog.clear();
            throw e instanceof IOException io ? new IndexException("Cannot read the index: " + e.getMessage(), io) : (RuntimeException) e;
        } finally {
            opened.release(searcher);
        }
    }

    /**
     * Reads every stored entity list into the suggestions, once, at the first suggestion (a command-line
     * search never needs them, and reading them all would slow every open); from then on indexing keeps
     * them up to date article by article.
     */
    private void loadSuggestions() {
        if (suggestionsLoaded) {
            return;
        }
        synchronized (writeLock) {
            if (suggestionsLoaded) {
                return;
            }
            IndexSearcher searcher = storage.acquire();
            try {
                ArticleListing.forEach(searcher, ArticleListing.SUGGESTION_FIELDS, d ->
                        suggester.put(d.get(IndexFields.KEY), ArticleDocuments.readEntities(d.getBinaryValue(IndexFields.ENTITIES))));
            } catch (IOException e) {
                throw new IndexException("Cannot read the index: " + e.getMessage(), e);
            } finally {
                storage.release(searcher);
            }
            suggestionsLoaded = true;
        }
    }

    @Override
    public IndexOutcome index(Article article, EntityAnalysis entities) {
        EntityAnalysis analysis = entities == null ? EntityAnalysis.empty() : entities;
        return index(article, analysis, EntitySource.QUOTE_FINDER.find(article.text(), analysis));
    }

    @Override
    public IndexOutcome index(Article article, EntityAnalysis entities, List<Quote> quotes) {
        String key = ArticleKeys.key(article);
        EntityAnalysis analysis = entities == null ? EntityAnalysis.empty() : entities;
        List<EntitySummary> summaries = ArticleDocuments.summaries(analysis);
        byte[] table = ArticleDocuments.quoteTable(quotes, analysis, summaries, article.text().length());
        // The quote and date fields follow the analysis rules: new rules, new print, the article is indexed again.
        String print = EntityFingerprint.of(analysis, table) + "/analysis" + AnalysisService.VERSION;
        synchronized (writeLock) {
            String previous = catalog.hash(key);
            if (article.contentHash().equals(previous) && print.equals(catalog.entityPrint(key))) {
                return IndexOutcome.UNCHANGED;
            }
            try {
                storage.writer().updateDocument(new Term(IndexFields.KEY, key),
                        documents.build(article, analysis, quotes, table, summaries, key, print));
            } catch (IOException e) {
                throw new IndexException("Cannot index " + describe(article) + ": " + e.getMessage(), e);
            } finally {
                storage.changed();
            }
            catalog.put(key, article.contentHash(), print, article.source() == null ? null : ArticleKeys.normalize(article.source()));
            if (suggestionsLoaded) {
                suggester.put(key, summaries);
            }
            return previous == null ? IndexOutcome.ADDED : IndexOutcome.REPLACED;
        }
    }

    private static String describe(Article article) {
        return article.source() != null ? article.source().toString() : "\"" + article.title() + "\"";
    }

    @Override
    public boolean isIndexed(Article article) {
        return article.contentHash().equals(catalog.hash(ArticleKeys.key(article)));
    }

    @Override
    public boolean contains(String contentHash) {
        return catalog.containsHash(contentHash);
    }

    @Override
    public boolean remove(Path file) {
        String key = ArticleKeys.fileKey(file);
        synchronized (writeLock) {
            if (!catalog.containsKey(key)) {
                return false;
            }
            try {
                storage.writer().deleteDocuments(new Term(IndexFields.KEY, key));
            } catch (IOException e) {
                throw new IndexException("Cannot remove " + file + " from the index: " + e.getMessage(), e);
            } finally {
                storage.changed();
            }
            catalog.remove(key);
            if (suggestionsLoaded) {
                suggester.remove(key);
            }
            return true;
        }
    }

    @Override
    public int size() {
        return catalog.size();
    }

    @Override
    public SearchResult search(String query, SearchScope scope, int maxArticles) throws QuerySyntaxException {
        Query parsed = parser.parse(query);
        if (parsed == null) {
            return SearchResult.empty(query);
        }
        return searchParsed(query, scoped(parsed, scope), maxArticles);
    }

    @Override
    public List<ArticleMatch> matchEach(List<String> queries, SearchScope scope) throws QuerySyntaxException {
        List<Query> parsed = new java.util.ArrayList<>(queries.size());
        for (String query : queries) {
            Query q = parser.parse(query);
            parsed.add(q == null ? null : scoped(q, scope));
        }
        IndexSearcher searcher = storage.acquire();
        try {
            return BatchMatcher.match(searcher, parsed);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException(QueryBarParser.TOO_BROAD, String.join(" | ", queries), -1);
        } catch (IOException e) {
            throw new IndexException("Cannot search the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
    }

    /** Runs an already parsed query (scope included): {@link #search} and tests comparing query classes. */
    SearchResult searchParsed(String typed, Query query, int maxArticles) throws QuerySyntaxException {
        IndexSearcher searcher = storage.acquire();
        try {
            return hits.search(searcher, typed, query, maxArticles);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException e) {
            throw new QuerySyntaxException(QueryBarParser.TOO_BROAD, typed, -1);
        } catch (IOException e) {
            throw new IndexException("Cannot search the index: " + e.getMessage(), e);
        } finally {
            storage.release(searcher);
        }
    }

    /** The Lucene query a search for {@code query} over {@code scope} runs (null when blank): for diagnostics and benchmarks. */
    public Query luceneQuery(String query, SearchScope scope) throws QuerySyntaxException {
        Query parsed = parser.parse(query);
        return parsed == null ? null : scoped(parsed, scope);
    }

    /**
     * As {@link #luceneQuery(String, SearchScope)}, but with Lucene's own {@code FuzzyQuery} and
     * {@code PrefixQuery} in place of NewsLens's scanning ones: for the benchmark that keeps the choice honest.
     */
    public Query luceneQueryWithLuceneMultiTerms(String query, SearchScope scope) throws QuerySyntaxException {
        Query parsed = new QueryBarParser(stemming, folding, false).parse(query);
        return parsed == null ? null : scoped(parsed, scope);
    }

    private static Query scoped(Query query, SearchScope scope) {
        Query filter = switch (scope.kind()) {
            case ALL -> null;
            case ARTICLE -> new TermQuery(new Term(IndexFields.KEY, scope.value()));
            case FOLDER -> new TermQuery(new Term(IndexFields.FOLDER, scope.value()));
        };
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER)
                .build();
    }

    @Override
    public List<Suggestion> suggest(String prefix, int max) {
        if (prefix == null || prefix.isBlank() || max <= 0) {
            return List.of();
        }
        loadSuggestions();
        return suggester.lookup(prefix.strip(), max);
    }

    @Override
    public List<IndexedArticle> articles() {
        return listing.articles();
    }

    @Override
    public void forEachArticle(Consumer<LibraryArticle> visitor) {
        listing.forEachArticle(visitor);
    }

    @Override
    public void forEachArticleNaming(Collection<String> names, Consumer<LibraryArticle> visitor) {
        listing.forEachArticleNaming(names, visitor);
    }

    @Override
    public void forEachEntityListNaming(Collection<String> names, Consumer<List<EntitySummary>> visitor) {
        listing.forEachEntityListNaming(names, visitor);
    }

    @Override
    public void forEachTableNaming(Collection<String> names, Consumer<ArticleTable> visitor) {
        listing.forEachTableNaming(names, visitor);
    }

    @Override
    public void forEachArticleKeyed(Collection<String> keys, Consumer<LibraryArticle> visitor) {
        listing.forEachArticleKeyed(keys, visitor);
    }

    @Override
    public void commit() {
        storage.commit();
        saveManifest();
    }

    @Override
    public void close() {
        try {
            suggester.close();
            storage.close();
            saveManifest();
        } finally {
            documents.close();
            stemming.close();
            folding.close();
        }
    }

    private void saveManifest() {
        try {
            catalog.saveManifest(storage.folder());
        } catch (IOException e) {
            throw new IndexException("Cannot save the list of indexed articles: " + e.getMessage(), e);
        }
    }
}
