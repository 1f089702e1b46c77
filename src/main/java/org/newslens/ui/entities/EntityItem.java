package org.newslens.ui.entities;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * One entity as the sidebar lists it: the canonical entity, its mentions in text order and, for figures,
 * what they count (the distinct contexts of its mentions, joined).
 */
public record EntityItem(Entity entity, List<Mention> mentions, String context) {
    public EntityItem {
        mentions = List.copyOf(mentions);
    }

    /** The entity with its mentions; what it counts is the distinct contexts of the mentions, joined. */
    public static EntityItem of(Entity entity, List<Mention> mentions) {
        Set<String> contexts = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.context() != null && !m.context().isBlank()) {
                contexts.add(m.context().strip());
            }
        }
        return new EntityItem(entity, mentions, contexts.isEmpty() ? null : String.join(", ", contexts));
    }

    public String name() {
        return entity.name();
    }

    public EntityLabel label() {
        return entity.label();
    }

    public int count() {
        return mentions.size();
    }

    /** The aliases other than the canonical name. */
    public List<String> otherNames() {
        return entity.aliases().stream().filter(a -> !a.equals(entity.name())).toList();
    }
}
