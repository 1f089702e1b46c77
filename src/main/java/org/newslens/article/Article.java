package org.newslens.article;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A loaded article. {@code text} is exactly what the reader shows: the paragraphs in order, separated by
 * one blank line ("\n\n"). Every offset NewsLens prints or stores (paragraphs, entities, search hits,
 * annotations) is a UTF-16 offset into this text.
 *
 * @param source      where it was loaded from, or null for text that did not come from a file
 * @param title       the document's own title where it has one, else one derived from its first lines
 * @param byline      the closing author note, if the article has one (also present as a BYLINE paragraph)
 * @param contentHash hex SHA-256 of {@code text}; keys caches, indexes and annotations
 * @param metadata    author credit, publication date, site and language, as far as the document gives them
 */
public record Article(
        Path source,
        String title,
        String byline,
        String text,
        List<Paragraph> paragraphs,
        SourceFormat format,
        String encoding,
        String contentHash,
        ArticleMetadata metadata) {

    public Article {
        paragraphs = List.copyOf(paragraphs);
        metadata = metadata == null ? ArticleMetadata.NONE : metadata;
    }

    /** An article whose document says nothing about itself beyond its title. */
    public Article(Path source, String title, String byline, String text, List<Paragraph> paragraphs,
                   SourceFormat format, String encoding, String contentHash) {
        this(source, title, byline, text, paragraphs, format, encoding, contentHash, ArticleMetadata.NONE);
    }

    /** The author credit ("Amina Khan"), or null. */
    public String author() {
        return metadata.author();
    }

    /** When the article was published, or null. */
    public OffsetDateTime published() {
        return metadata.published();
    }

    /** The site or publication name, or null. */
    public String site() {
        return metadata.site();
    }

    /** The declared language tag ("en"), or null. */
    public String language() {
        return metadata.language();
    }

    /** Reading speed behind {@link #readingMinutes()}, in words per minute. */
    public static final int WORDS_PER_MINUTE = 230;

    /** Words in the body paragraphs (the byline is not part of the reading). */
    public int wordCount() {
        int words = 0;
        for (Paragraph p : paragraphs) {
            if (p.kind() == Paragraph.Kind.BODY) {
                words += Prose.countWords(text, p.start(), p.end());
            }
        }
        return words;
    }

    /** Estimated reading time at {@value #WORDS_PER_MINUTE} words per minute, rounded, at least one minute. */
    public int readingMinutes() {
        return Math.max(1, Math.round(wordCount() / (float) WORDS_PER_MINUTE));
    }

    public String paragraphText(Paragraph p) {
        return text.substring(p.start(), p.end());
    }

    /** The paragraph containing {@code offset}, or the one just before it when the offset falls between two. */
    public Paragraph paragraphAt(int offset) {
        Paragraph found = paragraphs.isEmpty() ? null : paragraphs.get(0);
        for (Paragraph p : paragraphs) {
            if (p.start() <= offset) {
                found = p;
            } else {
                break;
            }
        }
        return found;
    }
}
