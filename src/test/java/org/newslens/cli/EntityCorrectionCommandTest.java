package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import picocli.CommandLine;

/** {@code entity NAME --library --merge-into/--rename/--split/--undo} over article files indexed in the test. */
class EntityCorrectionCommandTest {
    @TempDir
    Path dir;
    private AppHome home;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void library() throws Exception {
        home = new AppHome(Files.createDirectories(dir.resolve("home")));
        List<Path> files = InventedFiles.write(dir);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
            new LibraryIndexer(index, new ArticleLoader(), entities()).addFiles(files, (d, t, c) -> { }, () -> false);
        }
    }

    private CorrectedEntities entities() {
        return new CorrectedEntities(InventedFiles.RECOGNISER, AnnotationsFolder.of(home));
    }

    private int entity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = NewsLensCommand.withHandlers(new CommandLine(new EntityCommand(home, entities())));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return NewsLensCommand.execute(cl, null, args);
    }

    private JsonNode page() throws Exception {
        return Json.mapper().readTree(out.toString());
    }

    @Test
    void mergeIntoPrintsTheMergedPageAndAFreshRunStillSeesItUntilUndone() throws Exception {
        assertEquals(0, entity("KANDOR", "--library", "--merge-into", "port elma"), err.toString());
        assertEquals("Port Elma", page().get("name").asText());
        assertEquals(3, page().get("articles").size());
        assertTrue(err.toString().contains("Merge “Kandor” into “Port Elma”"), err.toString());
        assertTrue(Files.isRegularFile(home.root().resolve("library-corrections.json")));

        assertEquals(0, entity("Kandor", "--library"), err.toString());
        assertEquals("Port Elma", page().get("name").asText());

        assertEquals(0, entity("Kandor", "--library", "--undo"), err.toString());
        assertEquals("Kandor", page().get("name").asText());
        assertEquals(2, page().get("articles").size());
    }

    @Test
    void renameAndSplit() throws Exception {
        assertEquals(0, entity("kern", "--library", "--rename", "Paul J. Kern"), err.toString());
        assertEquals("Paul J. Kern", page().get("name").asText());
        assertEquals(2, page().get("articles").size());
        assertEquals(0, entity("Maria Ortiz", "--library", "--split", "Ortiz"), err.toString());
        assertEquals("Maria Ortiz", page().get("name").asText());
        assertEquals(2, page().get("mentions").asInt());
    }

    @Test
    void badCorrectionsAreRefusedWithOneLineAndNothingSaved() {
        assertEquals(2, entity("Nobody", "--library", "--rename", "Somebody"));
        assertTrue(err.toString().contains("no entity in the library goes by \"Nobody\""), err.toString());
        assertEquals(2, entity("Kandor", "--library", "--merge-into", "Atlantis"));
        assertEquals(2, entity("Kandor", "--library", "--rename", "X", "--split", "Y"));
        assertEquals(2, entity("Kandor", "--library", "--undo"));
        assertTrue(err.toString().contains("no library-wide correction to undo"), err.toString());
        assertTrue(Files.notExists(home.root().resolve("library-corrections.json")));
    }
}
