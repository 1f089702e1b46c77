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
 * and the target carries a TextPositionSelector and a TextQuoteSelector. The storage using it credits new
 * annotations to the profile's user; notes are tagged with the profile's language.
 */
public record WebAnnotationCodec(ObjectMapper mapper, UserProfile profile) {
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Prefix for the few NewsLens-specific properties (entity corrections, article hash). */
    public static final String NL_NS = "https://newslens.org/ns#";

    /** A codec whose storage credits new annotations to no one in particular ({@link UserProfile#unknown}). */
    public WebAnnotationCodec(ObjectMapper mapper) {
        this(mapper, UserProfile.unknown());
    }

    /** The codec for this data directory's user ({@link UserProfile#load}); {@code nameOption} may be null. */
    public static WebAnnotationCodec forUser(org.newslens.app.AppHome home, String nameOption) {
        return new WebAnnotationCodec(org.newslens.app.Json.mapper(), UserProfile.load(home, nameOption));
    }

    public ObjectNode toJson(Annotation a) {
        return toJson(a, null);
    }

    /**
     * One annotation, complete on its own (it carries its {@code @context}), as the W3C test suite checks it:
     * no {@code body} when there is neither note nor tag; the colour as the target's {@code styleClass}
     * with the CSS rule for it in an annotation-level {@code CssStylesheet}; a note on the whole article
     * targets the article itself, a reply the annotation it answers.
     *
     * @param defaultSource the target's source when the annotation has none
     */
    public ObjectNode toJson(Annotation a, String defaultSource) {
        ObjectNode node = mapper.createObjectNode();
        node.put("@context", CONTEXT);
        node.put("id", a.id());
        node.put("type", "Annotation");
        node.put("motivation", a.inReplyTo() != null ? "replying" : a.motivation().id());
        node.put("created", a.created().toString());
        node.put("modified", a.modified().toString());
        if (a.creator() != null) {
            node.putObject("creator").put("type", "Person").put("name", a.creator());
        }
        if (!a.isArticleNote()) {
            node.putObject("stylesheet").put("type", "CssStylesheet")
                    .put("value", "." + a.colour().id() + " { background-color: " + a.colour().css() + "; }");
        }
        ArrayNode body = mapper.createArrayNode();
        if (!a.note().isEmpty()) {
            textualBody(body, "commenting", a.note(), a.noteFormat());
        }
        for (String tag : a.tags()) {
            textualBody(body, "tagging", tag, Annotation.PLAIN_TEXT);
        }
        for (String link : a.links()) {
            body.addObject().put("type", "SpecificResource").put("purpose", "linking").put("source", link);
        }
        if (!body.isEmpty()) {
            node.set("body", body);
        }
        String source = a.source() != null ? a.source() : defaultSource;
        if (a.inReplyTo() != null) {
            node.put("target", a.inReplyTo());
        } else if (a.isArticleNote()) {
            node.put("target", source != null ? source : "urn:newslens:unknown-source");
        } else {
            ObjectNode target = node.putObject("target");
            target.put("type", "SpecificResource");
            target.put("source", source != null ? source : "urn:newslens:unknown-source");
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
        }
        return node;
    }

    private void textualBody(ArrayNode body, String purpose, String value, String format) {
        ObjectNode b = body.addObject();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", format);
        if (profile.language() != null) {
            b.put("language", profile.language());
        }
    }

    /** An AnnotationCollection with one page holding every annotation, ready to write. */
    public ObjectNode collection(String id, String label, List<Annotation> annotations) {
        return collection(id, label, annotations, null);
    }

    /**
     * An AnnotationCollection with one page ({@code id#page-1}, {@code partOf} the collection) holding every
     * annotation; with no annotations, a collection of {@code total} 0 and no page (a page must have items).
     */
    public ObjectNode collection(String id, String label, List<Annotation> annotations, String defaultSource) {
        ObjectNode root = mapper.createObjectNode();
        root.put("@context", CONTEXT);
        root.put("id", id);
        root.put("type", "AnnotationCollection");
        if (label != null) {
            root.put("label", label);
        }
        root.put("total", annotations.size());
        if (!annotations.isEmpty()) {
            ArrayNode items = page(root);
            annotations.forEach(a -> items.add(toJson(a, defaultSource)));
        }
        return root;
    }

    /** Adds the collection's one page and returns its (empty) items, for callers that fill it themselves. */
    public ArrayNode page(ObjectNode collection) {
        String id = collection.path("id").asText();
        ObjectNode page = collection.putObject("first");
        page.put("id", id + "#page-1");
        page.put("type", "AnnotationPage");
        page.put("partOf", id);
        page.put("startIndex", 0);
        collection.put("last", id + "#page-1");
        return page.putArray("items");
    }

    /**
     * Reads NewsLens's own annotations back (a stored file or a JSON export): every shape
     * {@link AnnotationReader} knows, but all or nothing, so that a stored file is never half read and then
     * saved over.
     *
     * @param now used for missing created/modified times
     */
    public List<Annotation> readAnnotations(JsonNode root, Instant now) throws AnnotationFormatException {
        AnnotationReader.Result result = new AnnotationReader(null, null, now).read(root);
        for (AnnotationReader.Skipped first : result.skipped()) {
            if (first.duplicate()) {
                continue; // an id stored twice (by an old version) is kept once
            }
            throw new AnnotationFormatException("annotation " + first.id() + " " + first.reason());
        }
        return result.annotations();
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

    /** The reader's speaker corrections ({@code nl:speakerCorrections}: start, end, quote, speaker); none when absent. */
    public List<SpeakerCorrection> speakerCorrectionsFromJson(JsonNode node) throws AnnotationFormatException {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new AnnotationFormatException("speaker corrections are not a list");
        }
        List<SpeakerCorrection> out = new ArrayList<>();
        for (JsonNode n : node) {
            try {
                out.add(new SpeakerCorrection(n.path("start").asInt(-1), n.path("end").asInt(-1), n.path("quote").asText(""),
                        n.path("speaker").asText("")));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AnnotationFormatException("bad speaker correction " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
