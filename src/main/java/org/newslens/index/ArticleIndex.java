package org.newslens.index;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.newslens.analysis.Quote;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/**
 * The search index over opened articles and the library. Thread-safe: indexing may run on a background
 * thread while searches run on another. Changes are visible to searches at once and are made durable by
 * {@link #commit()} (and by {@link #close()}). I/O failures surface as {@link IndexException}.
 */
public interface ArticleIndex extends AutoCloseable {

    /**
     * Default number of articles a search returns hits for: a screenful of grouped results. Finding every
     * hit costs time per article; {@link SearchResult#matchingArticles()} tells how many more there are.
     */
    int DEFAULT_MAX_ARTICLES = 20;

    /**
     * Indexes the article with its entities. An article is identified by its file (or, without one, by its
     * content): the same file with the same content is left alone, with new content it is replaced.
     */
    IndexOutcome index(Article article, EntityAnalysis entities);

    /**
     * As {@link #index(Article, EntityAnalysis)}, with the article's quotes as they are to be searched ({@code speaker:},
     * {@code quote:}) and stored ({@link LibraryArticle#quotes()}): e.g. with the speakers the reader corrected. A
     * change of a speaker indexes the article again.
     */
    IndexOutcome index(Article article, EntityAnalysis entities, List<Quote> quotes);

    /** Indexes the article with the entities and quotes {@code source} gives for it. */
    default IndexOutcome index(Article article, EntitySource source) {
        EntityAnalysis entities = source.analyse(article);
        return index(article, entities, source.quotes(article, entities));
    }

    /** True when this very article (same file, same content) is already indexed: no need to analyse it again. */
    boolean isIndexed(Article article);

    /** True when some indexed article has this content hash. */
    boolean contains(String contentHash);

    /** Removes the article indexed from {@code file}; false when there was none. */
    boolean remove(Path file);

    /** Runs a query-bar query over the scope; hits for at most {@link #DEFAULT_MAX_ARTICLES} articles. */
    default SearchResult search(String query, SearchScope scope) throws QuerySyntaxException {
        return search(query, scope, DEFAULT_MAX_ARTICLES);
    }

    /** Runs a query-bar query over the scope; hits for the best {@code maxArticles} articles. A blank query finds nothing. */
    SearchResult search(String query, SearchScope scope, int maxArticles) throws QuerySyntaxException;

    /**
     * A batch search (as a watch list runs): every article in the scope matching at least one of {@code queries}
     * (query-bar syntax; a blank one matches nothing), with which of them it matched, in index order. No hits are
     * taken, so this stays cheap over a whole library; {@link #search} a matched article for its hits.
     *
     * @throws QuerySyntaxException for the first query the parser refuses (its {@code query()} says which)
     */
    List<ArticleMatch> matchEach(List<String> queries, SearchScope scope) throws QuerySyntaxException;

    /** Up to {@code max} entity names and aliases containing a word starting with {@code prefix}, most mentioned first. */
    List<Suggestion> suggest(String prefix, int max);

    /** Every indexed article with its title and most mentioned entities, by title. */
    List<IndexedArticle> articles();

    /**
     * Hands every indexed article with its text, paragraphs, entities and mentions to {@code visitor}, one at
     * a time in index order (nothing is collected: a library-wide view keeps only what it adds up).
     */
    void forEachArticle(Consumer<LibraryArticle> visitor);

    /**
     * As {@link #forEachArticle}, but only the articles with an entity whose name or an alias is one of
     * {@code names} (compared as {@link #foldName} folds them), found through the index: nothing else is read.
     */
    default void forEachArticleNaming(Collection<String> names, Consumer<LibraryArticle> visitor) {
        Set<String> folded = names.stream().map(ArticleIndex::foldName).collect(Collectors.toSet());
        forEachArticle(a -> {
            if (a.entities().stream().anyMatch(e -> folded.contains(foldName(e.name()))
                    || e.aliases().stream().anyMatch(n -> folded.contains(foldName(n))))) {
                visitor.accept(a);
            }
        });
    }

    /**
     * The entity lists of the articles {@link #forEachArticleNaming} would visit, without their texts: a cheap
     * first look (which entities go by a name) before reading the articles themselves.
     */
    default void forEachEntityListNaming(Collection<String> names, Consumer<List<EntitySummary>> visitor) {
        forEachArticleNaming(names, a -> visitor.accept(a.entities()));
    }

    /**
     * The {@link ArticleTable}s (no text) of the articles {@link #forEachArticleNaming} would visit: what library-wide
     * totals add up. The default reads the articles themselves.
     */
    default void forEachTableNaming(Collection<String> names, Consumer<ArticleTable> visitor) {
        forEachArticleNaming(names, a -> visitor.accept(ArticleTable.of(a)));
    }

    /** The articles whose {@link ArticleTable#key()} is one of {@code keys}, one at a time in index order. */
    default void forEachArticleKeyed(Collection<String> keys, Consumer<LibraryArticle> visitor) {
        Set<String> wanted = Set.copyOf(keys);
        forEachArticle(a -> {
            if (wanted.contains(ArticleTable.keyOf(a))) {
                visitor.accept(a);
            }
        });
    }

    /** An entity name as the library compares names: without surrounding space, in lower case (any locale). */
    static String foldName(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /** Number of indexed articles. */
    int size();

    /** Makes every change so far survive a restart. */
    void commit();

    @Override
    void close();
}
