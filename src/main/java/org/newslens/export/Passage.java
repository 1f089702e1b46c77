package org.newslens.export;

import java.util.List;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.HighlightColour;

/**
 * One passage taken out of an article: a highlight, or the sentences around an entity or search hit.
 *
 * @param paragraph  number (from 1) of the paragraph it starts in
 * @param colour     the highlight colour; null for passages that are not highlights
 * @param entities   names of the entities mentioned in it, in order of first mention, with their category
 * @param annotation the highlight it comes from; null for entity and query passages
 */
public record Passage(int start, int end, int paragraph, String text, String note, List<String> tags,
                      HighlightColour colour, List<EntityRef> entities, Annotation annotation) {

    public Passage {
        note = note == null ? "" : note;
        tags = List.copyOf(tags);
        entities = List.copyOf(entities);
    }

    /** An entity named in a passage. */
    public record EntityRef(String name, String label) {
        @Override
        public String toString() {
            return name + " (" + label + ")";
        }
    }
}
