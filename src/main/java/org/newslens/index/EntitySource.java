package org.newslens.index;

import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/** Where the index gets an article's entities from (the entity service, with its cache). */
@FunctionalInterface
public interface EntitySource {
    EntityAnalysis analyse(Article article);

    /**
     * True when an article already indexed with this very text may since have got other entities (e.g. the
     * reader corrected them), so they are looked up again rather than skipped.
     */
    default boolean mayHaveChanged(Article article) {
        return false;
    }

    /** No entities: the text is still searchable, the entity fields stay empty. */
    static EntitySource none() {
        return article -> EntityAnalysis.empty();
    }
}
