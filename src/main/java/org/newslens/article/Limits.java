package org.newslens.article;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What one document may cost: at most {@code maxText} characters of text taken from it, and, for zip-based
 * formats (EPUB, DOCX), at most {@link #MAX_ZIP_ENTRIES} entries and {@link #MAX_UNZIPPED} bytes unpacked in
 * all, counted as they are inflated (a zip's own size fields can lie).
 */
final class Limits {
    static final int MAX_ZIP_ENTRIES = 10_000;
    static final long MAX_UNZIPPED = 200L * 1024 * 1024;

    private final long maxText;
    private long text;

    Limits(long maxText) {
        this.maxText = maxText;
    }

    /** Counts {@code chars} more characters of text; refuses the document once the total passes the limit. */
    void addText(Path file, long chars) throws ArticleLoadException {
        text += chars;
        if (text > maxText) {
            throw new ArticleLoadException(String.format(Locale.ROOT,
                    "%s holds more text than an article may have: over %,d characters.", file, maxText));
        }
    }
}
