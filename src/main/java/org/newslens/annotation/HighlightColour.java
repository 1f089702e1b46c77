package org.newslens.annotation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five highlight colours, in toolbar order (keys 1–5). {@code css} is the light-theme background. */
public enum HighlightColour {
    YELLOW("#fff3a3"),
    GREEN("#c8f0c0"),
    BLUE("#c5e1ff"),
    PINK("#ffd0e6"),
    PURPLE("#e2d4ff");

    private final String css;

    HighlightColour(String css) {
        this.css = css;
    }

    public String css() {
        return css;
    }

    /** Lower-case name as stored and typed: "yellow". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts "yellow", "Yellow", "YELLOW". */
    public static HighlightColour parse(String name) {
        if (name != null) {
            for (HighlightColour c : values()) {
                if (c.name().equalsIgnoreCase(name.strip())) {
                    return c;
                }
            }
        }
        throw new IllegalArgumentException("unknown colour '" + name + "' (use one of " + allIds() + ")");
    }

    public static String allIds() {
        return Arrays.stream(values()).map(HighlightColour::id).collect(Collectors.joining(", "));
    }
}
