package org.newslens.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.Paragraph;
import org.newslens.article.SourceFormat;

/** Articles written for UI tests: body paragraphs, optionally a closing byline, joined as the loader joins them. */
public final class TestArticles {
    private TestArticles() {
    }

    public static Article article(String title, String byline, String... body) {
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(body));
        if (byline != null) {
            all.add(byline);
        }
        for (int i = 0; i < all.size(); i++) {
            if (i > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(all.get(i));
            boolean isByline = byline != null && i == all.size() - 1;
            paragraphs.add(new Paragraph(i + 1, start, text.length(), isByline ? Paragraph.Kind.BYLINE : Paragraph.Kind.BODY));
        }
        String t = text.toString();
        return new Article(Path.of("test-article.txt"), title, byline, t, paragraphs, SourceFormat.TEXT, "UTF-8", ArticleLoader.sha256(t));
    }
}
