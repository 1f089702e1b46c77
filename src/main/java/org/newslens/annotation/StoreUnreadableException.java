package org.newslens.annotation;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An annotation file exists but cannot be read for a reason other than its content (no permission, an I/O
 * error, a folder in its place): nothing is moved or started afresh, the user is told why in one line.
 */
public class StoreUnreadableException extends IOException {
    public StoreUnreadableException(Path file, IOException cause) {
        super("cannot read " + file + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().toLowerCase(java.util.Locale.ROOT);
    }
}
