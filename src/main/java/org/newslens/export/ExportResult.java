package org.newslens.export;

import java.util.List;

/** The exported file's content and what the format could not hold ("CSV has no place for …: left out"). */
public record ExportResult(String content, List<String> warnings) {
    public ExportResult {
        warnings = List.copyOf(warnings);
    }
}
