package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.export.AnalysisExporter;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What `quotes`, `timeline` and `figures` share: the files, the format, and one run of entities plus analysis. */
final class AnalysisOptions {
    enum Format { json, tsv, csv, md }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (default), tsv, or an export: csv or md (a Markdown table).")
    Format format;

    @Mixin
    Workers workers;

    @Option(names = "--with-text", description = "Put each article's text (the one the offsets point into) in the JSON.")
    boolean withText;

    /** The articles as loaded, in the order of {@link #files}: their sha256 names the text the offsets point into. */
    private final List<Article> loaded = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Analyses every file and prints one JSON object per file (an array for several), or TSV tables. */
    int print(AnalysisTable<?> table) throws Exception {
        List<ArticleAnalysis> results = analyse();
        ObjectMapper mapper = Json.mapper();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv || format == Format.md) {
            AnalysisExporter exporter = new AnalysisExporter(mapper);
            AnalysisExporter.What what = AnalysisExporter.What.valueOf(table.name().toUpperCase(java.util.Locale.ROOT));
            for (int i = 0; i < results.size(); i++) {
                out.print(exporter.export(articles.get(i), results.get(i), what, format.name()));
            }
        } else if (format == Format.tsv) {
            for (int i = 0; i < results.size(); i++) {
                out.println("# " + files.get(i));
                out.println("# sha256 " + loaded.get(i).contentHash());
                for (String row : table.tsv(results.get(i))) {
                    out.println(row);
                }
                out.println();
            }
        } else {
            List<AnalysisTable.ArticleJson> all = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                ArticleAnalysis a = results.get(i);
                all.add(new AnalysisTable.ArticleJson(files.get(i).toString(), loaded.get(i).contentHash(),
                        CliJson.textOf(loaded.get(i), withText), a.articleDate(), table.name(), table.jsonRows(a)));
            }
            out.println(mapper.writeValueAsString(all.size() == 1 ? all.get(0) : all));
        }
        out.flush();
        return NewsLensCommand.OK;
    }

    private List<Article> articles = List.of();

    List<ArticleAnalysis> analyse() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        List<Article> articles = new ArrayList<>();
        this.articles = articles;
        for (Path f : files) {
            try {
                articles.add(loader.load(f));
            } catch (ArticleLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        loaded.clear();
        loaded.addAll(articles);
        AppHome home = DataFolder.require();
        EntityService entities = EntityService.createDefault(home);
        AnalysisService analysis = AnalysisService.createDefault(home);
        AnnotationStorage annotations = AnnotationsFolder.of(home);
        List<EntityAnalysis> recognised = entities.analyseAll(articles, workers.count());
        List<ArticleAnalysis> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            EntityAnalysis corrected = annotations.corrected(a, recognised.get(i));
            out.add(annotations.correctedSpeakers(a, corrected, analysis.analyse(a, corrected)));
        }
        return out;
    }

    static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
