package org.newslens.analysis;

/**
 * Who a statement is attributed to.
 *
 * @param name    the entity's canonical name, or the article's own words for an unnamed speaker ("One commander")
 * @param entity  id of the recognised entity, or null for an unnamed speaker
 * @param start   start of the words naming the speaker at the attribution (a name, a pronoun, "defence officials")
 * @param end     end of those words (exclusive)
 * @param unnamed true when no entity names the speaker
 */
public record Speaker(String name, String entity, int start, int end, boolean unnamed) {
}
