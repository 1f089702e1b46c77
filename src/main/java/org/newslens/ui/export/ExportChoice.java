package org.newslens.ui.export;

import org.newslens.export.ExportSelection;

/** What File ▸ Export… can take out of the article. */
public enum ExportChoice {
    ALL_HIGHLIGHTS("All highlights", ExportSelection.Kind.HIGHLIGHTS),
    COLOUR("Highlights of a colour", ExportSelection.Kind.COLOUR),
    TAG("Highlights with a tag", ExportSelection.Kind.TAG),
    ENTITY("Passages mentioning an entity", ExportSelection.Kind.ENTITY),
    QUERY("Passages matching a search", ExportSelection.Kind.QUERY),
    ENTITY_LIST("The entity list", ExportSelection.Kind.ENTITY_LIST);

    private final String label;
    private final ExportSelection.Kind kind;

    ExportChoice(String label, ExportSelection.Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The core's name for this choice (what {@link org.newslens.export.ExportFormat#supports} is asked about). */
    public ExportSelection.Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }
}
