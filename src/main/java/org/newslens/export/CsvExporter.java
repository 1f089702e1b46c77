package org.newslens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV, one row per passage: start, end, paragraph, text, note, tags, colour, entities. Lines end
 * in CRLF; a field with a comma, quote or line break is quoted and its quotes doubled. Tags and entities
 * are joined with "; ".
 */
public final class CsvExporter implements Exporter {
    public static final List<String> HEADER = List.of("start", "end", "paragraph", "text", "note", "tags", "colour", "entities");

    @Override
    public ExportResult export(ExportDocument doc) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (Passage p : doc.passages()) {
            row(csv, List.of(
                    Integer.toString(p.start()),
                    Integer.toString(p.end()),
                    Integer.toString(p.paragraph()),
                    p.text(),
                    p.note(),
                    String.join("; ", p.tags()),
                    p.colour() == null ? "" : p.colour().id(),
                    p.entities().stream().map(Passage.EntityRef::toString).collect(Collectors.joining("; "))));
        }
        List<String> warnings = new ArrayList<>(ExportText.orphanWarning(doc, "CSV"));
        if (ExportText.hasAnnotations(doc)) {
            warnings.add("CSV has no place for annotation ids and creation times: left out; JSON keeps them");
        }
        return new ExportResult(csv.toString(), warnings);
    }

    static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
