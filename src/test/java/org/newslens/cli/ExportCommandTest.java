package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.Json;
import org.newslens.article.ArticleLoader;

/** Uses NEWSLENS_HOME (target/test-home); each test annotates an article of its own text. */
class ExportCommandTest {
    @TempDir
    Path dir;
    private Path article;
    private String text;

    @BeforeEach
    void annotate() throws Exception {
        article = dir.resolve("storm.txt");
        Files.writeString(article, "Storm warning\n\nA storm will reach Tromsø by Thursday evening. Ferries stay in port."
                + "\n\nCase " + UUID.randomUUID() + ".");
        text = new ArticleLoader().load(article).text();
        int s = text.indexOf("Ferries stay in port");
        CliRun add = CliRun.of("annotate", article.toString(), "add", "--start", "" + s, "--end", "" + (s + 20),
                "--color", "blue", "--note", "check <b>times</b> & \"routes\"", "--tag", "travel");
        assertEquals(0, add.exitCode(), add.err());
    }

    @Test
    void jsonExportIsAWebAnnotationCollection() throws Exception {
        CliRun run = CliRun.of("export", article.toString(), "--what", "highlights", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = Json.mapper().readTree(run.out());
        assertEquals("http://www.w3.org/ns/anno.jsonld", root.path("@context").asText());
        JsonNode item = root.path("first").path("items").get(0);
        assertEquals("blue", item.path("target").path("styleClass").asText());
        assertEquals("Ferries stay in port", item.path("target").path("selector").get(1).path("exact").asText());
    }

    @Test
    void exportToAFileInEachFormatNamesWhatWasLeftOut() throws Exception {
        Path html = dir.resolve("out.html");
        CliRun run = CliRun.of("export", article.toString(), "--what", "color:blue", "--format", "html", "--out", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + html + " (1 passage(s))"), run.out());
        String content = Files.readString(html);
        assertTrue(content.contains("check &lt;b&gt;times&lt;/b&gt; &amp; \"routes\""), content);

        CliRun csv = CliRun.of("export", article.toString(), "--what", "tag:travel", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("start,end,paragraph,text,note,tags,colour,entities\r\n"), csv.out());
        assertTrue(csv.err().contains("newslens: warning: CSV has no place for annotation ids"), csv.err());

        CliRun md = CliRun.of("export", article.toString(), "--what", "query:storm", "--format", "md");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("> A storm will reach Tromsø by Thursday evening."), md.out());
    }

    @Test
    void badChoicesExitWithTwo() {
        assertBad(CliRun.of("export", article.toString(), "--what", "everything"), "unknown --what");
        assertBad(CliRun.of("export", article.toString(), "--what", "highlights", "--format", "pdf"), "unknown format");
        assertBad(CliRun.of("export", article.toString(), "--what", "color:orange"), "unknown colour");
        assertBad(CliRun.of("export", article.toString(), "--what", "entities", "--format", "md"), "(use csv, json)");
        assertBad(CliRun.of("export", dir.resolve("missing.txt").toString(), "--what", "highlights"), "No such file");
        assertBad(CliRun.of("export", article.toString()), "--what");
        assertBad(CliRun.of("export", article.toString(), "--what", "highlights", "--format", "json", "--out", article.resolve("x.json").toString()),
                "cannot write");
        assertBad(CliRun.of("export", article.toString(), "--what", "query:\"unclosed"), "bad query");
    }

    private static void assertBad(CliRun run, String message) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
