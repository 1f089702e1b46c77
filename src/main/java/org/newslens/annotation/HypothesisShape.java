package org.newslens.annotation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hypothesis's annotation objects (its API's and its client export's: {@code id, created, updated, user,
 * user_info.display_name, uri, text, tags, target[].source/selector, references}) turned into the W3C
 * shape the reader knows. The text is Markdown (Hypothesis renders it so); ids become
 * {@code https://hypothes.is/a/<id>}, the address Hypothesis gives each annotation; an annotation with
 * {@code references} is a reply to the last of them, and one whose target has no selector a page note.
 */
final class HypothesisShape {
    static final String ID_PREFIX = "https://hypothes.is/a/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    boolean isHypothesis(JsonNode item) {
        return item.isObject() && !item.has("@context") && !"Annotation".equals(item.path("type").asText())
                && (item.has("uri") || item.path("text").isTextual() || item.has("references") || item.has("user")
                || item.path("target").path(0).has("source") && item.path("tags").isArray());
    }

    JsonNode toW3c(JsonNode h) {
        ObjectNode a = NODES.objectNode();
        if (h.path("id").isTextual()) {
            a.put("id", iri(h.path("id").asText()));
        }
        a.put("type", "Annotation");
        copy(h, "created", a, "created");
        copy(h, "updated", a, "modified");
        String creator = h.path("user_info").path("display_name").asText("");
        if (creator.isBlank()) {
            creator = h.path("user").asText("").replaceFirst("^acct:", "").replaceFirst("@.*$", "");
        }
        if (!creator.isBlank()) {
            a.put("creator", creator);
        }
        ArrayNode body = a.putArray("body");
        if (h.path("text").isTextual() && !h.path("text").asText().isBlank()) {
            body.addObject().put("type", "TextualBody").put("purpose", "commenting")
                    .put("value", h.path("text").asText()).put("format", "text/markdown");
        }
        for (JsonNode tag : h.path("tags")) {
            body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag.asText(""));
        }
        JsonNode refs = h.path("references");
        if (refs.isArray() && !refs.isEmpty()) {
            a.put("motivation", "replying");
            a.put("target", iri(refs.get(refs.size() - 1).asText()));
            return a;
        }
        ArrayNode targets = a.putArray("target");
        for (JsonNode t : h.path("target")) {
            ObjectNode target = targets.addObject();
            String source = t.path("source").isTextual() ? t.path("source").asText() : h.path("uri").asText("");
            target.put("source", source);
            if (t.path("selector").isArray() && !t.path("selector").isEmpty()) {
                target.set("selector", t.path("selector"));
            }
        }
        if (targets.isEmpty()) {
            targets.add(h.path("uri").asText("urn:newslens:unknown-source"));
        }
        return a;
    }

    /** Hypothesis ids are bare ("Ab3dE…"); their own address makes them IRIs. */
    static String iri(String id) {
        return id.contains(":") ? id : ID_PREFIX + id;
    }

    private static void copy(JsonNode from, String key, ObjectNode to, String as) {
        if (from.path(key).isTextual()) {
            to.put(as, from.path(key).asText());
        }
    }
}
