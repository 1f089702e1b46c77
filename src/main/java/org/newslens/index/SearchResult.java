package org.newslens.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * The same result with the copies of a text (files with the same content hash) as one article: the best
     * ranked copy with its hits, the other files in {@link ArticleHits#copies()}, their identical hits dropped.
     */
    public SearchResult groupingCopies() {
        Map<String, List<ArticleHits>> byText = new LinkedHashMap<>();
        for (ArticleHits a : articles) {
            byText.computeIfAbsent(a.contentHash(), h -> new ArrayList<>()).add(a);
        }
        if (byText.size() == articles.size()) {
            return this;
        }
        List<ArticleHits> grouped = new ArrayList<>(byText.size());
        int hits = 0;
        for (List<ArticleHits> same : byText.values()) {
            ArticleHits best = same.get(0);
            List<Path> copies = same.subList(1, same.size()).stream().map(ArticleHits::file).filter(Objects::nonNull).toList();
            grouped.add(new ArticleHits(best.file(), best.contentHash(), best.title(), best.score(), best.hits(), copies));
            hits += best.hits().size();
        }
        return new SearchResult(query, hits, matchingArticles, grouped);
    }

    /** Every hit, article by article (best article first), in text order within an article. */
    public List<SearchHit> hits() {
        return articles.stream().flatMap(a -> a.hits().stream()).toList();
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
