package org.newslens.index;

/** What {@link ArticleIndex#index} did with an article. */
public enum IndexOutcome {
    /** The article was new to the index. */
    ADDED,
    /** The same file was indexed before with other content; the old version is gone. */
    REPLACED,
    /** The same file with the same content is already indexed; nothing was done. */
    UNCHANGED
}
