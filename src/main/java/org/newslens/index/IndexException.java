package org.newslens.index;

/** The index could not be read or written (disk full, permissions, in use by another NewsLens). */
public class IndexException extends RuntimeException {
    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when another process holds the index's lock (a short-lived command line, or a window closing). */
    public boolean inUse() {
        return getCause() instanceof org.apache.lucene.store.LockObtainFailedException;
    }
}
