package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an imported annotation's bodies say, in NewsLens's terms: the note (TextualBodies and
 * {@code bodyValue}, with their format), tags (purpose "tagging"), links (bodies that are web resources,
 * kept as links) and a colour carried as a {@code colour:NAME} tag (how NewsLens's Hypothesis export keeps it).
 */
record Bodies(String note, String format, List<String> tags, List<String> links, String colourTag) {
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final int MAX_DEPTH = 8;

    static Bodies read(JsonNode annotation, String where, List<String> warnings) throws AnnotationFormatException {
        Builder b = new Builder(where, warnings);
        if (annotation.has("bodyValue")) {
            b.note(annotation.path("bodyValue").asText(""), Annotation.PLAIN_TEXT);
        }
        for (JsonNode body : AnnotationReader.asList(annotation.path("body"))) {
            b.body(body, 0);
        }
        return b.build();
    }

    private static final class Builder {
        private final String where;
        private final List<String> warnings;
        private final StringBuilder note = new StringBuilder();
        private String format;
        private final List<String> tags = new ArrayList<>();
        private final List<String> links = new ArrayList<>();
        private String colour;

        Builder(String where, List<String> warnings) {
            this.where = where;
            this.warnings = warnings;
        }

        void body(JsonNode b, int depth) throws AnnotationFormatException {
            if (depth > MAX_DEPTH) {
                throw new AnnotationFormatException("its bodies are nested more than " + MAX_DEPTH + " deep");
            }
            if (b.isTextual()) {
                if (IRI.matcher(b.asText()).matches()) {
                    link(b.asText());
                } else {
                    note(b.asText(), Annotation.PLAIN_TEXT);
                }
                return;
            }
            if (!b.isObject()) {
                warnings.add(where + ": a body that is " + b.getNodeType().name().toLowerCase(Locale.ROOT) + " was left out");
                return;
            }
            String type = b.path("type").asText("");
            if (type.equals("Choice") && b.path("items").isArray() && !b.path("items").isEmpty()) {
                if (b.path("items").size() > 1) {
                    warnings.add(where + ": a Choice of " + b.path("items").size() + " bodies; the first (the default) was kept");
                }
                body(b.path("items").get(0), depth + 1);
            } else if (b.path("items").isArray()) {
                for (JsonNode item : b.path("items")) {
                    body(item, depth + 1);
                }
            } else if (b.has("value")) {
                String purpose = b.path("purpose").isArray() ? b.path("purpose").path(0).asText("") : b.path("purpose").asText("");
                String value = b.path("value").asText("");
                if (purpose.equals("tagging")) {
                    tag(value);
                } else {
                    note(value, b.path("format").isTextual() ? b.path("format").asText() : Annotation.PLAIN_TEXT);
                }
            } else if (b.path("source").isTextual() || b.path("source").path("id").isTextual()) {
                link(b.path("source").isTextual() ? b.path("source").asText() : b.path("source").path("id").asText());
            } else if (b.path("id").isTextual()) {
                link(b.path("id").asText());
            } else {
                warnings.add(where + ": a body with neither a value nor an id was left out");
            }
        }

        void note(String value, String valueFormat) throws AnnotationFormatException {
            check(value, "note");
            if (value.isBlank()) {
                return;
            }
            if (note.length() > 0) {
                note.append("\n\n");
            }
            note.append(value);
            if (format == null) {
                format = valueFormat;
            } else if (!format.equals(valueFormat)) {
                warnings.add(where + ": notes in " + format + " and " + valueFormat + " were joined as " + format);
            }
        }

        void tag(String value) throws AnnotationFormatException {
            check(value, "tag");
            String t = value.strip();
            String lower = t.toLowerCase(Locale.ROOT);
            if (lower.startsWith("colour:") || lower.startsWith("color:")) {
                colour = t.substring(t.indexOf(':') + 1);
            } else if (!t.isEmpty()) {
                tags.add(t);
            }
        }

        void link(String iri) throws AnnotationFormatException {
            check(iri, "link");
            links.add(iri.strip());
        }

        private static void check(String value, String what) throws AnnotationFormatException {
            if (value.length() > AnnotationReader.MAX_TEXT) {
                throw new AnnotationFormatException("a " + what + " of " + value.length() + " characters (at most "
                        + AnnotationReader.MAX_TEXT + ")");
            }
        }

        Bodies build() {
            return new Bodies(note.toString(), format == null ? Annotation.PLAIN_TEXT : format, tags, links, colour);
        }
    }
}
