package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/** Runs the real pipeline (a few seconds to load) on a story written for the test. */
class QuotesCommandTest {
    private static final String STORY = """
            PORT LINDEN 2024-03-15

            Mayor Helena Marsh opened the new ferry terminal on Wednesday.

            "This terminal will carry two million passengers a year," she said. "It took a decade."

            The harbour authority said the old pier would close next month.
            """;

    @TempDir
    Path dir;

    @Test
    void quotesCarryTheirSpeakerCueAndOffsetsIntoTheArticleText() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
        CliRun run = CliRun.of("quotes", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = Json.mapper().readTree(run.out());
        assertEquals("2024-03-15", root.get("articleDate").asText());
        JsonNode quotes = root.get("quotes");
        assertEquals(3, quotes.size(), run.out());
        String text = new org.newslens.article.ArticleLoader().load(file).text();
        JsonNode first = quotes.get(0);
        assertEquals("This terminal will carry two million passengers a year,", first.get("text").asText());
        assertEquals(first.get("text").asText(), text.substring(first.get("start").asInt(), first.get("end").asInt()));
        assertEquals("Helena Marsh", first.get("speaker").asText());
        assertEquals("she", text.substring(first.get("speakerStart").asInt(), first.get("speakerEnd").asInt()));
        assertEquals("DIRECT", first.get("kind").asText());
        assertEquals("Helena Marsh", quotes.get(1).get("speaker").asText(), "the continued quotation");
        JsonNode reported = quotes.get(2);
        assertEquals("REPORTED", reported.get("kind").asText());
        assertEquals("the old pier would close next month", reported.get("text").asText());
    }

    @Test
    void tsvHasAHeaderAndOneRowPerQuote() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
        CliRun run = CliRun.of("quotes", "--format", "tsv", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith("# ") && lines[1].startsWith("# sha256 "), run.out());
        assertTrue(lines[2].startsWith("start\tend\tkind"), run.out());
        assertEquals(3, run.out().lines().filter(l -> l.matches("\\d+\t\\d+\t.*")).count());
    }

    @Test
    void timelineNormalisesAgainstTheDatelineAndFiguresCarryTheirValue() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
        CliRun run = CliRun.of("timeline", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode timeline = Json.mapper().readTree(run.out()).get("timeline");
        boolean wednesday = false;
        for (JsonNode t : timeline) {
            if (t.get("text").asText().equals("Wednesday")) {
                assertEquals("2024-03-13", t.get("value").asText(), "the Wednesday before the dateline's Friday");
                wednesday = true;
            }
        }
        assertTrue(wednesday, run.out());
        CliRun figures = CliRun.of("figures", file.toString());
        assertEquals(0, figures.exitCode(), figures.err());
        JsonNode first = Json.mapper().readTree(figures.out()).get("figures").get(0);
        assertEquals("two million", first.get("text").asText());
        assertEquals(2_000_000, first.get("value").asLong());
    }

    @Test
    void quotesExportAsCsvAndMarkdown() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
        CliRun csv = CliRun.of("quotes", "--format", "csv", file.toString());
        assertEquals(0, csv.exitCode(), csv.err());
        String[] lines = csv.out().split("\r\n");
        assertEquals("speaker,unnamed,cue,addressee,kind,paragraph,text,start,end", lines[0]);
        assertTrue(lines[1].startsWith("\"Helena Marsh\",false,said,,direct,2,\"This terminal will carry"), lines[1]);
        CliRun md = CliRun.of("figures", "--format", "md", file.toString());
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().contains("| figure | counts | value |"), md.out());
        assertTrue(md.out().contains("| two million | passengers | 2000000 |"), md.out());
        CliRun timeline = CliRun.of("timeline", "--format", "csv", file.toString());
        assertEquals(0, timeline.exitCode(), timeline.err());
        assertEquals("date,kind,from,to,text,sentence,start,end", timeline.out().split("\r\n")[0]);
        assertTrue(timeline.out().contains("2024-03-13,"), timeline.out());
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun run = CliRun.of("quotes", dir.resolve("nope.txt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("newslens: "), run.err());
    }

    @Test
    void theReadersSpeakerCorrectionIsWhatQuotesAndItsExportsSay() throws Exception {
        Path file = Files.writeString(dir.resolve("ferry.txt"), STORY);
        Article article = new ArticleLoader().load(file);
        AnnotationStorage storage = AnnotationStorage.in(AppHome.fromEnvironment());
        String said = "the old pier would close next month";
        int at = article.text().indexOf(said);
        storage.open(article).addSpeakerCorrection(new SpeakerCorrection(at, at + said.length(), said, "Helena Marsh"));
        try {
            CliRun run = CliRun.of("quotes", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            JsonNode reported = Json.mapper().readTree(run.out()).get("quotes").get(2);
            assertEquals(said, reported.get("text").asText());
            assertEquals("Helena Marsh", reported.get("speaker").asText(), "the harbour authority no longer");
            assertEquals("Helena Marsh", article.text().substring(reported.get("speakerStart").asInt(), reported.get("speakerEnd").asInt()));

            CliRun csv = CliRun.of("quotes", "--format", "csv", file.toString());
            assertEquals(0, csv.exitCode(), csv.err());
            String row = csv.out().lines().filter(l -> l.contains(said)).findFirst().orElseThrow();
            assertTrue(row.contains("Helena Marsh") && !row.contains("harbour authority"), row);

            CliRun list = CliRun.of("annotate", file.toString(), "list");
            assertEquals(0, list.exitCode(), list.err());
            assertTrue(list.out().contains("Speaker corrections:\n  Speaker of “" + said + "” is Helena Marsh"), list.out());
        } finally {
            Files.deleteIfExists(storage.fileFor(article));
        }
    }
}
