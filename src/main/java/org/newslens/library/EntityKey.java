package org.newslens.library;

import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.nlp.EntityLabel;

/** One entity across the library: the same category and the same name (any case) in every article. */
record EntityKey(EntityLabel label, String folded) {

    static EntityKey of(EntitySummary entity) {
        return new EntityKey(entity.label(), fold(entity.name()));
    }

    static String fold(String name) {
        return ArticleIndex.foldName(name);
    }
}
