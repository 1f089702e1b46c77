package org.newslens.export;

import java.util.Locale;
import org.newslens.annotation.HighlightColour;

/**
 * What to export: all highlights, highlights of a colour or a tag, the passages mentioning an entity, or
 * the passages matching a search query. {@link #parse} reads the command line's {@code --what}.
 */
public record ExportSelection(Kind kind, String value) {

    public enum Kind {
        HIGHLIGHTS, COLOUR, TAG, ENTITY, QUERY, ENTITY_LIST;

        /** Entities are needed to find the passages (a query may search entity fields) or to write the list. */
        public boolean needsEntities() {
            return this == ENTITY || this == QUERY || this == ENTITY_LIST;
        }
    }

    public static ExportSelection highlights() {
        return new ExportSelection(Kind.HIGHLIGHTS, null);
    }

    public static ExportSelection colour(HighlightColour colour) {
        return new ExportSelection(Kind.COLOUR, colour.id());
    }

    public static ExportSelection tag(String tag) {
        return new ExportSelection(Kind.TAG, tag);
    }

    public static ExportSelection entity(String name) {
        return new ExportSelection(Kind.ENTITY, name);
    }

    public static ExportSelection query(String query) {
        return new ExportSelection(Kind.QUERY, query);
    }

    public static ExportSelection entityList() {
        return new ExportSelection(Kind.ENTITY_LIST, null);
    }

    /**
     * "highlights", "entities", "color:C" (or "colour:C"), "tag:T", "entity:NAME", "query:Q".
     *
     * @throws IllegalArgumentException with a message for the user
     */
    public static ExportSelection parse(String what) {
        String w = what == null ? "" : what.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.equals("highlights")) {
            return highlights();
        }
        if (lower.equals("entities")) {
            return entityList();
        }
        int colon = w.indexOf(':');
        if (colon > 0) {
            String key = lower.substring(0, colon);
            String value = w.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("--what " + key + ": needs a value after the colon");
            }
            switch (key) {
                case "color", "colour" -> {
                    return colour(HighlightColour.parse(value));
                }
                case "tag" -> {
                    return tag(value);
                }
                case "entity" -> {
                    return entity(value);
                }
                case "query" -> {
                    return query(value);
                }
                default -> {
                    // reported below
                }
            }
        }
        throw new IllegalArgumentException("unknown --what '" + what
                + "' (use highlights, entities, color:C, tag:T, entity:NAME or query:Q)");
    }

    /** For headers: "all highlights", "highlights tagged “roads”", "passages mentioning Kabul". */
    public String describe() {
        return switch (kind) {
            case HIGHLIGHTS -> "all highlights";
            case COLOUR -> value + " highlights";
            case TAG -> "highlights tagged “" + value + "”";
            case ENTITY -> "passages mentioning " + value;
            case QUERY -> "passages matching the search " + value;
            case ENTITY_LIST -> "entities";
        };
    }

    public boolean isHighlights() {
        return kind == Kind.HIGHLIGHTS || kind == Kind.COLOUR || kind == Kind.TAG;
    }
}
