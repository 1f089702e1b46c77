package org.newslens.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.nlp.EntityLabel;

/**
 * The categories the recogniser gave one name across the library, with their mentions. The name's category is the
 * one with most mentions; a tie goes to the category declared first in {@link EntityLabel} (person, place, group,
 * figure, date), so the same library always gives the same answer.
 */
final class CategoryTally {
    private static final EntityLabel[] LABELS = EntityLabel.values();
    private final int[] mentions = new int[LABELS.length];
    private final boolean[] seen = new boolean[LABELS.length];

    void add(EntityLabel label, int count) {
        mentions[label.ordinal()] += count;
        seen[label.ordinal()] = true;
    }

    /** The name's category; null before any was added. */
    EntityLabel main() {
        List<EntityLabel> all = ordered();
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every category given, the name's category first, then by mentions (ties in declaration order). */
    List<EntityLabel> ordered() {
        List<EntityLabel> out = new ArrayList<>();
        for (EntityLabel label : LABELS) {
            if (seen[label.ordinal()]) {
                out.add(label);
            }
        }
        out.sort(Comparator.comparingInt((EntityLabel l) -> mentions[l.ordinal()]).reversed().thenComparingInt(Enum::ordinal));
        return out;
    }
}
