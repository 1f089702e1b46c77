package org.newslens.annotation;

/** Annotations could not be saved; the change was not kept in memory either, so disk and screen agree. */
public class AnnotationStorageException extends RuntimeException {
    public AnnotationStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
