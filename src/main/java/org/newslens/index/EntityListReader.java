package org.newslens.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newslens.nlp.EntityLabel;

/**
 * Reads a stored entity list (the JSON {@link ArticleDocuments} writes for {@link IndexFields#ENTITIES}) with Jackson's
 * streaming parser: every library-wide view reads one per article, and binding records through the object mapper
 * was a quarter of an entity page's time (docs/benchmarks.md). Unknown fields are skipped, as the mapper does.
 */
final class EntityListReader {
    private final JsonFactory factory;

    EntityListReader(JsonFactory factory) {
        this.factory = factory;
    }

    /** The list; an {@link IOException} or {@link IllegalArgumentException} (an unknown category) when it is not one. */
    List<EntitySummary> read(String stored) throws IOException {
        try (JsonParser p = factory.createParser(stored)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, p);
            List<EntitySummary> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                expect(t, JsonToken.START_OBJECT, p);
                out.add(entity(p));
            }
            return out;
        }
    }

    private static EntitySummary entity(JsonParser p) throws IOException {
        String name = null;
        EntityLabel label = null;
        List<String> aliases = List.of();
        int mentions = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (field) {
                case "name" -> name = p.getText();
                case "label" -> label = EntityLabel.valueOf(p.getText());
                case "aliases" -> aliases = strings(p);
                case "mentions" -> mentions = p.getValueAsInt();
                default -> p.skipChildren();
            }
        }
        return new EntitySummary(name, label, aliases, mentions);
    }

    private static List<String> strings(JsonParser p) throws IOException {
        expect(p.currentToken(), JsonToken.START_ARRAY, p);
        List<String> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(p.getText());
        }
        return out;
    }

    private static void expect(JsonToken got, JsonToken wanted, JsonParser p) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + ", found " + got + " at " + p.currentLocation());
        }
    }
}
