package org.newslens.index;

import java.nio.file.Path;
import java.util.List;

/**
 * The hits of one matching article, in text order. An article can match with no hit to show (e.g. {@code *:*}).
 *
 * @param copies other files with the same text, when the result groups copies ({@link SearchResult#groupingCopies()})
 */
public record ArticleHits(Path file, String contentHash, String title, float score, List<SearchHit> hits, List<Path> copies) {
    public ArticleHits {
        hits = List.copyOf(hits);
        copies = List.copyOf(copies);
    }

    public ArticleHits(Path file, String contentHash, String title, float score, List<SearchHit> hits) {
        this(file, contentHash, title, score, hits, List.of());
    }
}
