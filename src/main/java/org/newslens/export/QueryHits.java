package org.newslens.export;

import java.util.List;
import org.newslens.article.Article;

/** Where a search query matches in one article: what export by query takes its passages from. */
@FunctionalInterface
public interface QueryHits {
    /**
     * @throws BadQueryException when the query cannot be read; its message is shown as is
     */
    List<TextRange> find(Article article, String query) throws BadQueryException;

    /** A query the search cannot read. */
    class BadQueryException extends Exception {
        public BadQueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
