package org.newslens.ui.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.library.CooccurrenceGraph;

/**
 * The sentences behind a link, as text: each evidence's article is read once (the article on screen is not read at
 * all), and a sentence whose article is gone or has changed since it was indexed says so instead. Runs on a worker.
 *
 * @param known an article already in memory (the one on screen), or null
 */
record EvidenceReader(ArticleLoader loader, Article known) {
    /** At most this many sentences are read for one link; the rest are counted. */
    static final int MAX_ROWS = 200;

    List<EvidenceRow> read(List<CooccurrenceGraph.Evidence> evidence) {
        Map<String, Article> articles = new HashMap<>();
        if (known != null) {
            articles.put(known.contentHash(), known);
        }
        List<EvidenceRow> rows = new ArrayList<>();
        for (CooccurrenceGraph.Evidence e : evidence.subList(0, Math.min(MAX_ROWS, evidence.size()))) {
            Article a = articles.computeIfAbsent(e.sha256(), hash -> load(e.file()));
            if (a != null && a.contentHash().equals(e.sha256()) && e.end() <= a.text().length()) {
                rows.add(new EvidenceRow(e, a.title(), a.text().substring(e.start(), e.end()).replaceAll("\\s+", " ")));
            } else {
                rows.add(new EvidenceRow(e, e.file() == null ? "" : Path.of(e.file()).getFileName().toString(),
                        "(this article has changed or gone since it was indexed)"));
            }
        }
        return rows;
    }

    private Article load(String file) {
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return null;
        }
        try {
            return loader.load(Path.of(file));
        } catch (ArticleLoadException e) {
            return null;
        }
    }
}
