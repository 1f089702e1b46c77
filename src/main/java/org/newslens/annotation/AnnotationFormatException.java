package org.newslens.annotation;

/** A JSON document that is not a W3C Web Annotation (collection) NewsLens can read; the message says why. */
public class AnnotationFormatException extends Exception {
    public AnnotationFormatException(String message) {
        super(message);
    }

    public AnnotationFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
