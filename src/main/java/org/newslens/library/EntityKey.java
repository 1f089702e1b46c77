package org.newslens.library;

import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;

/**
 * One entity across the library: the same name (any case) in every article, whatever category the recogniser gave
 * it there (its category is then the one it has most often: {@link CategoryTally}). Library-wide corrections
 * (merge, rename, split) are already applied to the articles' entities, so they decide the names compared here.
 */
record EntityKey(String folded) {

    static EntityKey of(EntitySummary entity) {
        return new EntityKey(fold(entity.name()));
    }

    static String fold(String name) {
        return ArticleIndex.foldName(name);
    }
}
