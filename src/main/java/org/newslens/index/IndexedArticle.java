package org.newslens.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One article in the library: where it came from, its title, and its most mentioned entities.
 *
 * @param date     the day it speaks from (publication date, else dateline), or null
 * @param site     the site or publication the document names, or null
 * @param mentions how many entity mentions it has in all
 */
public record IndexedArticle(Path file, String contentHash, String title, List<EntitySummary> topEntities,
                             LocalDate date, String site, int mentions) {
    public IndexedArticle {
        topEntities = List.copyOf(topEntities);
    }

    /** An article without date, site or mention count. */
    public IndexedArticle(Path file, String contentHash, String title, List<EntitySummary> topEntities) {
        this(file, contentHash, title, topEntities, null, null, topEntities.stream().mapToInt(EntitySummary::mentions).sum());
    }
}
