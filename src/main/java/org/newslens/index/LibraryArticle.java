package org.newslens.index;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.newslens.analysis.QuoteKind;
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
 * @param quotes     its quotes and reported statements as indexed (speakers as the reader corrected them), in text order
 */
public record LibraryArticle(Path file, String contentHash, String title, OffsetDateTime published, String text,
                             List<TextRange> paragraphs, List<EntitySummary> entities, List<EntityAt> mentions, LocalDate dated,
                             List<QuoteAt> quotes) {
    public LibraryArticle {
        paragraphs = List.copyOf(paragraphs);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }

    /** An article without stored quotes. */
    public LibraryArticle(Path file, String contentHash, String title, OffsetDateTime published, String text,
                          List<TextRange> paragraphs, List<EntitySummary> entities, List<EntityAt> mentions, LocalDate dated) {
        this(file, contentHash, title, published, text, paragraphs, entities, mentions, dated, List.of());
    }

    /** An article dated by its publication date only. */
    public LibraryArticle(Path file, String contentHash, String title, OffsetDateTime published, String text,
                          List<TextRange> paragraphs, List<EntitySummary> entities, List<EntityAt> mentions) {
        this(file, contentHash, title, published, text, paragraphs, entities, mentions,
                published == null ? null : published.toLocalDate());
    }

    /** The quotes whose speaker is one of {@code entities} (indexes into {@link #entities()}), in text order. */
    public List<QuoteAt> quotesBy(Set<Integer> entities) {
        return quotes.stream().filter(q -> q.speaker() != null && entities.contains(q.speaker().entity())).toList();
    }

    /** A mention of {@code entities().get(entity)} at {@code [start, end)} of the text. */
    public record EntityAt(int entity, int start, int end) {
    }

    /**
     * A quote or reported statement: its words at {@code [start, end)} of the text ({@link org.newslens.analysis.Quote} as stored).
     *
     * @param cue      the attribution verb as written ("said", "according to"), or null for a quotation continuing an earlier one
     * @param cueStart where the cue is in the text, -1 without one
     * @param speaker  who said it, or null when no speaker was found
     */
    public record QuoteAt(int start, int end, QuoteKind kind, String cue, int cueStart, int cueEnd, SpeakerAt speaker) {
        /** The quoted words, from the article's text. */
        public String text(String articleText) {
            return articleText.substring(start, end);
        }
    }

    /**
     * A quote's speaker.
     *
     * @param entity  index into {@link #entities()} of the speaking entity, -1 for an unnamed speaker or a name the reader typed
     * @param name    the entity's name, or the words naming the speaker
     * @param start   where the words naming the speaker at the attribution are, -1 when they are not in the text
     * @param unnamed true when no entity names the speaker
     */
    public record SpeakerAt(int entity, String name, int start, int end, boolean unnamed) {
    }
}
