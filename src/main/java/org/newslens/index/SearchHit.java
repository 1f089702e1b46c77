package org.newslens.index;

import java.nio.file.Path;

/**
 * One place a query matched: {@code [start, end)} are UTF-16 offsets into the article's text (the same
 * offsets entities use), {@code text} is what stands there, {@code paragraph} the paragraph number (from 1).
 *
 * @param file        the article's file, or null for an article that did not come from a file
 */
public record SearchHit(
        Path file,
        String contentHash,
        String title,
        int start,
        int end,
        String text,
        int paragraph,
        Snippet snippet) {
}
