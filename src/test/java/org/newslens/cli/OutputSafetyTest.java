package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.Main;

/** Issue 9.1 and 9.6: no output replaces what it should not, and no write error passes for success. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Path article() throws Exception {
        return Files.writeString(dir.resolve("a.txt"), "Ferry news\n\nFerries stay in port on Thursday. Case " + UUID.randomUUID() + ".");
    }

    private static void assertRefused(CliRun run, String message) {
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void exportNeverWritesOverTheArticle() throws Exception {
        Path article = article();
        String before = Files.readString(article);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), article);
        for (Path out : new Path[] {article, link, dir.resolve(".").resolve("a.txt")}) {
            assertRefused(CliRun.of("export", article.toString(), "--what", "highlights", "--format", "md",
                    "--out", out.toString(), "--force"), "it is the input");
        }
        assertEquals(before, Files.readString(article));
    }

    @Test
    void exportReplacesAnExistingFileOnlyWithForce() throws Exception {
        Path article = article();
        Path out = Files.writeString(dir.resolve("notes.md"), "my own notes");
        assertRefused(CliRun.of("export", article.toString(), "--what", "highlights", "--format", "md", "--out", out.toString()),
                "already exists; add --force to replace it");
        assertEquals("my own notes", Files.readString(out));

        CliRun forced = CliRun.of("export", article.toString(), "--what", "highlights", "--format", "md", "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out).contains("Ferry news"), Files.readString(out));
    }

    @Test
    void entitiesOutRefusesExistingResultsBeforeAnyWork() throws Exception {
        Path article = article();
        Path outDir = Files.createDirectory(dir.resolve("results"));
        Path earlier = Files.writeString(outDir.resolve("a.entities.json"), "{\"kept\":true}");
        assertRefused(CliRun.of("entities", article.toString(), "--out", outDir.toString()), "add --force");
        assertEquals("{\"kept\":true}", Files.readString(earlier));
        // where a result would go is a link to the input itself
        Path other = Files.writeString(dir.resolve("b.txt"), "Ferries stay in port.");
        Files.createSymbolicLink(outDir.resolve("b.entities.tsv"), other);
        assertRefused(CliRun.of("entities", other.toString(), "--out", outDir.toString(), "--format", "tsv",
                "--force"), "it is the input");
        assertEquals("Ferries stay in port.", Files.readString(other));
    }

    @Test
    void aFullDiskOnStandardOutputIsExitOneWithAMessage() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "needs /dev/full (Linux)");
        Path article = article();
        JavaProcess.Result r = JavaProcess.run(JavaProcess.builder(dir.resolve("home"), Main.class, "info", article.toString()), full);
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("newslens: cannot write to standard output: No space left on device", r.err().strip());
    }
}
