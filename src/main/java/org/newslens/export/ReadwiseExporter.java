package org.newslens.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newslens.annotation.Annotation;

/**
 * Readwise's CSV import format: columns Highlight (the quote), Title, Author, URL, Note, Location, Date.
 * Tags go into the note as Readwise's inline tags (".roads .city-council", before the note's text);
 * Location is the highlight's character offset, so Readwise keeps reading order; Date is when the highlight
 * was made (UTC, "yyyy-MM-dd HH:mm:ss"). Notes on the whole article become rows whose Highlight is the note.
 */
public final class ReadwiseExporter implements Exporter {
    public static final List<String> HEADER = List.of("Highlight", "Title", "Author", "URL", "Note", "Location", "Date");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public ExportResult export(ExportDocument doc) {
        String title = ExportText.title(doc.article());
        String author = doc.article().author() == null ? "" : doc.article().author();
        String url = ExportText.link(doc.article());
        List<List<String>> rows = new ArrayList<>();
        for (Passage p : doc.passages()) {
            Annotation a = p.annotation();
            rows.add(List.of(p.text(), title, author, url, note(p.note(), p.tags()), Integer.toString(p.start()),
                    a == null ? "" : DATE.format(a.created())));
        }
        for (Annotation n : doc.articleNotes()) {
            rows.add(List.of(n.note().isBlank() ? "(note on the article)" : n.note(), title, author, url,
                    note("", n.tags()), "", DATE.format(n.created())));
        }
        List<String> warnings = new ArrayList<>(ExportText.orphanWarning(doc, "Readwise CSV"));
        return new ExportResult(CsvTable.write(HEADER, rows), warnings);
    }

    /** ".roads .city-council Note text": Readwise reads leading ".tag" words as tags. */
    static String note(String note, List<String> tags) {
        String inline = tags.stream().map(t -> "." + t.strip().replaceAll("\\s+", "-")).collect(Collectors.joining(" "));
        return (inline + (inline.isEmpty() || note.isBlank() ? "" : " ") + note.strip()).strip();
    }
}
