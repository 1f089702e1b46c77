package org.newslens.nlp;

import java.util.Locale;
import java.util.Optional;

/**
 * The five categories NewsLens shows. Nothing else is an entity. Each category's names are declared here, once;
 * its colour and underline in the window live in {@code ui.entities.CategoryStyle}.
 */
public enum EntityLabel {
    PERSON("Person", "People"),
    PLACE("Place", "Places"),
    GROUP("Group", "Groups"),
    FIGURE("Figure", "Figures"),
    DATE("Date", "Dates");

    private final String displayName;
    private final String plural;

    EntityLabel(String displayName, String plural) {
        this.displayName = displayName;
        this.plural = plural;
    }

    /** "person": the query bar's field ({@code person:Putin}), CSS classes and node ids. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The index field and query-bar prefix of the category's mentions: {@code person}. */
    public String queryField() {
        return id();
    }

    /** "Person": a mention's tooltip, menus. */
    public String displayName() {
        return displayName;
    }

    /** "People": headings and the legend. */
    public String plural() {
        return plural;
    }

    /** A name (a person, place or group), not a figure or a date: who and where, what pages and graphs link. */
    public boolean isName() {
        return this == PERSON || this == PLACE || this == GROUP;
    }

    /** "PERSON": what exports, the command line's JSON and saved corrections write. */
    public String exportName() {
        return name();
    }

    /** The category whose {@link #queryField()} is {@code field} (any case). */
    public static Optional<EntityLabel> forQueryField(String field) {
        for (EntityLabel label : values()) {
            if (label.queryField().equalsIgnoreCase(field)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
