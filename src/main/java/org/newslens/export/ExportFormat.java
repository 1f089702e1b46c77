package org.newslens.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats passages export to; entity lists export as CSV or JSON. */
public enum ExportFormat {
    MD("md", "Markdown"),
    HTML("html", "HTML"),
    CSV("csv", "CSV"),
    JSON("json", "JSON");

    private final String extension;
    private final String displayName;

    ExportFormat(String extension, String displayName) {
        this.extension = extension;
        this.displayName = displayName;
    }

    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    /** "md" (or "markdown"), "html", "csv", "json". */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("markdown")) {
            return MD;
        }
        for (ExportFormat f : values()) {
            if (f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (use "
                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")) + ")");
    }
}
