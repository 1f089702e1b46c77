package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.index.EntitySource;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.InventedLibrary;
import picocli.CommandLine;

/** {@code entity NAME --library} and {@code graph}: output over a library built in the test, exit 2 for bad input. */
class LibraryCommandsTest {
    @TempDir
    Path dir;

    private AppHome home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void library() throws Exception {
        home = new AppHome(Files.createDirectories(dir.resolve("home")));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
            InventedLibrary.fill(index, dir);
        }
    }

    private int run(Object command, String... args) {
        CommandLine cl = NewsLensCommand.withHandlers(new CommandLine(command));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return NewsLensCommand.execute(cl, null, args);
    }

    private int entity(String... args) {
        return run(new EntityCommand(new LibraryData(home, EntitySource.none())), args);
    }

    private int graph(String... args) {
        return run(new GraphCommand(new LibraryData(home, EntitySource.none())), args);
    }

    @Test
    void entityPrintsThePageAsJson() throws Exception {
        assertEquals(0, entity("kern", "--library"), err.toString());
        JsonNode page = Json.mapper().readTree(out.toString());
        assertEquals("Paul Kern", page.get("name").asText());
        assertEquals(2, page.get("articles").size());
        JsonNode first = page.get("articles").get(0);
        assertEquals(dir.resolve("meeting.txt").toString(), first.get("file").asText());
        int start = first.get("firstMention").get("start").asInt();
        int end = first.get("firstMention").get("end").asInt();
        assertEquals("Paul Kern", InventedLibrary.MEETING.substring(start, end));
        assertEquals("Maria Ortiz", page.get("appearsWith").get(0).get("name").asText());
    }

    @Test
    void entityListsACopyOfATextInAnotherFolderOnceWithItsFile() throws Exception {
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
            InventedLibrary.meeting(index, dir.resolve("archive/meeting.txt"));
            index.commit();
        }
        assertEquals(0, entity("kern", "--library"), err.toString());
        JsonNode page = Json.mapper().readTree(out.toString());
        assertEquals(2, page.get("articles").size(), "the copy is no second article");
        assertEquals(2, page.get("articleCount").asInt());
        assertEquals(4, page.get("mentions").asInt());
        JsonNode meeting = page.get("articles").get(0);
        assertEquals(dir.resolve("meeting.txt").toString(), meeting.get("file").asText());
        assertEquals(dir.resolve("archive/meeting.txt").toString(), meeting.get("alsoIn").get(0).asText());
        assertEquals(0, page.get("articles").get(1).get("alsoIn").size());
    }

    @Test
    void entityWithALimitListsTheNewestArticlesAndCountsThemAll() throws Exception {
        assertEquals(0, entity("kern", "--library", "--limit", "1"), err.toString());
        JsonNode page = Json.mapper().readTree(out.toString());
        assertEquals(1, page.get("articles").size());
        assertEquals(dir.resolve("harbour.txt").toString(), page.get("articles").get(0).get("file").asText(), "the newest first");
        assertEquals(2, page.get("articleCount").asInt());
        assertTrue(page.get("newestFirst").asBoolean());
        assertEquals("Maria Ortiz", page.get("appearsWith").get(0).get("name").asText(), "the totals are the whole library's");
        out.getBuffer().setLength(0);
        assertEquals(0, entity("kern", "--library", "--limit", "1", "--offset", "1"), err.toString());
        page = Json.mapper().readTree(out.toString());
        assertEquals(dir.resolve("meeting.txt").toString(), page.get("articles").get(0).get("file").asText(), "the next one");
        assertEquals(1, page.get("from").asInt());
        assertEquals(2, entity("kern", "--library", "--limit", "-1"));
        assertTrue(err.toString().contains("--limit"), err.toString());
    }

    @Test
    void entityWithoutLibraryIsBadInput() {
        assertEquals(2, entity("kern"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("--library"), err.toString());
    }

    @Test
    void libraryGraphAsGraphMlIsXml() throws Exception {
        assertEquals(0, graph("--library", "--format", "graphml", "--category", "person,place"), err.toString());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(4, doc.getElementsByTagName("node").getLength(), "two people and two places");
    }

    @Test
    void graphByParagraphWeighsSharedParagraphs() throws Exception {
        assertEquals(0, graph("--library", "--by", "paragraph", "--category", "person"), err.toString());
        JsonNode g = Json.mapper().readTree(out.toString());
        assertEquals(3, g.get("edges").get(0).get("weight").asInt(), "Ortiz and Kern share three paragraphs");
        out.getBuffer().setLength(0);
        assertEquals(0, graph("--library", "--by", "sentence", "--category", "person"), err.toString());
        assertEquals(2, Json.mapper().readTree(out.toString()).get("edges").get(0).get("weight").asInt(), "and two sentences");
    }

    @Test
    void graphOfOneFileUsesOnlyThatArticle() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "Nothing named here.");
        assertEquals(0, graph(file.toString(), "--format", "json"), err.toString());
        JsonNode g = Json.mapper().readTree(out.toString());
        assertEquals(0, g.get("nodes").size());
    }

    @Test
    void badGraphArgumentsAreExitTwoWithOneLine() {
        assertEquals(2, graph("--library", "--category", "planet"));
        assertTrue(err.toString().contains("planet"), err.toString());
        assertEquals(2, graph("--library", "--format", "svg"));
        assertEquals(2, graph("--library", "--min-weight", "0"));
        assertEquals(2, graph("--library", "--by", "word"));
        assertEquals(2, graph());
        assertEquals(2, graph(dir.resolve("missing.txt").toString()));
        assertEquals(6, err.toString().strip().lines().count(), err.toString());
    }
}
