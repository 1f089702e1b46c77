package org.newslens.export;

import java.util.List;
import org.jsoup.nodes.Entities;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.HighlightColour;

/** One self-contained, styled HTML file. Every string from the article or the user is escaped. */
public final class HtmlExporter implements Exporter {

    @Override
    public ExportResult export(ExportDocument doc) {
        String title = ExportText.title(doc.article());
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"NewsLens\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">Source: ")
                .append(escape(ExportText.source(doc.article())));
        if (doc.article().byline() != null && !doc.article().byline().isBlank()) {
            h.append(" · ").append(escape(doc.article().byline()));
        }
        h.append("<br>Exported ").append(escape(ExportText.DATE.format(doc.exportedAt()))).append(" by NewsLens · ")
                .append(escape(doc.selection().describe())).append(" (").append(doc.passages().size()).append(")</p>\n</header>\n<main>\n");
        for (Passage p : doc.passages()) {
            Annotation a = p.annotation();
            h.append("<section class=\"passage").append(p.colour() == null ? "" : " c-" + p.colour().id()).append('"');
            if (a != null) {
                h.append(" id=\"").append(escape(a.id())).append("\" title=\"Created ")
                        .append(escape(a.created().toString())).append('"');
            }
            h.append(">\n<p class=\"where\">¶ ").append(p.paragraph()).append(" · characters ").append(p.start())
                    .append("–").append(p.end());
            if (p.colour() != null) {
                h.append(" · ").append(p.colour().id());
            }
            h.append("</p>\n<blockquote>").append(escape(p.text())).append("</blockquote>\n");
            details(h, p.note(), p.tags());
            if (!p.entities().isEmpty()) {
                h.append("<p class=\"entities\">");
                for (Passage.EntityRef e : p.entities()) {
                    h.append("<span class=\"entity\">").append(escape(e.name())).append(" <small>")
                            .append(escape(e.label())).append("</small></span> ");
                }
                h.append("</p>\n");
            }
            h.append("</section>\n");
        }
        if (doc.passages().isEmpty()) {
            h.append("<p class=\"empty\">Nothing to export.</p>\n");
        }
        h.append("</main>\n");
        if (!doc.articleNotes().isEmpty()) {
            h.append("<aside class=\"article-notes\">\n<h2>Notes on this article</h2>\n");
            for (Annotation n : doc.articleNotes()) {
                h.append("<section class=\"passage note-on-article\" id=\"").append(escape(n.id())).append("\">\n");
                if (n.inReplyTo() != null) {
                    h.append("<p class=\"where\">Reply to ").append(escape(n.inReplyTo())).append("</p>\n");
                }
                details(h, n.note(), n.tags());
                for (String link : n.links()) {
                    String scheme = MarkdownText.schemeOf(link);
                    h.append("<p class=\"link\">").append(scheme.equals("http") || scheme.equals("https")
                            ? "<a href=\"" + escape(link) + "\">" + escape(link) + "</a>" : escape(link)).append("</p>\n");
                }
                h.append("</section>\n");
            }
            h.append("</aside>\n");
        }
        if (!doc.orphans().isEmpty()) {
            h.append("<aside>\n<h2>No longer found in the text</h2>\n");
            for (Annotation a : doc.orphans()) {
                h.append("<section class=\"passage orphan c-").append(a.colour().id()).append("\" id=\"")
                        .append(escape(a.id())).append("\">\n<blockquote>").append(escape(a.exact())).append("</blockquote>\n");
                details(h, a.note(), a.tags());
                h.append("</section>\n");
            }
            h.append("</aside>\n");
        }
        h.append("</body>\n</html>\n");
        return new ExportResult(h.toString(), List.of());
    }

    private static void details(StringBuilder h, String note, List<String> tags) {
        if (!note.isBlank()) {
            h.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        if (!tags.isEmpty()) {
            h.append("<p class=\"tags\">");
            for (String t : tags) {
                h.append("<span class=\"tag\">").append(escape(t)).append("</span> ");
            }
            h.append("</p>\n");
        }
    }

    private static String css() {
        StringBuilder css = new StringBuilder("""
                body { font: 17px/1.55 Georgia, 'DejaVu Serif', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
                header { border-bottom: 1px solid #ddd; margin-bottom: 1.5em; }
                h1 { font-size: 1.6em; margin-bottom: .2em; }
                .meta, .where { font: 13px/1.4 system-ui, sans-serif; color: #666; }
                .passage { margin: 1.4em 0; padding: .2em 1em; border-left: 4px solid #bbb; }
                blockquote { margin: .3em 0; white-space: pre-wrap; }
                .note { white-space: pre-wrap; font-style: italic; }
                .tag, .entity { display: inline-block; font: 13px system-ui, sans-serif; background: #eee; border-radius: 3px; padding: 0 .4em; margin-right: .3em; }
                .entity small { color: #666; }
                .orphan { opacity: .8; }
                """);
        for (HighlightColour c : HighlightColour.values()) {
            css.append(".c-").append(c.id()).append(" { border-left-color: ").append(c.css())
                    .append("; } .c-").append(c.id()).append(" blockquote { background: ").append(c.css()).append("; }\n");
        }
        return css.toString();
    }

    /** Escapes text for HTML element content and double-quoted attribute values (jsoup's escaper). */
    public static String escape(String s) {
        return Entities.escape(s == null ? "" : s);
    }
}
