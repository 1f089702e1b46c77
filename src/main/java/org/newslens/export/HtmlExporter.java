package org.newslens.export;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.HighlightColour;

/**
 * One self-contained, styled HTML file, built as a jsoup document: every string from the article or the user is
 * a text node or an attribute value, so the structure and the escaping are jsoup's.
 */
public final class HtmlExporter implements Exporter {

    @Override
    public ExportResult export(ExportDocument doc) {
        String title = ExportText.title(doc.article());
        Document html = Document.createShell("");
        html.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        html.prependChild(new DocumentType("html", "", ""));
        html.selectFirst("html").attr("lang", "en");
        Element head = html.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "generator").attr("content", "NewsLens");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css()));
        Element body = html.body();

        Element header = body.appendElement("header");
        header.appendElement("h1").text(title);
        Element meta = header.appendElement("p").addClass("meta").appendText("Source: " + ExportText.source(doc.article()));
        if (doc.article().byline() != null && !doc.article().byline().isBlank()) {
            meta.appendText(" · " + doc.article().byline());
        }
        meta.appendElement("br");
        meta.appendText("Exported " + ExportText.DATE.format(doc.exportedAt()) + " by NewsLens · " + doc.selection().describe()
                + " (" + doc.passages().size() + ")");

        Element main = body.appendElement("main");
        for (Passage p : doc.passages()) {
            Element section = passage(main, p.colour(), p.annotation() == null ? null : p.annotation().id());
            if (p.annotation() != null) {
                section.attr("title", "Created " + p.annotation().created());
            }
            section.appendElement("p").addClass("where").text("¶ " + p.paragraph() + " · characters " + p.start() + "–" + p.end()
                    + (p.colour() == null ? "" : " · " + p.colour().id()));
            section.appendElement("blockquote").text(p.text());
            details(section, p.note(), p.tags());
            if (!p.entities().isEmpty()) {
                Element entities = section.appendElement("p").addClass("entities");
                for (Passage.EntityRef e : p.entities()) {
                    Element entity = entities.appendElement("span").addClass("entity").appendText(e.name() + " ");
                    entity.appendElement("small").text(e.label());
                    entities.appendText(" ");
                }
            }
        }
        if (doc.passages().isEmpty()) {
            main.appendElement("p").addClass("empty").text("Nothing to export.");
        }
        if (!doc.articleNotes().isEmpty()) {
            Element aside = body.appendElement("aside").addClass("article-notes");
            aside.appendElement("h2").text("Notes on this article");
            for (Annotation n : doc.articleNotes()) {
                Element section = passage(aside, null, n.id()).addClass("note-on-article");
                if (n.inReplyTo() != null) {
                    section.appendElement("p").addClass("where").text("Reply to " + n.inReplyTo());
                }
                details(section, n.note(), n.tags());
                for (String link : n.links()) {
                    String scheme = MarkdownText.schemeOf(link);
                    Element line = section.appendElement("p").addClass("link");
                    if (scheme.equals("http") || scheme.equals("https")) {
                        line.appendElement("a").attr("href", link).text(link);
                    } else {
                        line.text(link);
                    }
                }
            }
        }
        if (!doc.orphans().isEmpty()) {
            Element aside = body.appendElement("aside");
            aside.appendElement("h2").text("No longer found in the text");
            for (Annotation a : doc.orphans()) {
                Element section = passage(aside, a.colour(), a.id()).addClass("orphan");
                section.appendElement("blockquote").text(a.exact());
                details(section, a.note(), a.tags());
            }
        }
        return new ExportResult(html.outerHtml() + "\n", List.of());
    }

    /** A passage's section: its colour as a class, the annotation's id (when it has one) as the anchor. */
    private static Element passage(Element parent, HighlightColour colour, String id) {
        Element section = parent.appendElement("section").addClass("passage");
        if (colour != null) {
            section.addClass("c-" + colour.id());
        }
        if (id != null) {
            section.id(id);
        }
        return section;
    }

    private static void details(Element section, String note, List<String> tags) {
        if (!note.isBlank()) {
            section.appendElement("p").addClass("note").text(note);
        }
        if (!tags.isEmpty()) {
            Element line = section.appendElement("p").addClass("tags");
            for (String t : tags) {
                line.appendElement("span").addClass("tag").text(t);
                line.appendText(" ");
            }
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
}
