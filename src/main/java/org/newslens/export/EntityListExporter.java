package org.newslens.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.newslens.nlp.Entity;

/** The article's (corrected) entities: CSV rows name, label, mentions, aliases, id; or JSON. */
public final class EntityListExporter {
    private final ObjectMapper mapper;

    public EntityListExporter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ExportResult csv(ExportDocument doc) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Entity e : doc.entities().entities()) {
            rows.add(List.of(e.name(), e.label().exportName(), Integer.toString(e.mentions()), String.join("; ", e.aliases()), e.id()));
        }
        return new ExportResult(CsvTable.write(List.of("name", "label", "mentions", "aliases", "id"), rows), List.of());
    }

    public ExportResult json(ExportDocument doc) {
        ObjectNode root = mapper.createObjectNode();
        root.put("title", ExportText.title(doc.article()));
        root.put("source", ExportText.source(doc.article()));
        root.put("exported", doc.exportedAt().toString());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : doc.entities().entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("label", e.label().exportName());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            n.put("mentions", e.mentions());
        }
        try {
            return new ExportResult(mapper.writeValueAsString(root) + "\n", List.of());
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
