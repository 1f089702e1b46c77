package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "info", description = "Print the loaded article as JSON: title, byline, author, published, site, language, format, encoding, word count, "
        + "reading time and the paragraphs with their character ranges.")
public final class InfoCommand extends CliCommand {

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
        CliJson.Info info = CliJson.Info.of(article);
        out().println(json.writeValueAsString(info));
        out().flush();
        return NewsLensCommand.OK;
    }
}
