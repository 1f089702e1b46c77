package org.newslens.ui.annotations;

import org.newslens.nlp.Entity;
import org.newslens.nlp.Mention;

/**
 * What an entity correction acts on: a selected span, or the recognised mention under the mouse.
 *
 * @param mention     the recognised mention at that span; null for plain text (only "mark as" applies)
 * @param entity      the entity the mention belongs to; null with no mention
 * @param occurrences how many times the same text occurs as a whole word ("every identical mention")
 */
public record CorrectionTarget(int start, int end, String text, Mention mention, Entity entity, int occurrences) {
    public boolean isMention() {
        return mention != null;
    }
}
