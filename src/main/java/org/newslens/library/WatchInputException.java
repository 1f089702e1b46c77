package org.newslens.library;

/** A watch list the reader asked for cannot be made as asked (no names, a bad query, a name taken): one line saying why. */
public class WatchInputException extends RuntimeException {
    public WatchInputException(String message) {
        super(message);
    }
}
