package org.newslens.article;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: writes a file and loads it with a fresh loader. */
final class Articles {
    private Articles() {
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, String content, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    static Article load(Path dir, String name, String content) throws IOException, ArticleLoadException {
        return new ArticleLoader().load(write(dir, name, content));
    }

    static String[] paragraphTexts(Article article) {
        return article.paragraphs().stream().map(article::paragraphText).toArray(String[]::new);
    }
}
