package org.newslens.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.Paragraph;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.Mention;

/**
 * What the commands print as JSON, as records bound by Jackson: the order of the components is the order of
 * the fields in the output. Every object describing one article's offsets carries {@code sha256}, the SHA-256
 * of the text the offsets point into, and, when asked ({@code --with-text}), that {@code text} itself: new
 * commands that print offsets do the same through {@link #textOf}.
 */
final class CliJson {
    private CliJson() {
    }

    /** Prints {@code value} as one line of JSON, flushed. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (IOException e) {
            throw new WriteFailedException("cannot write the output: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** The text itself when the user asked for it, else null (left out of the output). */
    static String textOf(Article article, boolean withText) {
        return withText ? article.text() : null;
    }

    record Info(String file, String title, String byline, String author, String published, String site, String language,
                String format, String encoding, int wordCount, int readingMinutes, String sha256, List<InfoParagraph> paragraphs) {
        static Info of(Article article) {
            return new Info(String.valueOf(article.source()), article.title(), article.byline(), article.author(),
                    article.published() == null ? null : article.published().toString(), article.site(), article.language(),
                    article.format().name(), article.encoding(), article.wordCount(), article.readingMinutes(), article.contentHash(),
                    article.paragraphs().stream().map(p -> InfoParagraph.of(article, p)).toList());
        }
    }

    record InfoParagraph(int number, int start, int end, String kind, String text) {
        static InfoParagraph of(Article article, Paragraph p) {
            return new InfoParagraph(p.number(), p.start(), p.end(), p.kind().name(), article.paragraphText(p));
        }
    }

    record ArticleEntities(String file, String sha256, @JsonInclude(JsonInclude.Include.NON_NULL) String text,
                           List<MentionJson> mentions, List<EntityJson> entities) {
        static ArticleEntities of(Path file, Article article, EntityAnalysis analysis, boolean withText) {
            return new ArticleEntities(file.toString(), article.contentHash(), textOf(article, withText),
                    analysis.mentions().stream().map(MentionJson::of).toList(),
                    analysis.entities().stream().map(EntityJson::of).toList());
        }
    }

    record MentionJson(int start, int end, String text, String label, String entity,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String context) {
        static MentionJson of(Mention m) {
            return new MentionJson(m.start(), m.end(), m.text(), m.label().name(), m.entity(), m.context());
        }
    }

    record EntityJson(String id, String name, String label, List<String> aliases, int mentions) {
        static EntityJson of(Entity e) {
            return new EntityJson(e.id(), e.name(), e.label().name(), e.aliases(), e.mentions());
        }
    }

    record Search(String query, int total, List<SearchArticle> articles, List<Hit> hits) {
    }

    /** An article with hits: which text the hits' offsets point into. */
    record SearchArticle(String file, String sha256, @JsonInclude(JsonInclude.Include.NON_NULL) String text) {
    }

    record Hit(String file, int start, int end, String text, int paragraph, String snippet) {
    }
}
