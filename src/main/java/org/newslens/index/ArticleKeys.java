package org.newslens.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.article.Article;

/** How an article is identified in the index: by its file when it has one, else by its content. */
final class ArticleKeys {
    private ArticleKeys() {
    }

    static String key(Article article) {
        return article.source() != null ? fileKey(article.source()) : "text:" + article.contentHash();
    }

    static String fileKey(Path file) {
        return "file:" + normalize(file);
    }

    static String normalize(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** The folders above {@code file}, nearest first. */
    static List<String> folders(Path file) {
        List<String> out = new ArrayList<>();
        for (Path p = file.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
            out.add(p.toString());
        }
        return out;
    }
}
