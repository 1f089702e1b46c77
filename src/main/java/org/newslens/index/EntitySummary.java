package org.newslens.index;

import java.util.List;
import org.newslens.nlp.EntityLabel;

/** An entity of an indexed article, as the library view and the suggestions show it. */
public record EntitySummary(String name, EntityLabel label, List<String> aliases, int mentions) {
    public EntitySummary {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
