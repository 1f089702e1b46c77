package org.newslens.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Files the user asks NewsLens to write (an export, {@code entities --out}): never over one of the inputs,
 * never over an existing file unless the user said so, always whole (see {@link AtomicFiles}), with the
 * usual permissions. Every command that writes a file the user named goes through here.
 */
public final class OutputFiles {

    /** The user asked for a write NewsLens refuses to do; the message says why in one line. */
    public static final class RefusedException extends Exception {
        public RefusedException(String message) {
            super(message);
        }
    }

    private OutputFiles() {
    }

    /**
     * Refuses a target that is (or would overwrite) one of {@code inputs} — the same file under any path, link
     * or symlink — a folder, or, unless {@code replace}, an existing file. Call it before the work, so that
     * nothing is computed for a write that will be refused; {@link #write} checks again.
     */
    public static void check(Path target, Collection<Path> inputs, boolean replace) throws RefusedException {
        for (Path input : inputs) {
            if (sameFile(target, input)) {
                throw new RefusedException("refusing to write " + target + ": it is the input " + input);
            }
        }
        if (Files.isDirectory(target)) {
            throw new RefusedException("cannot write " + target + ": it is a folder");
        }
        for (Path up = target.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
            if (Files.exists(up)) {
                if (!Files.isDirectory(up)) {
                    throw new RefusedException("cannot write " + target + ": " + up + " is not a folder");
                }
                break;
            }
        }
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(target + " already exists; add --force to replace it");
        }
    }

    /**
     * Writes {@code content} to {@code target} after {@link #check}: through a temporary file in the target's
     * folder, flushed and renamed. Throws {@link IOException} when the write itself fails (disk full, no
     * permission), leaving any previous file as it was.
     */
    public static void write(Path target, String content, Collection<Path> inputs, boolean replace)
            throws RefusedException, IOException {
        check(target, inputs, replace);
        try {
            AtomicFiles.writeUserFile(target, content.getBytes(StandardCharsets.UTF_8), replace);
        } catch (FileAlreadyExistsException e) {
            throw new RefusedException(target + " already exists; add --force to replace it");
        }
    }

    /** The same file under any name: the path itself, a hard link, or a symlink to it. */
    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }
}
