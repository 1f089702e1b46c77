package org.newslens.index;

/** The index could not be read or written (disk full, permissions, in use by another NewsLens). */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
