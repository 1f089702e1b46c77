package org.newslens.article;

/** An article could not be loaded. The message is written for the user: one line, no stack trace needed. */
public class ArticleLoadException extends Exception {
    public ArticleLoadException(String message) {
        super(message);
    }

    public ArticleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
