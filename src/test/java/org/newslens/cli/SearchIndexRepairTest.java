package org.newslens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.Json;

/**
 * {@code search} over a damaged index (issue 9, item 3): the damage is noticed, set aside and repaired
 * from the articles, said once on stderr, with exit 0 and the right hits; the next search says nothing.
 */
class SearchIndexRepairTest {
    private static final String STORY = "Rebels brutalised the valley.\n\nThe rebels then left the valley for the hills.";

    @TempDir
    Path dir;

    private final Path index = AppHome.fromEnvironment().root().resolve("index");

    private CliRun search(Path file) {
        return CliRun.of("search", file.toString(), "valley");
    }

    private void assertTwoHits(CliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, Json.mapper().readTree(run.out()).get("total").asInt(), run.out());
    }

    @Test
    void aDeletedSegmentIsRepairedAndSaidOnce() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        assertTwoHits(search(story));
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("_.*\\.(cfs|fdt|tim|doc)")).toList()) {
                Files.delete(f);
            }
        }

        CliRun repaired = search(story);
        assertTwoHits(repaired);
        assertEquals(1, repaired.err().lines().count(), repaired.err());
        assertTrue(repaired.err().contains("rebuilt") && repaired.err().contains(".damaged-"), repaired.err());
        assertFalse(repaired.err().contains("temporary index"), repaired.err());

        CliRun next = search(story);
        assertTwoHits(next);
        assertEquals("", next.err());
    }

    @Test
    void aPlainFileInPlaceOfTheIndexIsSetAsideNotExit1() throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        deleteTree(index);
        Files.writeString(index, "not an index");

        CliRun repaired = search(story);
        assertTwoHits(repaired);
        assertEquals(1, repaired.err().lines().count(), repaired.err());
        assertTrue(repaired.err().contains("rebuilt"), repaired.err());
        assertTrue(Files.isDirectory(index));

        CliRun next = search(story);
        assertTwoHits(next);
        assertEquals("", next.err());
    }

    private static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
