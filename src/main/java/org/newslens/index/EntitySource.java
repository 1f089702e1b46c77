package org.newslens.index;

import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;

/** Where the index gets an article's entities from (the entity service, with its cache). */
@FunctionalInterface
public interface EntitySource {
    EntityAnalysis analyse(Article article);

    /** No entities: the text is still searchable, the entity fields stay empty. */
    static EntitySource none() {
        return article -> EntityAnalysis.empty();
    }
}
