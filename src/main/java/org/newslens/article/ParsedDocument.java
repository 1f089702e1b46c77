package org.newslens.article;

import java.util.List;

/**
 * What a format parser extracts from a document before it becomes an {@link Article}: the document's own
 * title (null when it has none), its paragraphs in reading order, not yet cleaned of whitespace, and what it
 * says about itself ({@link ArticleMetadata#NONE} when nothing).
 */
record ParsedDocument(String title, List<String> paragraphs, ArticleMetadata metadata) {
    ParsedDocument {
        paragraphs = List.copyOf(paragraphs);
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    ParsedDocument(String title, List<String> paragraphs) {
        this(title, paragraphs, ArticleMetadata.NONE);
    }
}
