package org.newslens.ui.annotations;

import java.util.Arrays;
import java.util.List;
import org.newslens.annotation.HighlightColour;

/**
 * What the note editor starts from: an existing annotation ({@code id} set) or a new highlight of the
 * selection ({@code id} null).
 */
public record NoteDraft(String id, String quote, String note, String tags, HighlightColour colour) {
    public boolean isNew() {
        return id == null;
    }

    /** "roads, budget ,, Kabul" → [roads, budget, Kabul]. */
    public static List<String> parseTags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
