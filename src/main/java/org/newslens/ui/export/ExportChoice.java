package org.newslens.ui.export;

/** What File ▸ Export… can take out of the article. */
public enum ExportChoice {
    ALL_HIGHLIGHTS("All highlights"),
    COLOUR("Highlights of a colour"),
    TAG("Highlights with a tag"),
    ENTITY("Passages mentioning an entity"),
    QUERY("Passages matching a search"),
    ENTITY_LIST("The entity list");

    private final String label;

    ExportChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Entities are needed to find the passages or to write the list. */
    public boolean needsEntities() {
        return this == ENTITY || this == ENTITY_LIST;
    }
}
