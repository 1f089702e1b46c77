package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.index.EntitySource;
import org.newslens.library.InventedLibrary;

/** {@code watch add|list|run|seen|rename|remove} over a library built in the test: JSON out, exit 2 and one line for bad input. */
class WatchCommandTest {
    @TempDir
    Path dir;

    private AppHome home;
    private String out;
    private String err;

    @BeforeEach
    void library() throws Exception {
        home = InventedLibrary.homeWithLibrary(dir);
    }

    private int watch(String... args) {
        CliRun run = CliRun.command(new WatchCommand(new LibraryData(home, EntitySource.none())), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    private JsonNode json() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    private void assertBadInput(String... args) {
        assertEquals(2, watch(args), String.join(" ", args) + ": " + out);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("newslens: "), err.toString());
    }

    @Test
    void addRunMarkSeenAndRunAgainAfterArticlesAreAdded() throws Exception {
        Path names = Files.writeString(dir.resolve("names.csv"), "Paul Kern,person\n\"Port Elma\",place\n");
        assertEquals(0, watch("add", "harbour people", "--names-file", names.toString()), err.toString());
        JsonNode added = json();
        assertEquals("names", added.get("kind").asText());
        assertEquals("[\"Paul Kern\",\"Port Elma\"]", added.get("entries").toString());
        assertEquals(2, added.get("newMatches").asInt(), "meeting and harbour");

        assertEquals(0, watch("run", "--mark-seen"), err.toString());
        JsonNode run = json().get(0);
        assertEquals(2, run.get("articles").size());
        JsonNode first = run.get("articles").get(0);
        assertEquals(dir.resolve("harbour.txt").toString(), first.get("file").asText(), "latest first");
        assertEquals("[\"Paul Kern\",\"Port Elma\"]", first.get("matched").toString());

        assertEquals(0, watch("run"), err.toString());
        assertEquals(0, json().get(0).get("newMatches").asInt(), "marked seen by the run before");

        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("later.txt"), "Paul Kern came back to Port Elma.\n");
        Files.writeString(news.resolve("other.txt"), "Nothing we watch.\n");
        assertEquals(0, watch("run", "harbour PEOPLE", "--add", news.toString()), err.toString());
        JsonNode later = json().get(0);
        assertEquals(1, later.get("newMatches").asInt());
        assertEquals(3, later.get("matches").asInt());
        assertEquals(news.resolve("later.txt").toString(), later.get("articles").get(0).get("file").asText());

        assertEquals(0, watch("list"), err.toString());
        assertEquals(1, json().get(0).get("newMatches").asInt());
        assertEquals(0, watch("seen", "harbour people"), err.toString());
        assertEquals(0, json().get("newMatches").asInt());
    }

    @Test
    void aNamesFilesHeaderRowIsNotWatchedAndAnUnsureOneIsAsked() throws Exception {
        Path headed = Files.writeString(dir.resolve("headed.csv"), "name\nPaul Kern\nPort Elma\n");
        assertEquals(0, watch("add", "harbour", "--names-file", headed.toString()), err);
        assertEquals("[\"Paul Kern\",\"Port Elma\"]", json().get("entries").toString());
        assertTrue(err.contains("'name'") && err.contains("--first-row name"), err);
        Path unsure = Files.writeString(dir.resolve("unsure.csv"), "naam\nPaul Kern\nPort Elma\n");
        assertBadInput("add", "unsure", "--names-file", unsure.toString());
        assertTrue(err.contains("--first-row header or --first-row name"), err);
        assertEquals(0, watch("add", "unsure", "--names-file", unsure.toString(), "--first-row", "header"), err);
        assertEquals("[\"Paul Kern\",\"Port Elma\"]", json().get("entries").toString());
        assertEquals(0, watch("add", "kept", "--names-file", headed.toString(), "--first-row", "NAME"), err);
        assertEquals("[\"name\",\"Paul Kern\",\"Port Elma\"]", json().get("entries").toString());
        assertEquals("", err);
        assertBadInput("add", "x", "--names-file", headed.toString(), "--first-row", "maybe");
    }

    @Test
    void fromNowCountsOnlyLaterArticlesAndRenameAndRemoveWork() throws Exception {
        assertEquals(0, watch("add", "kern", "--query", "person:kern", "--from-now"), err.toString());
        assertEquals(0, json().get("newMatches").asInt());
        assertEquals(2, json().get("matches").asInt());
        assertEquals(0, watch("rename", "kern", "Kern watch"), err.toString());
        assertEquals(0, watch("list"), err.toString());
        assertEquals("Kern watch", json().get(0).get("name").asText());
        assertEquals(0, watch("remove", "kern watch"), err.toString());
        assertEquals(0, watch("list"), err.toString());
        assertEquals(0, json().size());
    }

    @Test
    void badInputIsExitTwoWithOneLine() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n\n");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "K\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
        assertBadInput("add", "x", "--names-file", empty.toString());
        assertBadInput("add", "x", "--names-file", latin1.toString());
        assertBadInput("add", "x", "--names-file", dir.resolve("missing.csv").toString());
        assertBadInput("add", "x", "--query", "kern AND (");
        assertBadInput("add", "x", "--query", "/[/");
        assertBadInput("add", "x", "--query", " ");
        assertBadInput("add", "x", "--name", "!!!");
        assertBadInput("add", "x");
        assertBadInput();
        assertBadInput("add", "x", "--query", "a", "--name", "b");
        assertBadInput("run", "nope");
        assertBadInput("remove", "nope");
        assertBadInput("run", "--add", dir.resolve("no-such-folder").toString());
        assertEquals(0, watch("add", "x", "--name", "Kern"), err.toString());
        assertBadInput("add", "X", "--name", "Kern");
        assertEquals(0, watch("list"), err.toString());
        assertEquals(1, json().size(), "nothing else was saved");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun help = CliRun.of("watch", "--help");
        assertEquals(0, help.exitCode(), help.err());
        for (String sub : new String[] {"add", "list", "run", "seen", "rename", "remove"}) {
            assertTrue(help.out().contains(sub), help.out());
        }
    }
}
