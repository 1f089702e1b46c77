package org.newslens.export;

import org.newslens.annotation.WebAnnotationCodec;

/** The exporter for each format, and the one call the CLI and the File ▸ Export dialog make. */
public final class Exporters {
    private final WebAnnotationCodec codec;

    public Exporters(WebAnnotationCodec codec) {
        this.codec = codec;
    }

    public Exporter forFormat(ExportFormat format) {
        return switch (format) {
            case MD -> new MarkdownExporter();
            case HTML -> new HtmlExporter();
            case CSV -> new CsvExporter();
            case JSON -> new WebAnnotationExporter(codec);
            case HYPOTHESIS -> new HypothesisExporter(codec.mapper());
            case READWISE -> new ReadwiseExporter();
        };
    }

    /**
     * Exports the document; an entity list ({@link ExportSelection.Kind#ENTITY_LIST}) goes to CSV or JSON only.
     *
     * @throws IllegalArgumentException for an entity list in Markdown or HTML
     */
    public ExportResult export(ExportDocument document, ExportFormat format) {
        if (!format.supports(document.selection().kind())) {
            throw new IllegalArgumentException(format.refusal(document.selection()));
        }
        if (document.selection().kind() == ExportSelection.Kind.ENTITY_LIST) {
            EntityListExporter entities = new EntityListExporter(codec.mapper());
            return switch (format) {
                case CSV -> entities.csv(document);
                case JSON -> entities.json(document);
                default -> throw new IllegalArgumentException(format.refusal(document.selection()));
            };
        }
        return forFormat(format).export(document);
    }
}
