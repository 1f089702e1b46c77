package org.newslens.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every export format, and which choices of what to export each can hold: the one declaration the
 * command line ({@code --format}) and the window's Export dialog both read.
 */
public enum ExportFormat {
    MD("md", "Markdown", Holds.PASSAGES, true),
    HTML("html", "HTML", Holds.PASSAGES, true),
    CSV("csv", "CSV", Holds.PASSAGES_AND_ENTITIES, true),
    JSON("json", "JSON (W3C Web Annotation)", Holds.PASSAGES_AND_ENTITIES, false),
    HYPOTHESIS("json", "Hypothesis JSON", Holds.HIGHLIGHTS, false),
    READWISE("csv", "Readwise CSV", Holds.HIGHLIGHTS, false);

    /** What a format can hold. */
    private enum Holds { PASSAGES, PASSAGES_AND_ENTITIES, HIGHLIGHTS }

    private final String extension;
    private final String displayName;
    private final Holds holds;
    private final boolean namesPassageEntities;

    ExportFormat(String extension, String displayName, Holds holds, boolean namesPassageEntities) {
        this.extension = extension;
        this.displayName = displayName;
        this.holds = holds;
        this.namesPassageEntities = namesPassageEntities;
    }

    /** Whether each passage written lists the entities it names (so the article's entities are needed for any choice). */
    public boolean namesPassageEntities() {
        return namesPassageEntities;
    }

    /** The name typed after {@code --format}: the constant's, in lower case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this format can hold that choice (entity lists: CSV, JSON; Hypothesis and Readwise: highlights only). */
    public boolean supports(ExportSelection.Kind kind) {
        return switch (holds) {
            case PASSAGES -> kind != ExportSelection.Kind.ENTITY_LIST;
            case PASSAGES_AND_ENTITIES -> true;
            case HIGHLIGHTS -> kind == ExportSelection.Kind.HIGHLIGHTS || kind == ExportSelection.Kind.COLOUR
                    || kind == ExportSelection.Kind.TAG;
        };
    }

    /** The formats that can hold {@code kind}, in menu order. */
    public static List<ExportFormat> formatsFor(ExportSelection.Kind kind) {
        return Arrays.stream(values()).filter(f -> f.supports(kind)).toList();
    }

    /** The one-line refusal for a format that cannot hold the choice. */
    public String refusal(ExportSelection selection) {
        return selection.describe() + " cannot be exported as " + id() + " (use "
                + formatsFor(selection.kind()).stream().map(ExportFormat::id).collect(Collectors.joining(", ")) + ")";
    }

    /** "md" (or "markdown"), "html", "csv", "json", "hypothesis", "readwise". */
    public static ExportFormat parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("markdown")) {
            return MD;
        }
        for (ExportFormat f : values()) {
            if (f.id().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (use "
                + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", ")) + ")");
    }
}
