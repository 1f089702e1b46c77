package org.newslens.export;

import java.util.List;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.EntityAnalysis;

/** Where a search query matches in one article: what export by query takes its passages from. */
@FunctionalInterface
public interface QueryHits {
    /**
     * @param entities the article's (corrected) entities, for entity-field queries such as {@code person:Kade}
     * @throws BadQueryException when the query cannot be read; its message is shown as is
     */
    List<TextRange> find(Article article, EntityAnalysis entities, String query) throws BadQueryException;

    /** A query the search cannot read. */
    class BadQueryException extends Exception {
        public BadQueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
