package org.newslens.ui.export;

import java.nio.file.Path;
import java.util.List;

/**
 * How an export went: the file written, how many passages (or entities) it holds and what the format could
 * not hold; or the error that stopped it (then {@code file} is null and nothing was written).
 */
public record ExportOutcome(Path file, String summary, List<String> warnings, String error) {
    public ExportOutcome {
        warnings = List.copyOf(warnings);
    }

    public static ExportOutcome failed(String error) {
        return new ExportOutcome(null, "", List.of(), error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
