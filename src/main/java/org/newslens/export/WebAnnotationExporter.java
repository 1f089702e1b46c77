package org.newslens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.TextPositionSelector;
import org.newslens.annotation.TextQuoteSelector;
import org.newslens.annotation.WebAnnotationCodec;

/**
 * A W3C Web Annotation collection (JSON-LD, {@code @context} http://www.w3.org/ns/anno.jsonld) that
 * {@code annotate FILE import} reads back to the same annotations. Highlights keep their ids, times,
 * notes, tags and colours (as {@code styleClass}); orphaned highlights are included with their last
 * known selectors. Entity and query passages become plain highlighting annotations without a colour.
 */
public final class WebAnnotationExporter implements Exporter {
    private final WebAnnotationCodec codec;

    public WebAnnotationExporter(WebAnnotationCodec codec) {
        this.codec = codec;
    }

    @Override
    public ExportResult export(ExportDocument doc) {
        String text = doc.article().text();
        String source = doc.article().source() == null
                ? "urn:sha256:" + doc.article().contentHash()
                : doc.article().source().toAbsolutePath().normalize().toUri().toString();
        ObjectNode root = codec.collection("urn:uuid:" + UUID.randomUUID(),
                ExportText.title(doc.article()) + " — " + doc.selection().describe(), List.of());
        int total = doc.passages().size() + doc.orphans().size() + doc.articleNotes().size();
        if (total > 0) {
            ArrayNode items = codec.page(root);
            for (Passage p : doc.passages()) {
                if (p.annotation() != null) {
                    items.add(codec.toJson(p.annotation(), source));
                } else {
                    Annotation a = new Annotation("urn:uuid:" + UUID.randomUUID(), doc.exportedAt(), doc.exportedAt(), "",
                            List.of(), HighlightColour.YELLOW, source, new TextPositionSelector(p.start(), p.end()),
                            TextQuoteSelector.of(text, p.start(), p.end())).withCreator(codec.profile().name());
                    ObjectNode node = codec.toJson(a, source);
                    node.remove("stylesheet"); // a search or entity passage has no colour
                    ((ObjectNode) node.path("target")).remove("styleClass");
                    items.add(node);
                }
            }
            doc.orphans().forEach(o -> items.add(codec.toJson(o, source)));
            doc.articleNotes().forEach(n -> items.add(codec.toJson(n, source)));
        }
        root.put("total", total);
        List<String> warnings = new ArrayList<>();
        if (ExportText.hasEntities(doc)) {
            warnings.add("JSON (W3C Web Annotation) has no place for the entities in each passage: left out");
        }
        try {
            return new ExportResult(codec.mapper().writeValueAsString(root) + "\n", warnings);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
