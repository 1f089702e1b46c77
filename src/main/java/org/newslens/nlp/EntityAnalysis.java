package org.newslens.nlp;

import java.util.List;

/** What recognition found in one text: mentions in text order, and the entities they group into. */
public record EntityAnalysis(List<Mention> mentions, List<Entity> entities) {
    public EntityAnalysis {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
    }

    public static EntityAnalysis empty() {
        return new EntityAnalysis(List.of(), List.of());
    }
}
