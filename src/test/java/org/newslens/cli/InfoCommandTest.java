package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;

class InfoCommandTest {
    private static final Path SEED = Path.of("seeds", "000_2eaa2faa629b3bd4.txt");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.into(out, err, args);
    }

    @Test
    void seedArticleIsPrintedAsJson() throws Exception {
        assertEquals(0, run("info", SEED.toString()));
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(SEED.toString(), json.get("file").asText());
        assertEquals("TEXT", json.get("format").asText());
        assertEquals("UTF-8", json.get("encoding").asText());
        assertTrue(json.get("title").asText().startsWith("In 2001, as the United States reeled"));
        assertTrue(json.get("title").asText().length() <= 72);

        String fileText = Files.readString(SEED);
        JsonNode paragraphs = json.get("paragraphs");
        assertEquals(fileText.strip().split("\n\\s*\n").length, paragraphs.size());
        JsonNode last = paragraphs.get(paragraphs.size() - 1);
        assertEquals("BYLINE", last.get("kind").asText());
        assertEquals(last.get("text").asText(), json.get("byline").asText());
        assertTrue(fileText.strip().endsWith(last.get("text").asText()));

        int words = 0;
        int expectedStart = 0;
        for (JsonNode p : paragraphs) {
            assertEquals(expectedStart, p.get("start").asInt());
            assertEquals(p.get("text").asText().length(), p.get("end").asInt() - p.get("start").asInt());
            expectedStart = p.get("end").asInt() + 2;
            if (p.get("kind").asText().equals("BODY")) {
                words += p.get("text").asText().split("\\s+").length;
            }
        }
        assertEquals(words, json.get("wordCount").asInt());
        assertEquals(Math.max(1, Math.round(words / 230f)), json.get("readingMinutes").asInt());
        assertEquals("", err.toString());
    }

    @Test
    void markdownFileReportsItsOwnTitleAndFormat() throws Exception {
        Path file = Files.writeString(dir.resolve("note.md"), "# Ferry Service Resumes\n\nBoats sail again from **today**.\n");
        assertEquals(0, run("info", file.toString()));
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals("Ferry Service Resumes", json.get("title").asText());
        assertEquals("MARKDOWN", json.get("format").asText());
        assertTrue(json.get("byline").isNull());
        assertEquals("Boats sail again from today.", json.get("paragraphs").get(0).get("text").asText());
    }

    @Test
    void missingFileExitsWithTwoAndOneLineOnStderr() {
        assertEquals(2, run("info", dir.resolve("missing.txt").toString()));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("missing.txt"), message);
        assertTrue(message.startsWith("newslens: No such file"), message);
        assertEquals("", out.toString());
    }

    @Test
    void binaryFileExitsWithTwo() throws Exception {
        Path file = Files.write(dir.resolve("img.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        assertEquals(2, run("info", file.toString()));
        assertTrue(err.toString().contains("PNG image"), err.toString());
    }

    @Test
    void missingArgumentIsBadInput() {
        assertEquals(2, run("info"));
        assertFalse(err.toString().isBlank());
    }
}
