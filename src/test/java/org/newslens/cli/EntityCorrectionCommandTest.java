package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.InventedFiles;

/** {@code entity NAME --library --merge-into/--rename/--split/--undo} over article files indexed in the test. */
class EntityCorrectionCommandTest {
    @TempDir
    Path dir;
    private AppHome home;
    private CliRun last;

    @BeforeEach
    void library() throws Exception {
        home = new AppHome(Files.createDirectories(dir.resolve("home")));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
            new LibraryIndexer(index, new ArticleLoader(), entities()).addFiles(InventedFiles.write(dir), (d, t, c) -> { }, () -> false);
        }
    }

    private CorrectedEntities entities() {
        return new CorrectedEntities(InventedFiles.RECOGNISER, AnnotationsFolder.of(home));
    }

    /** Runs {@code entity ARGS} with the test's recogniser; the exit code (what it printed is in {@link #last}). */
    private int entity(String... args) {
        last = CliRun.command(new EntityCommand(new LibraryData(home, entities())), args);
        return last.exitCode();
    }

    private JsonNode page() throws Exception {
        return Json.mapper().readTree(last.out());
    }

    @Test
    void mergeIntoPrintsTheMergedPageAndAFreshRunStillSeesItUntilUndone() throws Exception {
        assertEquals(0, entity("KANDOR", "--library", "--merge-into", "port elma"), last.err());
        assertEquals("Port Elma", page().get("name").asText());
        assertEquals(3, page().get("articles").size());
        assertTrue(last.err().contains("Merge “Kandor” into “Port Elma”"), last.err());
        assertTrue(Files.isRegularFile(home.root().resolve("library-corrections.json")));

        assertEquals(0, entity("Kandor", "--library"), last.err());
        assertEquals("Port Elma", page().get("name").asText());

        assertEquals(0, entity("Kandor", "--library", "--undo"), last.err());
        assertEquals("Kandor", page().get("name").asText());
        assertEquals(2, page().get("articles").size());
    }

    @Test
    void renameAndSplit() throws Exception {
        assertEquals(0, entity("kern", "--library", "--rename", "Paul J. Kern"), last.err());
        assertEquals("Paul J. Kern", page().get("name").asText());
        assertEquals(2, page().get("articles").size());
        assertEquals(0, entity("Maria Ortiz", "--library", "--split", "Ortiz"), last.err());
        assertEquals("Maria Ortiz", page().get("name").asText());
        assertEquals(2, page().get("mentions").asInt());
    }

    @Test
    void badCorrectionsAreRefusedWithOneLineAndNothingSaved() {
        assertEquals(2, entity("Nobody", "--library", "--rename", "Somebody"));
        assertTrue(last.err().contains("no entity in the library goes by \"Nobody\""), last.err());
        assertEquals(2, entity("Kandor", "--library", "--merge-into", "Atlantis"));
        assertEquals(2, entity("Kandor", "--library", "--rename", "X", "--split", "Y"));
        assertEquals(2, entity("Kandor", "--library", "--undo"));
        assertTrue(last.err().contains("no library-wide correction to undo"), last.err());
        assertTrue(Files.notExists(home.root().resolve("library-corrections.json")));
    }
}
