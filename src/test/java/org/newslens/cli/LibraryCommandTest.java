package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.index.EntitySource;
import org.newslens.library.InventedLibrary;

/** {@code library list|mark} over a library built in the test: states by text, shared by copies, "left", bad input. */
class LibraryCommandTest {
    @TempDir
    Path dir;

    private AppHome home;
    private String out;
    private String err;

    @BeforeEach
    void library() throws Exception {
        Files.writeString(dir.resolve("meeting.txt"), InventedLibrary.MEETING);
        Files.createDirectories(dir.resolve("copy"));
        Files.writeString(dir.resolve("copy/meeting.txt"), InventedLibrary.MEETING);
        home = InventedLibrary.homeWithLibrary(dir);
    }

    private int library(String... args) {
        CliRun run = CliRun.command(new LibraryCommand(new LibraryData(home, EntitySource.none())), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    private List<String> field(String name) throws Exception {
        List<String> values = new ArrayList<>();
        Json.mapper().readTree(out.toString()).forEach(e -> values.add(e.get(name).asText()));
        return values;
    }

    @Test
    void markingACopyMarksItsTextAndListsFilterByState() throws Exception {
        assertEquals(0, library("mark", "reviewed", dir.resolve("copy/meeting.txt").toString()), err.toString());
        JsonNode marked = Json.mapper().readTree(out.toString()).get(0);
        assertEquals("unread", marked.get("before").asText());
        assertEquals("reviewed", marked.get("state").asText());

        assertEquals(0, library("list"), err.toString());
        assertEquals(List.of("reviewed", "unread", "unread"), field("state"), out.toString());
        assertEquals(3, field("sha256").size());

        assertEquals(0, library("list", "--state", "left"), err.toString());
        assertEquals(2, field("title").size());
        assertTrue(field("title").stream().noneMatch(t -> t.startsWith("Maria Ortiz met")), out.toString());
        assertEquals(0, library("list", "--state", "reviewed"), err.toString());
        assertEquals(List.of(dir.resolve("meeting.txt").toAbsolutePath().normalize().toString()),
                List.of(Json.mapper().readTree(out.toString()).get(0).get("files").get(0).asText()),
                "the indexed file, marked through its copy");
    }

    @Test
    void anUnknownStateOrFileIsOneLineAndExitTwo() {
        assertEquals(2, library("list", "--state", "done"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertEquals(2, library("mark", "finished", dir.resolve("meeting.txt").toString()));
        assertEquals(2, library("mark", "read", dir.resolve("missing.txt").toString()));
        assertTrue(err.toString().startsWith("newslens: "), err.toString());
    }
}
