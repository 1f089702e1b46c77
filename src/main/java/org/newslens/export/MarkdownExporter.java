package org.newslens.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newslens.annotation.Annotation;

/**
 * Markdown for Obsidian, Logseq and other notes tools, in one template: YAML front matter (title, author,
 * site, date, source, tags), a header naming the article, then one block per passage — a {@code >} quote
 * headed by its paragraph number, its note, tags (as #tags), entities, and a stable link back into NewsLens
 * ({@code newslens://open?file=…&start=…&end=…}) — then the notes on the whole article and the orphans.
 * Every user string is escaped ({@link MarkdownText}): no markup, HTML or link can come from a note or tag.
 */
public final class MarkdownExporter implements Exporter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    @Override
    public ExportResult export(ExportDocument doc) {
        StringBuilder md = new StringBuilder();
        frontMatter(md, doc);
        md.append("# ").append(MarkdownText.inline(ExportText.title(doc.article()))).append("\n\n");
        md.append("- Source: ").append(MarkdownText.inline(ExportText.source(doc.article()))).append('\n');
        if (doc.article().byline() != null && !doc.article().byline().isBlank()) {
            md.append("- Byline: ").append(MarkdownText.inline(doc.article().byline())).append('\n');
        }
        md.append("- Exported: ").append(ExportText.DATE.format(doc.exportedAt())).append(" by NewsLens\n");
        md.append("- Passages: ").append(MarkdownText.inline(doc.selection().describe())).append(" (").append(doc.passages().size()).append(")\n");
        for (Passage p : doc.passages()) {
            md.append("\n## ¶").append(p.paragraph());
            if (p.colour() != null) {
                md.append(" · ").append(p.colour().id());
            }
            md.append("\n\n");
            quote(md, p.text());
            details(md, p.note(), p.tags());
            if (!p.entities().isEmpty()) {
                md.append("\nEntities: ").append(p.entities().stream().map(e -> MarkdownText.inline(e.toString()))
                        .collect(Collectors.joining(", "))).append('\n');
            }
            md.append("\n[Open in NewsLens](").append(linkBack(doc, p.start(), p.end())).append(")\n");
        }
        if (!doc.articleNotes().isEmpty()) {
            md.append("\n## Notes on this article\n");
            for (Annotation n : doc.articleNotes()) {
                md.append('\n');
                if (n.inReplyTo() != null) {
                    md.append("Reply to ").append(MarkdownText.inline(n.inReplyTo())).append(":\n\n");
                }
                paragraphs(md, n.note());
                details(md, "", n.tags());
                links(md, n.links());
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

    private static void frontMatter(StringBuilder md, ExportDocument doc) {
        var article = doc.article();
        md.append("---\n");
        md.append("title: ").append(MarkdownText.yaml(ExportText.title(article))).append('\n');
        if (article.author() != null) {
            md.append("author: ").append(MarkdownText.yaml(article.author())).append('\n');
        }
        if (article.site() != null) {
            md.append("site: ").append(MarkdownText.yaml(article.site())).append('\n');
        }
        if (article.published() != null) {
            md.append("date: ").append(DAY.format(article.published())).append('\n');
        }
        md.append("source: ").append(MarkdownText.yaml(ExportText.link(article))).append('\n');
        md.append("exported: ").append(doc.exportedAt()).append('\n');
        Set<String> tags = new LinkedHashSet<>();
        doc.passages().forEach(p -> tags.addAll(p.tags()));
        doc.articleNotes().forEach(n -> tags.addAll(n.tags()));
        md.append("tags: [").append(tags.stream().map(MarkdownText::yaml).collect(Collectors.joining(", "))).append("]\n");
        md.append("---\n\n");
    }

    /** newslens://open?file=<absolute path, URL-encoded>&start=S&end=E: stable as long as the text is. */
    static String linkBack(ExportDocument doc, int start, int end) {
        String file = doc.article().source() == null ? "urn:sha256:" + doc.article().contentHash()
                : doc.article().source().toAbsolutePath().normalize().toString();
        return "newslens://open?file=" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20")
                + "&start=" + start + "&end=" + end;
    }

    private static void quote(StringBuilder md, String text) {
        for (String line : MarkdownText.lines(text)) {
            md.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
    }

    private static void paragraphs(StringBuilder md, String text) {
        for (String line : MarkdownText.lines(text.strip())) {
            md.append(line).append('\n');
        }
    }

    private static void details(StringBuilder md, String note, List<String> tags) {
        if (!note.isBlank()) {
            md.append("\nNote: ").append(String.join("\n    ", MarkdownText.lines(note.strip()))).append('\n');
        }
        if (!tags.isEmpty()) {
            md.append("\nTags: ").append(tags.stream().map(MarkdownExporter::hashtag).collect(Collectors.joining(" "))).append('\n');
        }
    }

    private static void links(StringBuilder md, List<String> links) {
        for (String link : links) {
            md.append("\nLink: ").append(MarkdownText.link(link, link)).append('\n');
        }
    }

    /** "#roads"; a tag with spaces or punctuation in Logseq's bracket form, "#[[city council]]", its markup escaped. */
    static String hashtag(String tag) {
        return tag.matches("[\\p{L}\\p{N}_/-]+") ? "#" + tag
                : "#[[" + MarkdownText.inline(tag) + "]]";
    }
}
