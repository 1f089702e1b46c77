package org.newslens.nlp;

import java.util.List;

/** A canonical entity: the mentions that name the same person, place, group, figure or date. */
public record Entity(String id, String name, EntityLabel label, List<String> aliases, int mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
