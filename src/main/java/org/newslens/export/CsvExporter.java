package org.newslens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newslens.annotation.Annotation;

/**
 * CSV ({@link CsvTable}: RFC 4180, formula injection neutralised), one row per passage: start, end,
 * paragraph, text, note, tags, colour, entities; tags and entities joined with "; ". Notes on the whole
 * article follow as rows without start, end and text.
 */
public final class CsvExporter implements Exporter {
    public static final List<String> HEADER = List.of("start", "end", "paragraph", "text", "note", "tags", "colour", "entities");

    @Override
    public ExportResult export(ExportDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        for (Passage p : doc.passages()) {
            rows.add(List.of(
                    Integer.toString(p.start()),
                    Integer.toString(p.end()),
                    Integer.toString(p.paragraph()),
                    p.text(),
                    p.note(),
                    String.join("; ", p.tags()),
                    p.colour() == null ? "" : p.colour().id(),
                    p.entities().stream().map(Passage.EntityRef::toString).collect(Collectors.joining("; "))));
        }
        for (Annotation n : doc.articleNotes()) {
            rows.add(List.of("", "", "", "", n.note(), String.join("; ", n.tags()), "", ""));
        }
        List<String> warnings = new ArrayList<>(ExportText.orphanWarning(doc, "CSV"));
        if (ExportText.hasAnnotations(doc)) {
            warnings.add("CSV has no place for annotation ids and creation times: left out; JSON keeps them");
        }
        return new ExportResult(CsvTable.write(HEADER, rows), warnings);
    }
}
