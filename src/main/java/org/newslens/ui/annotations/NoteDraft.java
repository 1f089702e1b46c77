package org.newslens.ui.annotations;

import org.newslens.annotation.HighlightColour;

/**
 * What the note editor starts from: an existing annotation ({@code id} set) or a new highlight of the
 * selection ({@code id} null).
 */
public record NoteDraft(String id, String quote, String note, String tags, HighlightColour colour) {
    public boolean isNew() {
        return id == null;
    }
}
