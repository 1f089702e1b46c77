package org.newslens.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash or a power loss leaves either the old content or the new, never half of one:
 * the content goes to a temporary file in the target's folder, which is flushed to disk (fsync), renamed over
 * the target in one step, and then the folder itself is flushed so that the rename survives a power loss.
 * State in the data directory is written private to the user ({@link #write}); files the user asked for
 * (exports) get the usual permissions of new files, the umask's ({@link #writeUserFile}).
 */
public final class AtomicFiles {

    /** The file-system steps of a write: a seam so that a test can check their order and make one fail. */
    public interface Steps {
        /** Creates {@code tmp} (it must not exist) and writes {@code content} to it. */
        void create(Path tmp, byte[] content, FileAttribute<?>... attributes) throws IOException;

        /** Flushes a file's content and metadata to the disk. */
        void sync(Path file) throws IOException;

        /** Renames in one step, replacing the target when {@code replace}, else failing if it exists. */
        void move(Path from, Path to, boolean replace) throws IOException;

        /** Flushes a folder's entries to the disk, so that a rename in it is durable. */
        void syncDirectory(Path dir) throws IOException;

        void delete(Path file) throws IOException;
    }

    /** The names of our temporaries: {@code .<target name>.<digits>.tmp} (older versions: no dot before the digits). */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+[0-9]+\\.tmp");
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final AtomicFiles REAL = new AtomicFiles(new RealSteps());

    private final Steps steps;
    private final SecureRandom random = new SecureRandom();

    public AtomicFiles(Steps steps) {
        this.steps = steps;
    }

    /** Writes (or replaces) a file of the data directory's own state, readable by the user only. */
    public static void write(Path target, byte[] content) throws IOException {
        REAL.replace(target, content, true);
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a file the user asked for with the usual permissions (an existing file being replaced keeps its
     * own). Unless {@code replace}, fails with {@link FileAlreadyExistsException} when the target exists,
     * checked in the same step as the rename.
     */
    public static void writeUserFile(Path target, byte[] content, boolean replace) throws IOException {
        REAL.replace(target, content, false, replace);
    }

    /** As {@link #write}, through this instance's steps. */
    public void replace(Path target, byte[] content, boolean privateToUser) throws IOException {
        replace(target, content, privateToUser, true);
    }

    public void replace(Path target, byte[] content, boolean privateToUser, boolean replaceExisting) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(random.nextLong()) + ".tmp");
        try {
            steps.create(tmp, content, attributes(target, privateToUser));
            steps.sync(tmp);
            steps.move(tmp, target, replaceExisting);
            steps.syncDirectory(dir);
        } finally {
            if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                steps.delete(tmp);
            }
        }
    }

    private static FileAttribute<?>[] attributes(Path target, boolean privateToUser) throws IOException {
        if (!target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        if (privateToUser) {
            return new FileAttribute<?>[] {PRIVATE};
        }
        if (Files.isRegularFile(target)) {
            Set<PosixFilePermission> kept = Files.getFileAttributeView(target, PosixFileAttributeView.class)
                    .readAttributes().permissions();
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(kept)};
        }
        return new FileAttribute<?>[0];
    }

    /**
     * Deletes the temporaries a killed writer left in {@code dir} (only files named like ours, and only those
     * last modified before {@code olderThan}, so that a write in progress elsewhere is left alone).
     * Returns how many were deleted; a folder that cannot be listed is left as it is.
     */
    /** How old a temporary of ours must be to count as left by a killed writer rather than a write in progress. */
    public static final Duration STALE_AFTER = Duration.ofMinutes(10);

    /** {@link #deleteStaleTemporaries(Path, Instant)} of those older than {@link #STALE_AFTER}. */
    public static int deleteStaleTemporaries(Path dir) {
        return deleteStaleTemporaries(dir, Instant.now().minus(STALE_AFTER));
    }

    public static int deleteStaleTemporaries(Path dir, Instant olderThan) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                f -> TEMPORARY.matcher(f.getFileName().toString()).matches())) {
            for (Path f : files) {
                try {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(olderThan)) {
                        Files.deleteIfExists(f);
                        deleted++;
                    }
                } catch (IOException e) {
                    // another process removed or renamed it meanwhile, or it is not ours to delete
                }
            }
        } catch (IOException e) {
            return deleted;
        }
        return deleted;
    }

    /** The steps on the real file system. */
    static final class RealSteps implements Steps {
        private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

        @Override
        public void create(Path tmp, byte[] content, FileAttribute<?>... attributes) throws IOException {
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
            }
            for (FileAttribute<?> a : attributes) {
                if ("posix:permissions".equals(a.name())) {
                    // creation masks them with the umask; a replaced file's own permissions are kept as they were
                    @SuppressWarnings("unchecked")
                    Set<PosixFilePermission> permissions = (Set<PosixFilePermission>) a.value();
                    Files.setPosixFilePermissions(tmp, permissions);
                }
            }
        }

        @Override
        public void sync(Path file) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
        }

        @Override
        public void move(Path from, Path to, boolean replace) throws IOException {
            if (replace) {
                try {
                    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
                return;
            }
            // a hard link fails if the target exists, in the same step that makes it: no window for a race
            try {
                Files.createLink(to, from);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                Files.move(from, to);
                return;
            }
            Files.delete(from);
        }

        @Override
        public void syncDirectory(Path dir) throws IOException {
            if (WINDOWS) {
                return; // a folder cannot be opened for flushing there; NTFS journals the rename
            }
            try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
                ch.force(true);
            }
        }

        @Override
        public void delete(Path file) throws IOException {
            Files.deleteIfExists(file);
        }
    }
}
