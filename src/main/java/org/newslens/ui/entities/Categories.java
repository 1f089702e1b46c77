package org.newslens.ui.entities;

import java.util.Locale;
import org.newslens.nlp.EntityLabel;

/** How each entity category is named and styled on screen. */
public final class Categories {
    private Categories() {
    }

    /** "People", "Places", … for headings and the legend. */
    public static String plural(EntityLabel label) {
        return switch (label) {
            case PERSON -> "People";
            case PLACE -> "Places";
            case GROUP -> "Groups";
            case FIGURE -> "Figures";
            case DATE -> "Dates";
        };
    }

    /** "Person", "Place", … for the tooltip over a mention. */
    public static String singular(EntityLabel label) {
        return switch (label) {
            case PERSON -> "Person";
            case PLACE -> "Place";
            case GROUP -> "Group";
            case FIGURE -> "Figure";
            case DATE -> "Date";
        };
    }

    /** The CSS class of the category's highlight and swatch: {@code entity-person}, {@code entity-place}, … */
    public static String styleClass(EntityLabel label) {
        return "entity-" + label.name().toLowerCase(Locale.ROOT);
    }
}
