package org.newslens.nlp;

/**
 * One mention of an entity: {@code [start, end)} UTF-16 offsets into the article text.
 *
 * @param entity  id of the canonical {@link Entity} it belongs to
 * @param context for FIGURE mentions, what the figure counts ("refugees"); null otherwise
 */
public record Mention(int start, int end, String text, EntityLabel label, String entity, String context) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
