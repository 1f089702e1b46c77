package org.newslens.app;

/** How a failure is put into words for a reader, in one place. */
public final class Errors {
    private Errors() {
    }

    /**
     * The failure's own message, or that of the first cause that has one (a wrapper often has none), or
     * else the name of its kind ({@code OutOfMemoryError}): never null or blank.
     */
    public static String message(Throwable error) {
        Throwable cause = error;
        while ((cause.getMessage() == null || cause.getMessage().isBlank()) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
