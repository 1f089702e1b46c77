package org.newslens.library;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article a watch list found.
 *
 * @param file      where it was read from, or null for text without a file
 * @param published the date the document gave, or null
 * @param matched   the list's entries it matched (the query, or the names it names)
 * @param isNew     true until the reader marks it seen
 */
public record WatchMatch(Path file, String contentHash, String title, OffsetDateTime published, List<String> matched, boolean isNew) {
    public WatchMatch {
        matched = List.copyOf(matched);
    }
}
