package org.newslens.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.app.Json;
import org.newslens.nlp.EntityLabel;

/** The stored entity list read by the streaming reader is the list the mapper wrote (and would read back). */
class EntityListReaderTest {
    private final ObjectMapper json = Json.mapper();
    private final EntityListReader reader = new EntityListReader(json.getFactory());

    @Test
    void readsBackWhatTheMapperWrites() throws Exception {
        List<EntitySummary> list = List.of(
                new EntitySummary("Maria \"La\" Ortiz", EntityLabel.PERSON, List.of("Ortiz", "M. Ortiz"), 3),
                new EntitySummary("Zürich ☃ \\ / \n", EntityLabel.PLACE, List.of(), 1),
                new EntitySummary("40 million dollars", EntityLabel.FIGURE, List.of(), 12));
        String stored = json.writeValueAsString(list);
        assertEquals(list, reader.read(stored));
        assertEquals(json.readValue(stored, new TypeReference<List<EntitySummary>>() { }), reader.read(stored));
        assertEquals(List.of(), reader.read("[]"));
    }

    @Test
    void skipsUnknownFieldsAndRefusesWhatIsNoList() throws Exception {
        String stored = "[{\"extra\":{\"a\":[1,2]},\"name\":\"Kandor\",\"label\":\"PLACE\",\"aliases\":null,\"mentions\":2,\"more\":[{}]}]";
        assertEquals(List.of(new EntitySummary("Kandor", EntityLabel.PLACE, List.of(), 2)), reader.read(stored));
        assertThrows(IOException.class, () -> reader.read("{\"name\":\"Kandor\"}"));
        assertThrows(IOException.class, () -> reader.read("[{\"name\":\"Kandor\""));
        assertThrows(IllegalArgumentException.class, () -> reader.read("[{\"name\":\"Kandor\",\"label\":\"PLANET\"}]"));
    }
}
