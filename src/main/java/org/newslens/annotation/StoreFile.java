package org.newslens.annotation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import org.newslens.app.LockFile;

/**
 * One article's annotation file as several writers share it (two CLI calls, the window and a CLI call):
 * its lock file, and whether another writer has replaced the file since this one last read or wrote it.
 * Every save is atomic (a new file renamed over the old), so a replaced file has a new identity.
 */
final class StoreFile {
    /** Reads a stored annotation file. */
    @FunctionalInterface
    interface Reader {
        StoredAnnotations read(Path file) throws IOException, AnnotationFormatException;
    }

    /** Long enough for any save, short enough that a hung writer is reported instead of waited for. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Path file;
    private final Path lockFile;
    private final Reader reader;
    private Object seen;

    StoreFile(Path file, Reader reader) {
        this.file = file;
        this.lockFile = lockFileOf(file);
        this.reader = reader;
    }

    static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    LockFile.Held lock() throws IOException {
        return LockFile.acquire(lockFile, PATIENCE);
    }

    /** Remembers the file as it is now on disk (after reading or writing it under the lock). */
    void markSeen() {
        seen = identity();
    }

    /**
     * The file's content when another writer has replaced it since {@link #markSeen()}, else null (also
     * when it is gone: what this writer holds is then kept and saved again).
     */
    StoredAnnotations changedSinceSeen() throws IOException, AnnotationFormatException {
        Object now = identity();
        if (now == null || Objects.equals(now, seen)) {
            return null;
        }
        StoredAnnotations latest = reader.read(file);
        seen = now;
        return latest;
    }

    private Object identity() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null
                    ? java.util.List.of(a.fileKey(), a.size(), a.lastModifiedTime())
                    : java.util.List.of(a.size(), a.lastModifiedTime(), a.creationTime());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return e.getClass(); // unreadable attributes: reading the file will say why
        }
    }
}
