package org.newslens.cli;

/** Bad input from the user (missing file, bad query, …): exit code 2 with the message on stderr. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
