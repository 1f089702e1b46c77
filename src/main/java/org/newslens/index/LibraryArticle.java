package org.newslens.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.newslens.article.TextRange;

/**
 * One indexed article as stored, for library-wide views (entity pages, co-occurrence graphs) that read the
 * library one article at a time ({@link ArticleIndex#forEachArticle}).
 *
 * @param file       where it was read from, or null for text without a file
 * @param published  the publication date the document gave, or null
 * @param text       the text every offset points into
 * @param paragraphs the paragraphs' ranges of {@code text}, in order
 * @param entities   the article's entities, most mentioned first
 * @param mentions   each mention of an entity, in text order
 * @param dated      the day the article speaks from: its publication date, else its dateline; or null
 */
public record LibraryArticle(Path file, String contentHash, String title, OffsetDateTime published, String text,
                             List<TextRange> paragraphs, List<EntitySummary> entities, List<EntityAt> mentions, LocalDate dated) {
    public LibraryArticle {
        paragraphs = List.copyOf(paragraphs);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
    }

    /** An article dated by its publication date only. */
    public LibraryArticle(Path file, String contentHash, String title, OffsetDateTime published, String text,
                          List<TextRange> paragraphs, List<EntitySummary> entities, List<EntityAt> mentions) {
        this(file, contentHash, title, published, text, paragraphs, entities, mentions,
                published == null ? null : published.toLocalDate());
    }

    /** A mention of {@code entities().get(entity)} at {@code [start, end)} of the text. */
    public record EntityAt(int entity, int start, int end) {
    }
}
