package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityLabel;

/** {@code newslens search PATH QUERY}: JSON hits with text offsets, exit 2 with a message for a bad query. */
class SearchCommandTest {
    private static final String STORY = "Rebels brutalised the valley.\n\nThe rebels then left the valley for the hills.";
    /** Only two texts in all, so entity recognition (a few seconds to load) runs at most twice: the cache has the rest. */
    private static final String VISIT = "Helena Marsh arrived in Nairobi on Tuesday.\n\nOfficials in Nairobi said Marsh would meet the rebels.";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.into(out, err, args);
    }

    @Test
    void jsonHitsCarryTextOffsetsAndParagraphs() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(0, run("search", story.toString(), "valley"));
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals("valley", json.get("query").asText());
        assertEquals(2, json.get("total").asInt());
        JsonNode first = json.get("hits").get(0);
        assertEquals(story.toString(), first.get("file").asText());
        assertEquals(STORY.indexOf("valley"), first.get("start").asInt());
        assertEquals(STORY.indexOf("valley") + "valley".length(), first.get("end").asInt());
        assertEquals("valley", first.get("text").asText());
        assertEquals(1, first.get("paragraph").asInt());
        assertTrue(first.get("snippet").asText().contains("«valley»"), first.get("snippet").asText());
        JsonNode second = json.get("hits").get(1);
        assertEquals(STORY.lastIndexOf("valley"), second.get("start").asInt());
        assertEquals(2, second.get("paragraph").asInt());
    }

    @Test
    void entityQueriesUseTheRecognisedEntities() throws Exception {
        String report = VISIT;
        Path file = Files.writeString(dir.resolve("visit.txt"), report);
        assertEquals(0, run("search", file.toString(), "place:nairobi"), err.toString());
        JsonNode hits = Json.mapper().readTree(out.toString()).get("hits");
        assertEquals(2, hits.size());
        assertEquals(report.indexOf("Nairobi"), hits.get(0).get("start").asInt());
        assertEquals(report.lastIndexOf("Nairobi"), hits.get(1).get("start").asInt());
        assertEquals(2, hits.get(1).get("paragraph").asInt());
    }

    /** A text of its own: its stored corrections live in the shared test data directory. */
    private static final String FERRY = "The ferry left Skerrow at dawn.\n\nAt noon the ferry was back in Skerrow.";

    @Test
    void entityQueriesSeeTheReadersStoredCorrections() throws Exception {
        withNoStoredAnnotations("ferry.txt", FERRY, (file, article, storage) -> {
            assertEquals(0, run("search", file.toString(), "person:ferry"), err.toString());
            assertEquals(0, Json.mapper().readTree(out.toString()).get("total").asInt(), "the recogniser sees no person");

            int at = FERRY.indexOf("ferry");
            storage.open(article).addCorrection(
                    EntityCorrection.mark(at, at + 5, "ferry", EntityLabel.PERSON, EntityCorrection.Scope.ALL));
            out.getBuffer().setLength(0);
            assertEquals(0, run("search", file.toString(), "person:ferry"), err.toString());
            JsonNode hits = Json.mapper().readTree(out.toString()).get("hits");
            assertEquals(2, hits.size(), "the article indexed before the correction is indexed again");
            assertEquals(at, hits.get(0).get("start").asInt());
            assertEquals(FERRY.lastIndexOf("ferry"), hits.get(1).get("start").asInt());

            Path folder = Files.createDirectories(dir.resolve("lib"));
            Files.writeString(folder.resolve("copy.txt"), FERRY);
            out.getBuffer().setLength(0);
            assertEquals(0, run("search", folder.toString(), "person:ferry"), err.toString());
            assertEquals(2, Json.mapper().readTree(out.toString()).get("total").asInt(), "folder search too");
        });
    }

    /** What a test does with an article file and the data directory's annotations. */
    private interface AnnotatedFile {
        void test(Path file, Article article, AnnotationStorage storage) throws Exception;
    }

    /** Writes {@code text} to {@code name} and runs {@code test} on it with no stored annotations for it, before or after. */
    private void withNoStoredAnnotations(String name, String text, AnnotatedFile test) throws Exception {
        Path file = Files.writeString(dir.resolve(name), text);
        Article article = new ArticleLoader().load(file);
        AnnotationStorage storage = AnnotationStorage.in(AppHome.fromEnvironment());
        Files.deleteIfExists(storage.fileFor(article));
        try {
            test.test(file, article, storage);
        } finally {
            Files.deleteIfExists(storage.fileFor(article));
        }
    }

    @Test
    void folderSearchCoversEveryArticleInIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(folder.resolve("a.txt"), STORY);
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/b.md"), VISIT);
        Files.writeString(folder.resolve("c.txt"), STORY);
        Files.writeString(folder.resolve("d.txt"), STORY.replace("rebels", "farmers").replace("Rebels", "Farmers"));
        assertEquals(0, run("search", folder.toString(), "rebel*"));
        JsonNode json = Json.mapper().readTree(out.toString());
        assertEquals(5, json.get("total").asInt(), "two in each copy of the story, one in the visit");
        assertEquals(3, json.get("hits").findValuesAsText("file").stream().distinct().count());
        assertTrue(json.get("hits").findValuesAsText("file").contains(folder.resolve("sub/b.md").toString()));
    }

    @Test
    void textFormatListsOneHitPerLine() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(0, run("search", story.toString(), "\"rebels brutalise\"", "--format", "text"));
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length, out.toString());
        int start = STORY.indexOf("Rebels brutalised");
        assertTrue(lines[0].startsWith(story + ":1:" + start + "-" + (start + "Rebels brutalised".length()) + ": "), lines[0]);
        assertTrue(lines[1].startsWith("1 hit in 1 article"), lines[1]);
    }

    @Test
    void badQueryExitsTwoWithTheParserMessage() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(2, run("search", story.toString(), "valley AND (rebels"));
        assertTrue(err.toString().contains("expected"), err.toString());
        assertTrue(!err.toString().contains("org.apache"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void missingPathExitsTwo() {
        assertEquals(2, run("search", dir.resolve("nope.txt").toString(), "valley"));
        assertTrue(err.toString().contains("No such file or folder"), err.toString());
    }

    @Test
    void noHitsIsNotAnError() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(0, run("search", story.toString(), "dolphins"));
        assertEquals(0, Json.mapper().readTree(out.toString()).get("total").asInt());
    }

    /** A text of its own, with a dateline: its dates are read against 2021-07-09 (a Friday). */
    private static final String TALKS = "NAIROBI 2021-07-09 - Helena Marsh said on Tuesday that the talks had failed."
            + "\n\n\"We will meet again in the spring,\" Marsh told reporters.";

    @Test
    void quoteSpeakerAndDateRangeFieldsSearchTheQuotesAndNormalisedDates() throws Exception {
        Path file = Files.writeString(dir.resolve("talks.txt"), TALKS);
        assertEquals(0, run("search", file.toString(), "speaker:marsh"), err.toString());
        JsonNode hits = Json.mapper().readTree(out.toString()).get("hits");
        assertEquals("the talks had failed", hits.get(0).get("text").asText());
        assertEquals("We will meet again in the spring,", hits.get(1).get("text").asText());
        assertEquals(TALKS.indexOf("We will"), hits.get(1).get("start").asInt());
        assertEquals(2, hits.size());

        out.getBuffer().setLength(0);
        assertEquals(0, run("search", file.toString(), "quote:fail"), err.toString());
        assertEquals("failed", Json.mapper().readTree(out.toString()).get("hits").get(0).get("text").asText());

        out.getBuffer().setLength(0);
        assertEquals(0, run("search", file.toString(), "date:[2021-07-05 TO 2021-07-07]"), err.toString());
        hits = Json.mapper().readTree(out.toString()).get("hits");
        assertEquals(1, hits.size(), out.toString());
        assertEquals(TALKS.indexOf("Tuesday"), hits.get(0).get("start").asInt());

        out.getBuffer().setLength(0);
        assertEquals(2, run("search", file.toString(), "date:[July TO 2021]"));
        assertTrue(err.toString().contains("\"July\" is none of them"), err.toString());
    }

    @Test
    void speakerSearchSeesTheReadersStoredSpeakerCorrections() throws Exception {
        withNoStoredAnnotations("talks-corrected.txt", TALKS, (file, article, storage) -> {
            assertEquals(0, run("search", file.toString(), "speaker:marsh"), err.toString());
            assertEquals(2, Json.mapper().readTree(out.toString()).get("total").asInt());

            int at = TALKS.indexOf("We will meet");
            String words = "We will meet again in the spring,";
            storage.open(article).addSpeakerCorrection(new SpeakerCorrection(at, at + words.length(), words, "The envoy's spokesman"));
            out.getBuffer().setLength(0);
            assertEquals(0, run("search", file.toString(), "speaker:spokesman"), err.toString());
            JsonNode hits = Json.mapper().readTree(out.toString()).get("hits");
            assertEquals(1, hits.size(), "the article indexed before the correction is indexed again: " + out);
            assertEquals(at, hits.get(0).get("start").asInt());
            out.getBuffer().setLength(0);
            assertEquals(0, run("search", file.toString(), "speaker:marsh"), err.toString());
            hits = Json.mapper().readTree(out.toString()).get("hits");
            assertEquals(1, hits.size(), out.toString());
            assertEquals("the talks had failed", hits.get(0).get("text").asText(), "Marsh's other statement is still hers");
        });
    }
}
