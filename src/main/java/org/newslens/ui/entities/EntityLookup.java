package org.newslens.ui.entities;

import java.util.Optional;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.StagedRecognition;

/** What the Entities pane asks of the entity service; every call blocks, so only workers make them. */
public interface EntityLookup {
    /** The cached result for the article's text, if any (a file read). */
    Optional<EntityAnalysis> cached(Article article);

    /**
     * The article's entities a part at a time, the characters [firstFrom, firstTo) first (done already when cached;
     * each step blocks for seconds).
     */
    StagedRecognition staged(Article article, int firstFrom, int firstTo);

    /** Loads the recogniser's models. */
    void warmUp();

    static EntityLookup of(EntityService service) {
        return new EntityLookup() {
            @Override
            public Optional<EntityAnalysis> cached(Article article) {
                return service.cached(article);
            }

            @Override
            public StagedRecognition staged(Article article, int firstFrom, int firstTo) {
                return service.staged(article.text(), firstFrom, firstTo);
            }

            @Override
            public void warmUp() {
                service.warmUp();
            }
        };
    }
}
