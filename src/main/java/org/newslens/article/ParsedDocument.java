package org.newslens.article;

import java.util.List;

/**
 * What a format parser extracts from a document before it becomes an {@link Article}: the document's own
 * title (null when it has none) and its paragraphs in reading order, not yet cleaned of whitespace.
 */
record ParsedDocument(String title, List<String> paragraphs) {
    ParsedDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
