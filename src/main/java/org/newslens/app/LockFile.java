package org.newslens.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock between processes ({@link FileChannel#lock} on a lock file that is never deleted) and
 * between the threads of this process. The lock file stays: deleting it would let two writers lock two files.
 */
public final class LockFile {
    /**
     * One in-process lock per lock file: the operating system's lock belongs to the whole process, and a
     * second channel of the same process locking the same file fails instead of waiting.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Released by {@link #close()}. */
    public record Held(ReentrantLock local, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (local == null) {
                return; // a nested acquisition by the thread that holds the lock
            }
            try {
                lock.release();
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }

    private LockFile() {
    }

    /**
     * Waits up to {@code patience} for the lock; fails with an {@link IOException} saying so rather than
     * hang when another process keeps it.
     */
    public static Held acquire(Path lockFile, Duration patience) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            return new Held(null, null, null);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            if (!local.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(lockFile + " is held by another task for over " + patience.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + lockFile, e);
        }
        FileChannel channel = null;
        try {
            channel = open(key);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return new Held(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(lockFile + " is locked by another NewsLens process for over "
                            + patience.toSeconds() + " s");
                }
                Thread.sleep(10);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        } catch (InterruptedException e) {
            closeQuietly(channel);
            local.unlock();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + lockFile, e);
        }
    }

    private static FileChannel open(Path file) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return FileChannel.open(file, options);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock was never taken; nothing to release
            }
        }
    }
}
