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

    /** A note on the whole article (imported page note or reply): no passage; a reply says whom it answers. */
    static AnnotationItem ofArticleNote(Annotation a) {
        String who = a.creator() == null ? "" : a.creator() + ": ";
        String note = (a.inReplyTo() == null ? "" : "↳ reply — ") + who + a.note()
                + (a.links().isEmpty() ? "" : (a.note().isEmpty() ? "" : "\n") + String.join("\n", a.links()));
        return new AnnotationItem(a.id(), 0, 0, 0, "", note, a.tags(), a.colour(), false);
    }

    /** "roads, budget" for the tags field. */
    public String tagsText() {
        return String.join(", ", tags);
    }
}
