package org.newslens.ui.entities;

import java.util.List;
import org.newslens.nlp.EntityLabel;

/** A category in the sidebar: the entities that pass the filter, in the chosen order. */
public record EntityGroup(EntityLabel label, List<EntityItem> items) {
    public EntityGroup {
        items = List.copyOf(items);
    }

    public int mentionCount() {
        return items.stream().mapToInt(EntityItem::count).sum();
    }
}
