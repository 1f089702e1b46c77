package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import edu.stanford.nlp.util.HashIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Feature names and lexicon words read back from the packed form are found where they were, and nothing else is. */
class PackedStringsTest {
    // "Aa" and "BB" have the same String.hashCode; the rest are outside Latin-1, two-byte, three-byte and a surrogate pair
    private static final List<String> STRINGS = List.of("Aa", "BB", "WORD-Zürich|C", "東京|CpC", "", "\uD83D\uDE00x",
            "café", "NGRAM-#ca|C", "Ω", "a");

    private static PackedStrings roundTrip(PackedStrings packed) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            packed.write(out);
        }
        return PackedStrings.read(new BulkReader(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void eachStringIsFoundAtItsPositionAfterWritingAndReading() throws IOException {
        List<String> many = new ArrayList<>(STRINGS);
        for (int i = 0; i < 5_000; i++) {
            many.add("W" + i + "|C");
        }
        PackedStrings packed = roundTrip(PackedStrings.of(many));
        assertEquals(many.size(), packed.size());
        for (int k = 0; k < many.size(); k++) {
            assertEquals(k, packed.indexOf(many.get(k)), many.get(k));
            assertEquals(many.get(k), packed.get(k));
        }
        for (String absent : List.of("A", "Ab", "BBB", "WORD-Zurich|C", "東京", "café ", "W5000|C", "Ω|C")) {
            assertEquals(-1, packed.indexOf(absent), absent);
        }
        assertEquals(-1, packed.indexOf(42));
    }

    @Test
    void aRepeatedStringIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PackedStrings.of(List.of("x", "y", "x")));
    }

    @Test
    void theFeatureIndexAnswersAsCoreNlpsHashIndexAndSerialisesAsOne() throws Exception {
        HashIndex<String> stock = new HashIndex<>(STRINGS);
        PackedFeatureIndex packed = new PackedFeatureIndex(PackedStrings.of(STRINGS));
        for (String s : List.of("BB", "café", "absent", "Ω")) {
            assertEquals(stock.indexOf(s), packed.indexOf(s), s);
        }
        assertEquals(stock.objectsList(), packed.objectsList());
        assertThrows(UnsupportedOperationException.class, () -> packed.addToIndex("new feature"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(packed);
        }
        Object back = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();
        assertEquals(stock, back);
    }

    @Test
    void theLexiconGivesEachWordsClusterAfterWritingAndReading() throws IOException {
        Map<String, String> lexicon = new LinkedHashMap<>();
        lexicon.put("paris", "C12");
        lexicon.put("zürich", "C12");
        lexicon.put("Aa", "C3");
        lexicon.put("BB", "NULL");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PackedLexicon.write(lexicon, out);
        }
        Map<String, String> back = PackedLexicon.read(new BulkReader(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(lexicon, back);
        assertEquals("C3", back.get("Aa"));
        assertNull(back.get("london"));
    }
}
