package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.newslens.nlp.EntityLabel;

/**
 * Converts annotations to and from W3C Web Annotation JSON-LD
 * (<a href="https://www.w3.org/TR/annotation-model/">annotation-model</a>): the note is a TextualBody with
 * purpose "commenting", each tag one with purpose "tagging", the colour the target's {@code styleClass},
 * and the target carries a TextPositionSelector and a TextQuoteSelector.
 */
public final class WebAnnotationCodec {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Prefix for the few NewsLens-specific properties (entity corrections, article hash). */
    public static final String NL_NS = "https://newslens.org/ns#";

    private final ObjectMapper mapper;

    public WebAnnotationCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode toJson(Annotation a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", a.id());
        node.put("type", "Annotation");
        node.put("motivation", a.motivation().id());
        node.put("created", a.created().toString());
        node.put("modified", a.modified().toString());
        ArrayNode body = node.putArray("body");
        if (!a.note().isEmpty()) {
            ObjectNode note = body.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", a.note());
            note.put("format", "text/plain");
        }
        for (String tag : a.tags()) {
            ObjectNode t = body.addObject();
            t.put("type", "TextualBody");
            t.put("purpose", "tagging");
            t.put("value", tag);
        }
        ObjectNode target = node.putObject("target");
        if (a.source() != null) {
            target.put("source", a.source());
        }
        target.put("styleClass", a.colour().id());
        ArrayNode selectors = target.putArray("selector");
        ObjectNode pos = selectors.addObject();
        pos.put("type", "TextPositionSelector");
        pos.put("start", a.start());
        pos.put("end", a.end());
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.quote().exact());
        quote.put("prefix", a.quote().prefix());
        quote.put("suffix", a.quote().suffix());
        return node;
    }

    /** An AnnotationCollection with one page holding every annotation, ready to write. */
    public ObjectNode collection(String id, String label, List<Annotation> annotations) {
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", CONTEXT);
        root.put("id", id);
        root.put("type", "AnnotationCollection");
        if (label != null) {
            root.put("label", label);
        }
        root.put("total", annotations.size());
        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        annotations.forEach(a -> items.add(toJson(a)));
        return root;
    }

    /**
     * Reads an AnnotationCollection (its first page's items, or {@code items}), an AnnotationPage, a JSON
     * array of annotations or a single annotation.
     *
     * @param now used for missing created/modified times
     */
    public List<Annotation> readAnnotations(JsonNode root, Instant now) throws AnnotationFormatException {
        JsonNode items;
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new AnnotationFormatException("the file is empty");
        } else if (root.isArray()) {
            items = root;
        } else if (root.isObject() && root.path("first").has("items")) {
            items = root.path("first").path("items");
        } else if (root.isObject() && root.has("items")) {
            items = root.path("items");
        } else if (root.isObject() && root.has("target")) {
            return List.of(fromJson(root, now));
        } else {
            throw new AnnotationFormatException("not a W3C Web Annotation or AnnotationCollection (no items, no target)");
        }
        if (!items.isArray()) {
            throw new AnnotationFormatException("'items' is not a list");
        }
        List<Annotation> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add(fromJson(item, now));
        }
        return out;
    }

    public Annotation fromJson(JsonNode node, Instant now) throws AnnotationFormatException {
        if (!node.isObject()) {
            throw new AnnotationFormatException("an annotation must be a JSON object, found " + node.getNodeType());
        }
        String id = node.path("id").asText(node.path("@id").asText(""));
        if (id.isBlank()) {
            throw new AnnotationFormatException("an annotation has no id");
        }
        String where = "annotation " + id;
        Instant created = instant(node.path("created"), now, where);
        Instant modified = instant(node.path("modified"), created, where);
        StringBuilder note = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (JsonNode b : asList(node.path("body"))) {
            if (b.isTextual()) {
                appendNote(note, b.asText());
                continue;
            }
            String purpose = b.path("purpose").asText("commenting");
            String value = b.path("value").asText("");
            if ("tagging".equals(purpose)) {
                tags.add(value);
            } else if (!value.isEmpty()) {
                appendNote(note, value);
            }
        }
        JsonNode target = node.path("target");
        if (target.isArray()) {
            target = target.size() > 0 ? target.get(0) : mapper.missingNode();
        }
        if (!target.isObject()) {
            throw new AnnotationFormatException(where + " has no target with selectors");
        }
        HighlightColour colour;
        try {
            colour = target.hasNonNull("styleClass") ? HighlightColour.parse(target.get("styleClass").asText()) : HighlightColour.YELLOW;
        } catch (IllegalArgumentException e) {
            throw new AnnotationFormatException(where + ": " + e.getMessage());
        }
        String source = target.hasNonNull("source") ? target.get("source").asText() : null;
        TextPositionSelector position = null;
        TextQuoteSelector quote = null;
        for (JsonNode s : asList(target.path("selector"))) {
            switch (s.path("type").asText("")) {
                case "TextPositionSelector" -> {
                    if (!s.path("start").canConvertToInt() || !s.path("end").canConvertToInt()
                            || s.path("start").asInt() < 0 || s.path("end").asInt() < s.path("start").asInt()) {
                        throw new AnnotationFormatException(where + " has a bad TextPositionSelector " + s);
                    }
                    position = new TextPositionSelector(s.path("start").asInt(), s.path("end").asInt());
                }
                case "TextQuoteSelector" -> {
                    if (!s.path("exact").isTextual() || s.path("exact").asText().isEmpty()) {
                        throw new AnnotationFormatException(where + " has a TextQuoteSelector without 'exact'");
                    }
                    quote = new TextQuoteSelector(s.path("exact").asText(), s.path("prefix").asText(""), s.path("suffix").asText(""));
                }
                default -> {
                    // other selector types (CSS, XPath, …) do not apply to plain article text
                }
            }
        }
        if (quote == null) {
            throw new AnnotationFormatException(where + " has no TextQuoteSelector, so it cannot be found in the text");
        }
        if (position == null) {
            position = new TextPositionSelector(0, 0);
        }
        return new Annotation(id, created, modified, note.toString(), tags, colour, source, position, quote);
    }

    public ArrayNode correctionsToJson(List<EntityCorrection> corrections) {
        ArrayNode out = mapper.createArrayNode();
        for (EntityCorrection c : corrections) {
            ObjectNode n = out.addObject();
            n.put("kind", c.kind().name());
            n.put("scope", c.scope().name());
            n.put("start", c.start());
            n.put("end", c.end());
            n.put("text", c.text());
            if (c.label() != null) {
                n.put("label", c.label().name());
            }
            if (c.targetEntity() != null) {
                n.put("targetEntity", c.targetEntity());
            }
        }
        return out;
    }

    public List<EntityCorrection> correctionsFromJson(JsonNode node) throws AnnotationFormatException {
        List<EntityCorrection> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new AnnotationFormatException("entity corrections are not a list");
        }
        for (JsonNode n : node) {
            try {
                out.add(new EntityCorrection(
                        EntityCorrection.Kind.valueOf(n.path("kind").asText()),
                        EntityCorrection.Scope.valueOf(n.path("scope").asText()),
                        n.path("start").asInt(-1),
                        n.path("end").asInt(-1),
                        n.path("text").asText(""),
                        n.hasNonNull("label") ? EntityLabel.valueOf(n.get("label").asText()) : null,
                        n.hasNonNull("targetEntity") ? n.get("targetEntity").asText() : null));
            } catch (IllegalArgumentException e) {
                throw new AnnotationFormatException("bad entity correction " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static void appendNote(StringBuilder note, String value) {
        if (note.length() > 0) {
            note.append("\n\n");
        }
        note.append(value);
    }

    private static List<JsonNode> asList(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            out.add(node);
        }
        return out;
    }

    private static Instant instant(JsonNode node, Instant fallback, String where) throws AnnotationFormatException {
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(node.asText()).toInstant();
            } catch (DateTimeParseException ignored) {
                // reported below with the original problem
            }
            throw new AnnotationFormatException(where + " has a bad date '" + node.asText() + "'", e);
        }
    }
}
