package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durability (issue 8.7, 9.4): the order of the file-system steps, and what a failure or a kill leaves. */
class AtomicFilesStepsTest {
    @TempDir
    Path dir;

    /** The real steps, each recorded as it happens; {@code failAt} makes one of them fail. */
    private static final class Recording implements AtomicFiles.Steps {
        final AtomicFiles.Steps real = new AtomicFiles.RealSteps();
        final List<String> log = new ArrayList<>();
        String failAt = "";

        private void step(String name, Path p) throws IOException {
            log.add(name + " " + p.getFileName());
            if (failAt.equals(name)) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void create(Path tmp, byte[] content, FileAttribute<?>... attributes) throws IOException {
            step("create", tmp);
            real.create(tmp, content, attributes);
        }

        @Override
        public void sync(Path file) throws IOException {
            step("sync", file);
            real.sync(file);
        }

        @Override
        public void move(Path from, Path to, boolean replace) throws IOException {
            step("move", from);
            real.move(from, to, replace);
        }

        @Override
        public void syncDirectory(Path d) throws IOException {
            step("syncDirectory", d);
            real.syncDirectory(d);
        }

        @Override
        public void delete(Path file) throws IOException {
            step("delete", file);
            real.delete(file);
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void theTemporaryIsFlushedBeforeTheRenameAndTheFolderAfterIt() throws Exception {
        Recording steps = new Recording();
        Path target = dir.resolve("store.json");
        new AtomicFiles(steps).replace(target, "{}".getBytes(StandardCharsets.UTF_8), true);

        assertEquals(4, steps.log.size(), steps.log.toString());
        String tmp = steps.log.get(0).substring("create ".length());
        assertTrue(tmp.startsWith(".store.json.") && tmp.endsWith(".tmp"), tmp);
        assertEquals(List.of("create " + tmp, "sync " + tmp, "move " + tmp, "syncDirectory " + dir.getFileName()), steps.log);
        assertEquals("{}", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void aFailedFlushLeavesTheOldFileAndNoTemporary() throws Exception {
        Path target = dir.resolve("store.json");
        Files.writeString(target, "old");
        Recording steps = new Recording();
        steps.failAt = "sync";
        assertThrows(IOException.class, () -> new AtomicFiles(steps).replace(target, "new".getBytes(StandardCharsets.UTF_8), true));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing());
        assertFalse(steps.log.stream().anyMatch(s -> s.startsWith("move")), steps.log.toString());
    }

    @Test
    void stateIsPrivateAndUserFilesGetTheUsualPermissions() throws Exception {
        Path state = dir.resolve("state.json");
        AtomicFiles.writeString(state, "{}");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));

        Path usual = Files.createFile(dir.resolve("usual.txt")); // created with the umask, as any program would
        Path export = dir.resolve("export.md");
        AtomicFiles.writeUserFile(export, "# x".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(export));

        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.writeUserFile(export, "# y".getBytes(StandardCharsets.UTF_8), true);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(export)), "a replaced file keeps its permissions");
        assertEquals("# y", Files.readString(export));
    }

    @Test
    void withoutReplaceAnExistingFileIsKept() throws Exception {
        Path target = dir.resolve("mine.md");
        Files.writeString(target, "mine");
        assertThrows(FileAlreadyExistsException.class,
                () -> AtomicFiles.writeUserFile(target, "theirs".getBytes(StandardCharsets.UTF_8), false));
        assertEquals("mine", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void staleTemporariesOfAKilledWriterAreDeletedButNotOthers() throws Exception {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        Path stale = Files.writeString(dir.resolve(".abc.json.8812739123.tmp"), "{\"trunc");
        Path staleOldStyle = Files.writeString(dir.resolve(".abc.json4411.tmp"), "{");
        Path fresh = Files.writeString(dir.resolve(".abc.json.77.tmp"), "{\"being written");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "user file");
        Path data = Files.writeString(dir.resolve("abc.json"), "{}");
        for (Path p : List.of(stale, staleOldStyle, notOurs, data)) {
            Files.setLastModifiedTime(p, FileTime.from(now.minus(Duration.ofHours(2))));
        }
        Files.setLastModifiedTime(fresh, FileTime.from(now.minusSeconds(5)));

        assertEquals(2, AtomicFiles.deleteStaleTemporaries(dir, now.minus(Duration.ofMinutes(10))));
        assertEquals(List.of(".abc.json.77.tmp", "abc.json", "notes.tmp"),
                listing().stream().map(p -> p.getFileName().toString()).sorted().toList());
    }
}
