package org.newslens.ui.search;

import org.newslens.index.ArticleHits;
import org.newslens.index.SearchHit;

/** One row of the results list: an article heading (library searches) or one hit under it. */
public sealed interface ResultRow {

    /** The heading of an article's hits in a library search. */
    record ArticleRow(ArticleHits article) implements ResultRow {
    }

    /** A hit; {@code index} is its place in {@link SearchViewModel#hits()}. */
    record HitRow(SearchHit hit, int index) implements ResultRow {
    }
}
