package org.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.export.ExportDocument;
import org.newslens.export.ExportFormat;
import org.newslens.export.ExportResult;
import org.newslens.export.ExportSelection;
import org.newslens.export.Exporters;
import org.newslens.export.IndexQueryHits;
import org.newslens.export.PassageFinder;
import org.newslens.export.QueryHits;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export",
        description = {"Export passages of an article: highlights (all, of a colour, of a tag), the sentences "
                + "mentioning an entity, or those matching a search; or the entity list.",
                "Whatever a format cannot hold is named in a warning on stderr."})
public final class ExportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Option(names = "--what", required = true, paramLabel = "WHAT",
            description = "highlights | color:C | tag:T | entity:NAME | query:Q | entities")
    String what;

    @Option(names = "--format", defaultValue = "md",
            description = "md | html | csv | json (W3C) | hypothesis (Hypothesis JSON) | readwise (Readwise CSV) (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    OutputFile output;

    @Option(names = "--user-name", paramLabel = "NAME",
            description = "Credit annotations without a creator to NAME (else user.json in the data directory, $NEWSLENS_USER_NAME, the login name).")
    String userName;

    @Override
    public Integer call() throws IOException {
        ExportSelection selection;
        ExportFormat exportFormat;
        try {
            selection = ExportSelection.parse(what);
            exportFormat = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!exportFormat.supports(selection.kind())) {
            throw new BadInputException(exportFormat.refusal(selection));
        }
        output.check(file);
        Article article = AnnotateCommand.loadArticle(file);
        PrintWriter err = err();
        AppHome home = DataFolder.require();
        AnnotationStore store = AnnotationsFolder.open(home, null, article, err);

        EntityAnalysis entities = EntityAnalysis.empty();
        if (needsEntities(selection, exportFormat)) {
            entities = store.corrected(EntityService.createDefault(home).analyse(article));
        }
        ExportDocument doc;
        try {
            doc = new PassageFinder(queryHits()).find(article, store.annotations(), store.orphans(), store.articleNotes(), entities,
                    selection, Clock.systemUTC().instant());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        } catch (QueryHits.BadQueryException e) {
            throw new BadInputException("bad query: " + e.getMessage());
        }
        ExportResult result = new Exporters(WebAnnotationCodec.forUser(home, userName)).export(doc, exportFormat);
        output.deliver(result.content(), file, describeCount(doc));
        if (doc.passages().isEmpty() && selection.kind() != ExportSelection.Kind.ENTITY_LIST) {
            err.println("newslens: warning: nothing to export: no " + selection.describe());
        }
        result.warnings().forEach(w -> err.println("newslens: warning: " + w));
        return NewsLensCommand.OK;
    }

    private static boolean needsEntities(ExportSelection selection, ExportFormat format) {
        return selection.kind().needsEntities() || format.namesPassageEntities();
    }

    private static QueryHits queryHits() {
        return new IndexQueryHits();
    }

    private static String describeCount(ExportDocument doc) {
        return doc.selection().kind() == ExportSelection.Kind.ENTITY_LIST
                ? doc.entities().entities().size() + " entities"
                : doc.passages().size() + " passage(s)";
    }
}
