package org.newslens.index;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.newslens.article.Article;

/** Which indexed articles a search looks at: all of them, one article, or those under a folder. */
public final class SearchScope {
    enum Kind { ALL, ARTICLE, FOLDER }

    private final Kind kind;
    private final String value;

    private SearchScope(Kind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /** The whole library. */
    public static SearchScope all() {
        return new SearchScope(Kind.ALL, null);
    }

    /** One article, as it was indexed (by its file, or by its content when it has no file). */
    public static SearchScope article(Article article) {
        return new SearchScope(Kind.ARTICLE, ArticleKeys.key(article));
    }

    /** The article indexed from {@code file}. */
    public static SearchScope file(Path file) {
        return new SearchScope(Kind.ARTICLE, ArticleKeys.fileKey(file));
    }

    /** Every article indexed from a file under {@code folder}, at any depth. */
    public static SearchScope folder(Path folder) {
        return new SearchScope(Kind.FOLDER, ArticleKeys.normalize(folder));
    }

    Kind kind() {
        return kind;
    }

    String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchScope s && s.kind == kind && Objects.equals(s.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase(Locale.ROOT) + " " + value;
    }
}
