package org.newslens.ui.annotations;

import java.util.List;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.HighlightColour;

/**
 * One row of the Notes panel.
 *
 * @param paragraph number of the paragraph the passage starts in; 0 for an orphan
 * @param orphan    the passage could not be found in the current text (kept, listed apart)
 */
public record AnnotationItem(String id, int start, int end, int paragraph, String quote, String note,
                             List<String> tags, HighlightColour colour, boolean orphan) {

    public AnnotationItem {
        tags = List.copyOf(tags);
    }

    static AnnotationItem of(Annotation a, int paragraph, boolean orphan) {
        return new AnnotationItem(a.id(), a.start(), a.end(), paragraph, a.exact(), a.note(), a.tags(), a.colour(), orphan);
    }

    /** "roads, budget" for the tags field. */
    public String tagsText() {
        return String.join(", ", tags);
    }
}
