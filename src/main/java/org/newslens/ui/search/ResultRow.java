package org.newslens.ui.search;

import java.util.ArrayList;
import java.util.List;
import org.newslens.index.ArticleHits;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchHit;

/** One row of the results list: an article heading (library searches) or one hit under it. */
public sealed interface ResultRow {

    /** The rows of a search's results: its hits in order, under a heading per article if {@code headings}. */
    static List<ResultRow> of(SearchResult found, boolean headings) {
        List<ResultRow> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        int i = 0;
        for (ArticleHits article : found.articles()) {
            if (article.hits().isEmpty()) {
                continue;
            }
            if (headings) {
                out.add(new ArticleRow(article));
            }
            for (SearchHit hit : article.hits()) {
                out.add(new HitRow(hit, i++));
            }
        }
        return out;
    }

    /** The heading of an article's hits in a library search. */
    record ArticleRow(ArticleHits article) implements ResultRow {
    }

    /** A hit; {@code index} is its place in {@link SearchViewModel#hits()}. */
    record HitRow(SearchHit hit, int index) implements ResultRow {
    }
}
