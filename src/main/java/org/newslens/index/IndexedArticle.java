package org.newslens.index;

import java.nio.file.Path;
import java.util.List;

/** One article in the library: where it came from, its title, and its most mentioned entities. */
public record IndexedArticle(Path file, String contentHash, String title, List<EntitySummary> topEntities) {
    public IndexedArticle {
        topEntities = List.copyOf(topEntities);
    }
}
