package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.EntityCorrection;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityLabel;

/** Runs the real CoreNLP pipeline (a few seconds to load) on a paragraph written for the test. */
class EntitiesCommandTest {
    private static final String STORY = """
            Prime Minister Helena Marsh flew to Nairobi on Tuesday to meet officials from the World Bank.

            Marsh said Kenya’s government had received $40 million, and around 3,000 Kenyan farmers would \
            benefit over the next two years.
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.into(out, err, args);
    }

    @Test
    void theReadersStoredCorrectionsOverrideTheRecogniser() throws Exception {
        String text = "The ferry left Skerrow at dawn.\n\nAt noon the ferry was back in Skerrow.";
        Path file = Files.writeString(dir.resolve("ferry.txt"), text);
        Article article = new ArticleLoader().load(file);
        AnnotationStorage storage = AnnotationStorage.in(AppHome.fromEnvironment());
        int at = text.indexOf("ferry");
        try {
            storage.open(article).addCorrection(
                    EntityCorrection.mark(at, at + 5, "ferry", EntityLabel.PERSON, EntityCorrection.Scope.ALL));
            assertEquals(0, run("entities", file.toString()), err.toString());
            JsonNode root = Json.mapper().readTree(out.toString());
            int ferries = 0;
            for (JsonNode m : root.get("mentions")) {
                if (m.get("text").asText().equals("ferry")) {
                    assertEquals("PERSON", m.get("label").asText());
                    ferries++;
                }
            }
            assertEquals(2, ferries, "both occurrences, as the correction was for all of them");
            assertTrue(root.get("entities").findValuesAsText("name").contains("ferry"));
        } finally {
            Files.deleteIfExists(storage.fileFor(article));
        }
    }

    @Test
    void printsMentionsWithOffsetsIntoTheShownTextAndGroupedEntities() throws Exception {
        Path file = dir.resolve("story.txt");
        Files.writeString(file, STORY);
        assertEquals(0, run("entities", file.toString()), err.toString());
        JsonNode root = Json.mapper().readTree(out.toString());
        String shown = new org.newslens.article.ArticleLoader().load(file).text();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> contexts = new HashMap<>();
        for (JsonNode m : root.get("mentions")) {
            String text = m.get("text").asText();
            assertEquals(text, shown.substring(m.get("start").asInt(), m.get("end").asInt()));
            labels.put(text, m.get("label").asText());
            if (m.has("context")) {
                contexts.put(text, m.get("context").asText());
            }
        }
        assertEquals("PERSON", labels.get("Helena Marsh"));
        assertEquals("PERSON", labels.get("Marsh"));
        assertEquals("PLACE", labels.get("Nairobi"));
        assertEquals("PLACE", labels.get("Kenya"));
        assertEquals("GROUP", labels.get("World Bank"));
        assertEquals("GROUP", labels.get("Kenyan"));
        assertEquals("DATE", labels.get("Tuesday"));
        assertEquals("DATE", labels.get("the next two years"));
        assertEquals("FIGURE", labels.get("$40 million"));
        assertEquals("Kenyan farmers", contexts.get("around 3,000"));
        JsonNode marsh = null;
        for (JsonNode e : root.get("entities")) {
            if (e.get("name").asText().equals("Helena Marsh")) {
                marsh = e;
            }
        }
        assertEquals(2, marsh.get("mentions").asInt());
        assertEquals("person:helena-marsh", marsh.get("id").asText());
    }

    @Test
    void writesOneFilePerInputWithOut() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.md");
        Files.writeString(a, "Nairobi is busy on Tuesday.");
        Files.writeString(b, "Around 300 people live in Lodwar.");
        Path target = dir.resolve("out");
        assertEquals(0, run("entities", a.toString(), b.toString(), "--out", target.toString()), err.toString());
        JsonNode first = Json.mapper().readTree(target.resolve("a.entities.json").toFile());
        JsonNode second = Json.mapper().readTree(target.resolve("b.entities.json").toFile());
        assertEquals("Nairobi", first.get("mentions").get(0).get("text").asText());
        assertEquals("Around 300", second.get("mentions").get(0).get("text").asText());
        assertEquals("", out.toString());
    }

    @Test
    void tsvHasOneRowPerMention() throws Exception {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Nairobi is busy on Tuesday.");
        assertEquals(0, run("entities", "--format", "tsv", a.toString()), err.toString());
        assertTrue(out.toString().contains("0\t7\tNairobi\tPLACE\tplace:nairobi\t\n"), out.toString());
    }

    @Test
    void aMissingFileIsBadInputAndNothingIsPrinted() {
        assertEquals(2, run("entities", dir.resolve("nope.txt").toString()));
        assertTrue(err.toString().contains("nope.txt"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void charactersTheTokenizerCannotReadAreCountedInOneSummaryLine() throws Exception {
        // texts no earlier run has cached (a cached result is not tokenized again)
        String run = java.util.UUID.randomUUID().toString();
        Path a = Files.writeString(dir.resolve("a.txt"), "Nairobi is busy \uFFFD on Tuesday.\n\nThen \uFFFD\uFFFD it rained. " + run);
        Path b = Files.writeString(dir.resolve("b.txt"), "Kisumu was \uFFFD quiet. " + run);
        java.io.ByteArrayOutputStream systemErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        System.setErr(new java.io.PrintStream(systemErr, true, java.nio.charset.StandardCharsets.UTF_8));
        int code;
        try {
            code = run("entities", a.toString(), b.toString());
        } finally {
            System.setErr(saved);
        }
        assertEquals(0, code, err.toString());
        String all = err + systemErr.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!all.contains("Untokenizable"), all);
        assertEquals(1, all.lines().count(), all);
        assertTrue(err.toString().contains("skipped 4 character(s) the tokenizer cannot read, in 2 file(s) (first: U+FFFD)"), all);
        assertTrue(out.toString().contains("\"Kisumu\""), out.toString());
    }
}
