package org.newslens.index;

import java.util.List;

/**
 * What a query found.
 *
 * @param query            the query as typed
 * @param total            number of hits in {@code articles}
 * @param matchingArticles how many articles in the scope match (may exceed {@code articles().size()}
 *                         when the search was limited to the best few)
 * @param articles         the best matching articles, best first, each with its hits in text order
 */
public record SearchResult(String query, int total, long matchingArticles, List<ArticleHits> articles) {
    public SearchResult {
        articles = List.copyOf(articles);
    }

    public static SearchResult empty(String query) {
        return new SearchResult(query, 0, 0, List.of());
    }

    /** Every hit, article by article (best article first), in text order within an article. */
    public List<SearchHit> hits() {
        return articles.stream().flatMap(a -> a.hits().stream()).toList();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
