package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writesContentAndCreatesMissingDirectories() throws Exception {
        Path target = dir.resolve("a/b/settings.json");
        AtomicFiles.writeString(target, "{\"theme\":\"dark\"}");
        assertEquals("{\"theme\":\"dark\"}", Files.readString(target));
    }

    @Test
    void replacesExistingContentCompletelyAndLeavesNoTemporaryFiles() throws Exception {
        Path target = dir.resolve("state.json");
        AtomicFiles.writeString(target, "a much longer first version of the file");
        AtomicFiles.writeString(target, "short");
        assertEquals("short", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void nonAsciiTextIsWrittenAsUtf8() throws Exception {
        Path target = dir.resolve("notes.txt");
        AtomicFiles.writeString(target, "Genève “quoted”");
        assertEquals("Genève “quoted”", Files.readString(target));
    }

    @Test
    void failedWriteKeepsWhatWasThereAndCleansUp() throws Exception {
        Path target = dir.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "new"));
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of(target), listing());
        assertTrue(Files.isDirectory(target));
    }
}
