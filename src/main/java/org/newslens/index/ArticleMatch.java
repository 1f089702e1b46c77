package org.newslens.index;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article that matched one or more queries of a batch ({@link ArticleIndex#matchEach}): who it is, without its hits.
 *
 * @param file      where it was read from, or null for text without a file
 * @param published the publication date the document gave, or null
 * @param queries   the positions, in the batch, of the queries it matched, ascending
 */
public record ArticleMatch(Path file, String contentHash, String title, OffsetDateTime published, List<Integer> queries) {
    public ArticleMatch {
        queries = List.copyOf(queries);
    }
}
