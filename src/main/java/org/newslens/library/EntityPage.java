package org.newslens.library;

import java.util.List;

/**
 * Everything the library holds on one entity. Offsets are UTF-16 character offsets into the text of the
 * article named by {@code file} (whose SHA-256 is {@code sha256}), as in the {@code entities} command.
 *
 * @param query       the name asked for
 * @param name        the entity's most mentioned name; null when nothing matched
 * @param categories  its categories ("PERSON"), its own (the most mentioned; ties in EntityLabel order) first
 * @param aliases      every other name it goes by across the library
 * @param mentions     how often the library names it
 * @param articleCount how many texts name it (all of them, however many are listed; copies of a text in other folders count once)
 * @param from         the place of the first listed article among them (0 for the first)
 * @param newestFirst  true when {@code articles} go newest first (a page listed a part at a time), false for the
 *                     whole list oldest first
 * @param first        the earliest dated article naming it, or null when none is dated
 * @param last         the latest dated article naming it, or null when none is dated
 * @param articles     the articles listed: dated ones by date, undated ones after, then by title
 * @param appearsWith  the entities sharing most sentences (then paragraphs) with it, over every article
 * @param quotes       what it said (it is the quote's speaker) in the articles listed, in their order
 * @param figures      the figures in a sentence that names it in the articles listed, in the same order
 * @param notes        the reader's highlights and notes on one of its mentions or naming it, in every article naming it,
 *                     in the order of the articles
 */
public record EntityPage(String query, String name, List<String> categories, List<String> aliases, int mentions,
                         int articleCount, int from, boolean newestFirst,
                         Appearance first, Appearance last, List<PageArticle> articles, List<CoEntity> appearsWith,
                         List<PageQuote> quotes, List<PageFigure> figures, List<PageNote> notes) {

    /** True when more articles name it than are listed from {@code from} on. */
    public boolean hasMore() {
        return from + articles.size() < articleCount;
    }

    /**
     * This page with the articles of {@code next} (the part after this one, {@link EntityPages#page(String, int, int)})
     * listed after its own, with their quotes and figures; the totals are {@code next}'s, the later ones.
     */
    public EntityPage followedBy(EntityPage next) {
        return new EntityPage(next.query, next.name, next.categories, next.aliases, next.mentions, next.articleCount, from, newestFirst,
                next.first, next.last, concat(articles, next.articles), next.appearsWith, concat(quotes, next.quotes),
                concat(figures, next.figures), next.notes);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /**
     * A text on the page: how often it names the entity and where first. A text held by several files (copies in other
     * folders, the same SHA-256) is listed and counted once: {@code file} is the one to open, {@code alsoIn} the others,
     * sorted (empty for none).
     */
    public record PageArticle(String file, String sha256, String title, String published, int mentions, FirstMention firstMention,
                              List<String> alsoIn) {
        public PageArticle {
            alsoIn = List.copyOf(alsoIn);
        }
    }

    /** The first mention of an article: its range, its words, and about 80 characters around it. */
    public record FirstMention(int start, int end, String text, String context) {
    }

    /** An article by date: the first or last appearance, or where a quote, figure or note is. */
    public record Appearance(String file, String sha256, String title, String published) {
    }

    /** An entity that appears with this one: in how many sentences, paragraphs and articles. */
    public record CoEntity(String name, String category, int sentences, int paragraphs, int articles) {
    }

    /** A statement the entity made: the quoted words at {@code [start, end)}, "direct", "partly direct" or "reported". */
    public record PageQuote(Appearance article, int start, int end, String text, String kind, String cue) {
    }

    /**
     * A figure in a sentence naming the entity: its words at {@code [start, end)}, the value they stand for
     * (null when unread), its unit ("%", "USD", null), relation ("=", "≈", "≥", "≤") and the sentence.
     */
    public record PageFigure(Appearance article, int start, int end, String text, Double value, String unit,
                             String relation, String sentence) {
    }

    /**
     * A highlight or note of the reader's that touches the entity: on one of its mentions, or naming it in its
     * note or quote. {@code start == end == 0} and an empty {@code exact} for a note on the whole article.
     */
    public record PageNote(Appearance article, String id, int start, int end, String exact, String note,
                           List<String> tags, String colour) {
    }
}
