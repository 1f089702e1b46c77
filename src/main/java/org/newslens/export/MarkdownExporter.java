package org.newslens.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newslens.annotation.Annotation;

/**
 * Markdown for Obsidian and Logseq notes: a header naming the article, then each passage as a {@code >}
 * quote block headed by its paragraph number, with its note, tags (as #tags) and the entities in it.
 */
public final class MarkdownExporter implements Exporter {

    @Override
    public ExportResult export(ExportDocument doc) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(ExportText.title(doc.article()))).append("\n\n");
        md.append("- Source: ").append(oneLine(ExportText.source(doc.article()))).append('\n');
        if (doc.article().byline() != null && !doc.article().byline().isBlank()) {
            md.append("- Byline: ").append(oneLine(doc.article().byline())).append('\n');
        }
        md.append("- Exported: ").append(ExportText.DATE.format(doc.exportedAt())).append(" by NewsLens\n");
        md.append("- Passages: ").append(doc.selection().describe()).append(" (").append(doc.passages().size()).append(")\n");
        for (Passage p : doc.passages()) {
            md.append("\n## ¶").append(p.paragraph());
            if (p.colour() != null) {
                md.append(" · ").append(p.colour().id());
            }
            md.append("\n\n");
            quote(md, p.text());
            details(md, p.note(), p.tags());
            if (!p.entities().isEmpty()) {
                md.append("\nEntities: ").append(p.entities().stream().map(Passage.EntityRef::toString)
                        .collect(Collectors.joining(", "))).append('\n');
            }
        }
        if (!doc.orphans().isEmpty()) {
            md.append("\n## No longer found in the text\n\nThese highlights were made on an earlier version of the article.\n");
            for (Annotation a : doc.orphans()) {
                md.append("\n### Earlier highlight · ").append(a.colour().id()).append("\n\n");
                quote(md, a.exact());
                details(md, a.note(), a.tags());
            }
        }
        List<String> warnings = new ArrayList<>();
        if (ExportText.hasAnnotations(doc)) {
            warnings.add("Markdown has no place for annotation ids and creation times: left out; JSON keeps them");
        }
        return new ExportResult(md.toString(), warnings);
    }

    private static void quote(StringBuilder md, String text) {
        for (String line : text.split("\n", -1)) {
            md.append(line.isEmpty() ? ">" : "> " + inline(line)).append('\n');
        }
    }

    private static void details(StringBuilder md, String note, List<String> tags) {
        if (!note.isBlank()) {
            md.append("\nNote: ").append(inline(note.strip()).replace("\n", "\n    ")).append('\n');
        }
        if (!tags.isEmpty()) {
            md.append("\nTags: ").append(tags.stream().map(MarkdownExporter::hashtag).collect(Collectors.joining(" "))).append('\n');
        }
    }

    /** "#roads"; a tag with spaces or punctuation in Logseq's bracket form, "#[[city council]]". */
    static String hashtag(String tag) {
        return tag.matches("[\\p{L}\\p{N}_/-]+") ? "#" + tag : "#[[" + tag.replace("]]", "] ]") + "]]";
    }

    private static String oneLine(String s) {
        return inline(s.replaceAll("\\s+", " ").strip());
    }

    /** Keeps markup in the text from turning into live HTML in a Markdown viewer: "<" becomes "&lt;". */
    static String inline(String s) {
        return s.replace("<", "&lt;");
    }
}
