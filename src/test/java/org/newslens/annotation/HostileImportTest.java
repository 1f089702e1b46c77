package org.newslens.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;

/** Import files made to hurt: huge, deep, repetitive, with absurd numbers and strings. Bounded, clear, nothing lost. */
class HostileImportTest {
    private static final String RAW = "Harbour news\n\nThe ferry to the island was cancelled again today. "
            + "Traders want compensation for the lost week.\n";

    @TempDir
    Path dir;

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A 1 GB JSON array made on the fly, never held anywhere. */
    private static InputStream gigabyteOfAnnotations() {
        byte[] item = "{\"id\":\"urn:x\",\"type\":\"Annotation\",\"target\":\"urn:y\"},".getBytes(StandardCharsets.UTF_8);
        long total = 1L << 30;
        return new InputStream() {
            private long pos = -1;

            @Override
            public int read() {
                if (pos >= total) {
                    return -1;
                }
                pos++;
                return pos == 0 ? '[' : item[(int) ((pos - 1) % item.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        return n == 0 ? -1 : n;
                    }
                    b[off + n++] = (byte) c;
                }
                return n;
            }
        };
    }

    @Test
    @Timeout(60)
    void aGigabyteStreamStopsAtTheSizeLimitWithAClearMessage() {
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class,
                () -> AnnotationReader.parse(Json.mapper(), gigabyteOfAnnotations()));
        assertTrue(e.getMessage().contains("larger than 32 MB"), e.getMessage());
    }

    @Test
    void tenThousandDeepNestingIsRefusedNotAStackOverflow() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class, () -> AnnotationReader.parse(Json.mapper(), bytes(deep)));
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
        String deepBody = "{\"id\":\"urn:a\",\"target\":\"urn:t\",\"body\":" + "{\"type\":\"Composite\",\"items\":[".repeat(30)
                + "\"x\"" + "]}".repeat(30) + "}";
        assertDoesNotAbort(deepBody, "nested more than 8 deep");
    }

    @Test
    void aMillionCharacterStringIsRefusedOrSkippedWithAReason() throws Exception {
        String huge = "x".repeat(1_000_000);
        AnnotationFormatException e = assertThrows(AnnotationFormatException.class, () -> AnnotationReader.parse(Json.mapper(),
                bytes("{\"id\":\"urn:a\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"" + huge + "\"}}}")));
        assertTrue(e.getMessage().contains("String value length"), e.getMessage());
        String big = "y".repeat(200_000);
        assertDoesNotAbort("{\"id\":\"urn:a\",\"bodyValue\":\"" + big + "\",\"target\":\"urn:t\"}", "a note of 200000 characters");
    }

    @Test
    void absurdNumbersAndOffsetsAreReportedPerAnnotation() throws Exception {
        Article article = TestArticles.article(dir.resolve("a.txt"), RAW);
        String file = """
                [{"id": "urn:1", "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 99999999999999999999}}},
                 {"id": "urn:2", "target": {"selector": {"type": "TextPositionSelector", "start": -3, "end": 4}}},
                 {"id": "urn:3", "target": {"selector": {"type": "TextPositionSelector", "start": 2147483000, "end": 2147483600}}},
                 {"id": "urn:4", "target": {"selector": {"type": "TextPositionSelector", "start": 1.5, "end": 4}}},
                 {"id": "urn:5", "target": {"selector": {"type": "TextPositionSelector", "start": "0", "end": "4"}}},
                 {"id": "urn:6", "created": "not a date", "target": {"selector": {"type": "TextQuoteSelector", "exact": "ferry"}}},
                 {"id": "urn:7", "target": {"selector": [{"type": "TextQuoteSelector", "exact": "ferry"},
                                                         {"type": "TextPositionSelector", "start": -1, "end": 1e300}]}}]
                """;
        AnnotationReader.Result read = new AnnotationReader(article.text(), "file:///a.txt", Instant.now())
                .read(AnnotationReader.parse(Json.mapper(), bytes(file)));
        assertEquals(List.of("urn:7"), read.annotations().stream().map(Annotation::id).toList(), "the quote stands; the bad offsets are ignored");
        assertEquals(6, read.skipped().size(), read.skipped().toString());
        assertTrue(read.skipped().get(2).reason().contains("lie beyond the article's text"), read.skipped().get(2).reason());
        assertTrue(read.skipped().get(5).reason().contains("bad date"), read.skipped().get(5).reason());
    }

    @Test
    @Timeout(120)
    void oneIdRepeatedIsStoredOnceAndManyUnplaceableOnesKeepTheStoreQuickToOpen() throws Exception {
        Article article = TestArticles.article(dir.resolve("a.txt"), RAW);
        StringBuilder file = new StringBuilder("[");
        for (int i = 0; i < 50_000; i++) {
            file.append(i == 0 ? "" : ",").append("{\"id\":\"urn:same\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"ferry\"}}}");
        }
        file.append(']');
        AnnotationFormatException tooMany = assertThrows(AnnotationFormatException.class, () -> new AnnotationReader(article.text(), null,
                Instant.now()).read(AnnotationReader.parse(Json.mapper(), bytes(file.toString()))));
        assertTrue(tooMany.getMessage().contains("at most 20000"), tooMany.getMessage());

        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 5_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\":\"urn:same\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"ferry\"}}},");
            many.append("{\"id\":\"urn:gone-").append(i).append("\",\"target\":{\"selector\":{\"type\":\"TextQuoteSelector\",\"exact\":\"")
                    .append("a sentence that was never in this article number ").append(i).append("\",\"prefix\":\"elsewhere \"}}}");
        }
        many.append(']');
        AnnotationStorage storage = new AnnotationStorage(dir.resolve("store"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        AnnotationStore store = storage.open(article);
        AnnotationEditor editor = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC());
        int s = article.text().indexOf("Traders");
        editor.highlight(s, s + 7, HighlightColour.GREEN, "mine", List.of());
        ImportReport report = editor.importRead(new AnnotationReader(article.text(), null, Instant.now())
                .read(AnnotationReader.parse(Json.mapper(), bytes(many.toString()))));
        assertEquals(4_999, report.skipped().stream().filter(AnnotationReader.Skipped::duplicate).count());
        assertEquals(1, store.annotations().stream().filter(a -> a.id().equals("urn:same")).count());
        assertEquals(5_000, store.orphans().size());

        AnnotationStore reopened = storage.open(article);
        assertEquals(2, reopened.annotations().size(), "nothing already stored was lost");
        assertEquals(5_000, reopened.orphans().size());
        assertTrue(reopened.notices().isEmpty(), "the same text: orphans are not searched for again " + reopened.notices());
    }

    private void assertDoesNotAbort(String json, String reason) throws Exception {
        AnnotationReader.Result read = new AnnotationReader(RAW, null, Instant.now()).read(AnnotationReader.parse(Json.mapper(), bytes(json)));
        assertEquals(1, read.skipped().size(), read.toString());
        assertTrue(read.skipped().get(0).reason().contains(reason), read.skipped().get(0).reason());
    }
}
