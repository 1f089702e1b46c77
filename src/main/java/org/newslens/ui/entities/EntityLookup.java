package org.newslens.ui.entities;

import java.util.Optional;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;

/** What the Entities pane asks of the entity service; every call blocks, so only workers make them. */
public interface EntityLookup {
    /** The cached result for the article's text, if any (a file read). */
    Optional<EntityAnalysis> cached(Article article);

    /** Recognises the article's entities (seconds; cached afterwards). */
    EntityAnalysis analyse(Article article);

    /** Loads the recogniser's models. */
    void warmUp();

    static EntityLookup of(EntityService service) {
        return new EntityLookup() {
            @Override
            public Optional<EntityAnalysis> cached(Article article) {
                return service.cached(article);
            }

            @Override
            public EntityAnalysis analyse(Article article) {
                return service.analyse(article);
            }

            @Override
            public void warmUp() {
                service.warmUp();
            }
        };
    }
}
