package org.newslens.index;

import java.nio.file.Path;
import java.util.List;

/** The hits of one matching article, in text order. An article can match with no hit to show (e.g. {@code *:*}). */
public record ArticleHits(Path file, String contentHash, String title, float score, List<SearchHit> hits) {
    public ArticleHits {
        hits = List.copyOf(hits);
    }
}
