package org.newslens.export;

/** Writes an export document in one format. */
public interface Exporter {
    ExportResult export(ExportDocument document);
}
