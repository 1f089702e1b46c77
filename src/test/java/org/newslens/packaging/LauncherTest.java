package org.newslens.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script (target/newslens) picks each run's class-data archive: the command line's, or the window's. */
class LauncherTest {
    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void install() throws IOException {
        Files.copy(Path.of("src/main/launcher/newslens"), dir.resolve("newslens"));
        jar = Files.writeString(dir.resolve("newslens.jar"), "");
        Files.writeString(dir.resolve("newslens.jsa"), "");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    /** The java command the launcher would run (JAVA=echo prints it instead). */
    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", dir.resolve("newslens").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA", "echo");
        builder.environment().remove("NEWSLENS_JAVA_OPTS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    @Test
    void theFirstWindowRecordsItsClassesAndLaterOnesMapThem() throws Exception {
        String first = run();
        assertTrue(first.contains("-XX:ArchiveClassesAtExit=" + dir.resolve("newslens-window.jsa")), first);
        assertTrue(first.contains("-XX:TieredStopAtLevel=1"), "the window's first frame gets the cores the optimising compiler took");
        assertTrue(first.contains("-XX:CICompilerCount=1"), "one compile thread leaves the first frame a core");

        Files.writeString(dir.resolve("newslens-window.jsa"), "");
        String later = run(dir.resolve("newslens.jar").toString());
        assertTrue(later.contains("-XX:SharedArchiveFile=" + dir.resolve("newslens-window.jsa")), later);
        assertFalse(later.contains("ArchiveClassesAtExit"), later);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertTrue(run().contains("-XX:ArchiveClassesAtExit="), "a jar built since makes the archive again");
    }

    @Test
    void theCommandsUseTheBuildsArchiveAndTheQuickCompiler() throws Exception {
        String entities = run("entities", "no-such-article.txt");
        assertTrue(entities.contains("-XX:SharedArchiveFile=" + dir.resolve("newslens.jsa")), entities);
        assertTrue(entities.contains("-XX:TieredStopAtLevel=1"), entities);
        assertFalse(entities.contains("window"), entities);
        assertFalse(entities.contains("CICompilerCount"), "the commands keep the compile threads their runs were measured with");
    }
}
