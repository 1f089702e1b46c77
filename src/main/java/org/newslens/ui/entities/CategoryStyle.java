package org.newslens.ui.entities;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.newslens.nlp.EntityLabel;

/**
 * How each entity category looks in the window, declared once: Okabe–Ito hues (safe for the common colour-vision
 * deficiencies) as translucent tints, so the same hue reads on the light and the dark page, and an underline of its
 * own (solid, dashed, dotted, double, wavy) so a category can be told apart without colour. The highlight and legend
 * rules are generated from this into {@link #STYLESHEET}; a new {@link EntityLabel} does not compile until it has a
 * look here.
 */
public final class CategoryStyle {
    /** The generated stylesheet (a data URL), added right after {@code newslens.css} wherever that is. */
    public static final String STYLESHEET = "data:text/css;base64,"
            + Base64.getEncoder().encodeToString(css().getBytes(StandardCharsets.UTF_8));

    private CategoryStyle() {
    }

    /** How an underline is drawn under a mention and under its legend swatch. */
    enum Underline {
        SOLID("-rtfx-underline-width: 1.5;", ""),
        DASHED("-rtfx-underline-width: 1.5; -rtfx-underline-dash-array: 5 3;", " -fx-border-style: segments(4, 2);"),
        DOTTED("-rtfx-underline-width: 2; -rtfx-underline-dash-array: 1.5 2.5;", " -fx-border-style: segments(1.5, 2);"),
        DOUBLE("-rtfx-underline-width: 1; -rtfx-underline-double-gap: 1.5;", " -fx-border-width: 0 0 3 0; -fx-border-style: solid;"),
        WAVY("-rtfx-underline-width: 1; -rtfx-underline-wave-radius: 1.5;", "");

        final String text;
        final String swatch;

        Underline(String text, String swatch) {
            this.text = text;
            this.swatch = swatch;
        }
    }

    /** A category's tint and underline colour on the light and the dark theme, and its underline. */
    record Look(String lightTint, String darkTint, String lightLine, String darkLine, Underline underline) {
    }

    static Look look(EntityLabel label) {
        return switch (label) {
            case PERSON -> new Look("rgba(230, 159, 0, 0.30)", "rgba(230, 159, 0, 0.34)", "#b07800", "#e69f00", Underline.SOLID);
            case PLACE -> new Look("rgba(86, 180, 233, 0.32)", "rgba(86, 180, 233, 0.32)", "#0072b2", "#56b4e9", Underline.DASHED);
            case GROUP -> new Look("rgba(0, 158, 115, 0.24)", "rgba(0, 158, 115, 0.38)", "#007a58", "#2fc59a", Underline.DOTTED);
            case FIGURE -> new Look("rgba(204, 121, 167, 0.30)", "rgba(204, 121, 167, 0.36)", "#a8507f", "#cc79a7", Underline.DOUBLE);
            case DATE -> new Look("rgba(240, 228, 66, 0.50)", "rgba(240, 228, 66, 0.30)", "#8a7f00", "#f0e442", Underline.WAVY);
        };
    }

    /** The category's tint (a CSS colour) on the dark or the light theme, for drawings such as the graph's nodes. */
    public static String tint(EntityLabel label, boolean dark) {
        return dark ? look(label).darkTint() : look(label).lightTint();
    }

    /** The category's line colour (a CSS colour) on the dark or the light theme. */
    public static String line(EntityLabel label, boolean dark) {
        return dark ? look(label).darkLine() : look(label).lightLine();
    }

    /** The CSS class of the category's highlight and swatch: {@code entity-person}, {@code entity-place}, … */
    public static String styleClass(EntityLabel label) {
        return "entity-" + label.id();
    }

    /**
     * The rules: looked-up colours {@code -nl-ent-X} (tint) and {@code -nl-ent-X-line} per theme, the reader's
     * highlight of each category and its legend swatch.
     */
    static String css() {
        StringBuilder light = new StringBuilder(".root, .main-view, .reader {\n");
        StringBuilder dark = new StringBuilder(".theme-dark, .theme-dark .reader {\n");
        StringBuilder rules = new StringBuilder();
        for (EntityLabel label : EntityLabel.values()) {
            Look look = look(label);
            String colour = "-nl-ent-" + label.id();
            light.append("    ").append(colour).append(": ").append(look.lightTint()).append(";\n")
                    .append("    ").append(colour).append("-line: ").append(look.lightLine()).append(";\n");
            dark.append("    ").append(colour).append(": ").append(look.darkTint()).append(";\n")
                    .append("    ").append(colour).append("-line: ").append(look.darkLine()).append(";\n");
            rules.append(".article-text .").append(styleClass(label)).append(" { -rtfx-background-color: ").append(colour)
                    .append("; -rtfx-underline-color: ").append(colour).append("-line; ").append(look.underline().text).append(" }\n");
            rules.append(".legend-swatch.").append(styleClass(label)).append(" { -fx-background-color: ").append(colour)
                    .append("; -fx-border-color: ").append(colour).append("-line;").append(look.underline().swatch).append(" }\n");
        }
        return light.append("}\n").append(dark).append("}\n").append(rules).toString();
    }
}
