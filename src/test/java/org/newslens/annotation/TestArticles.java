package org.newslens.annotation;

import java.nio.file.Path;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;

final class TestArticles {
    private TestArticles() {
    }

    /** Writes {@code raw} to {@code file} and loads it from there. */
    static Article written(Path file, String raw) throws java.io.IOException {
        java.nio.file.Files.writeString(file, raw);
        return article(file, raw);
    }

    static Article article(Path source, String raw) {
        try {
            return new ArticleLoader().fromPlainText(source, raw);
        } catch (ArticleLoadException e) {
            throw new IllegalStateException(e);
        }
    }
}
