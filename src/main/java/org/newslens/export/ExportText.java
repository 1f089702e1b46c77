package org.newslens.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.newslens.article.Article;

/** Small helpers the formats share. */
final class ExportText {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ExportText() {
    }

    static String source(Article article) {
        return article.source() == null ? "(not from a file)" : article.source().toString();
    }

    /** The article as a link: its file as a file:// URI, or its content hash when it is not from a file. */
    static String link(Article article) {
        return article.source() == null ? "urn:sha256:" + article.contentHash()
                : article.source().toAbsolutePath().normalize().toUri().toString();
    }

    static String title(Article article) {
        return article.title() == null || article.title().isBlank() ? "Untitled article" : article.title();
    }

    /** Warnings for things every passage format shares. */
    static List<String> orphanWarning(ExportDocument doc, String format) {
        List<String> out = new ArrayList<>();
        if (!doc.orphans().isEmpty()) {
            out.add(format + " has no place for " + doc.orphans().size()
                    + " highlight(s) no longer found in the article's text (orphans): left out; JSON keeps them");
        }
        return out;
    }

    static boolean hasAnnotations(ExportDocument doc) {
        return doc.passages().stream().anyMatch(p -> p.annotation() != null) || !doc.orphans().isEmpty();
    }

    static boolean hasEntities(ExportDocument doc) {
        return doc.passages().stream().anyMatch(p -> !p.entities().isEmpty());
    }
}
