package org.newslens.cli;

/** A write failed (disk full, no permission, standard output closed): exit code 1 with the message on stderr. */
public class WriteFailedException extends RuntimeException {
    public WriteFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
