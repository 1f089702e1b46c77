package org.newslens.library;

import java.util.List;

/**
 * Everything the library holds on one entity. Offsets are UTF-16 character offsets into the text of the
 * article named by {@code file} (whose SHA-256 is {@code sha256}), as in the {@code entities} command.
 *
 * @param query       the name asked for
 * @param name        the entity's most mentioned name; null when nothing matched
 * @param categories  its categories ("PERSON"), most mentioned first
 * @param aliases     every other name it goes by across the library
 * @param first       the earliest dated article naming it, or null when none is dated
 * @param last        the latest dated article naming it, or null when none is dated
 * @param articles    every article naming it, dated ones by date, then by title
 * @param appearsWith the entities sharing most sentences (then paragraphs) with it
 */
public record EntityPage(String query, String name, List<String> categories, List<String> aliases, int mentions,
                         Appearance first, Appearance last, List<PageArticle> articles, List<CoEntity> appearsWith) {

    /** An article on the page: how often it names the entity and where first. */
    public record PageArticle(String file, String sha256, String title, String published, int mentions, FirstMention firstMention) {
    }

    /** The first mention of an article: its range, its words, and about 80 characters around it. */
    public record FirstMention(int start, int end, String text, String context) {
    }

    /** An article by date: the first or last appearance. */
    public record Appearance(String file, String title, String published) {
    }

    /** An entity that appears with this one: in how many sentences, paragraphs and articles. */
    public record CoEntity(String name, String category, int sentences, int paragraphs, int articles) {
    }
}
