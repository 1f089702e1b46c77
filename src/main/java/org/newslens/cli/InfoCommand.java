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
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Print the loaded article as JSON: title, byline, paragraphs with their character ranges, word count.")
public final class InfoCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
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
        ArrayNode paragraphs = out.putArray("paragraphs");
        for (Paragraph p : article.paragraphs()) {
            ObjectNode node = paragraphs.addObject();
            node.put("number", p.number());
            node.put("start", p.start());
            node.put("end", p.end());
            node.put("kind", p.kind().name());
            node.put("text", article.paragraphText(p));
        }
        System.out.println(json.writeValueAsString(out));
        return NewsLensCommand.OK;
    }
}
