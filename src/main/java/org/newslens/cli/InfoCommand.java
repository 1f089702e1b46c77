package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.article.Paragraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "info", description = "Print the loaded article as JSON: title, byline, author, published, site, language, format, encoding, word count, "
        + "reading time and the paragraphs with their character ranges.")
public final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A plain-text, Markdown or HTML article.")
    Path file;

    @Override
    public Integer call() throws Exception {
        Article article;
        try {
            article = new ArticleLoader().load(file);
        } catch (ArticleLoadException e) {
            throw new BadInputException(e.getMessage());
        }
        ObjectMapper json = Json.mapper();
        ObjectNode out = json.createObjectNode();
        out.put("file", String.valueOf(article.source()));
        out.put("title", article.title());
        out.put("byline", article.byline());
        out.put("author", article.author());
        out.put("published", article.published() == null ? null : article.published().toString());
        out.put("site", article.site());
        out.put("language", article.language());
        out.put("format", article.format().name());
        out.put("encoding", article.encoding());
        out.put("wordCount", article.wordCount());
        out.put("readingMinutes", article.readingMinutes());
        ArrayNode paragraphs = out.putArray("paragraphs");
        for (Paragraph p : article.paragraphs()) {
            ObjectNode node = paragraphs.addObject();
            node.put("number", p.number());
            node.put("start", p.start());
            node.put("end", p.end());
            node.put("kind", p.kind().name());
            node.put("text", article.paragraphText(p));
        }
        spec.commandLine().getOut().println(json.writeValueAsString(out));
        spec.commandLine().getOut().flush();
        return NewsLensCommand.OK;
    }
}
