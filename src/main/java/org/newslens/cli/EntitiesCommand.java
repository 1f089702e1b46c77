package org.newslens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.CoreNlpTagger;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;
import org.newslens.nlp.RecognitionProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entities",
        description = {"Print the people, places, groups, figures and dates of each FILE, grouped into entities.",
                "Offsets (start, end exclusive) are UTF-16 character offsets into the article text exactly as "
                        + "NewsLens loads and shows it (paragraphs joined by one blank line)."})
public final class EntitiesCommand extends CliCommand {

    enum Format { json, tsv }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.entities.json (or .tsv) per input instead of printing.")
    Path out;

    @Option(names = "--with-text", description = "Put each article's text (the one the offsets point into) in the JSON.")
    boolean withText;

    @Option(names = "--force", description = "Replace files --out would write that exist already.")
    boolean force;

    @Mixin
    Workers workers;

    /** Made in {@link #call} once the models are loading, so Jackson's start-up runs beside them rather than before. */
    private ObjectMapper json;

    @Override
    public Integer call() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        Article first = null;
        for (Path f : files) { // every input is checked before any output; none is kept (see below)
            try {
                Article article = loader.load(f);
                first = first == null ? article : first;
            } catch (ArticleLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        List<Path> targets = out == null ? List.of() : targets();
        AppHome home = DataFolder.require();
        EntityService service = EntityService.createDefault(home);
        if (first != null && !service.isCached(first)) {
            // the models load while the rest is set up, instead of when the first text reaches a worker
            Thread warmUp = new Thread(() -> {
                try {
                    service.warmUp();
                } catch (RuntimeException e) {
                    // the first recognition loads them again and reports why
                }
            }, "newslens-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        json = Json.mapper();
        // the reader's corrections (made in the window or with `annotate`) override the recogniser
        AnnotationStorage annotations = AnnotationsFolder.of(home);
        PrintWriter stdout = out();
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            inputs.add(i);
        }
        // Files are streamed: loaded and analysed a few ahead on the workers, each result written out and
        // dropped in input order, so memory stays flat for any number of files.
        boolean jsonArray = out == null && format == Format.json && files.size() > 1;
        SequenceWriter array = jsonArray
                ? json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(stdout).init(true) : null;
        try {
            service.analyseInOrder(inputs, i -> loader.load(files.get(i)), workers.count(), i -> progress(files.get(i)), (i, article, recognised) -> {
                EntityAnalysis result = annotations.corrected(article, recognised);
                if (out != null) {
                    UserFiles.write(targets.get(i), render(files.get(i), article, result), files, force);
                } else if (format == Format.tsv) {
                    stdout.print(tsv(files.get(i), article, result));
                } else if (array != null) {
                    array.write(node(files.get(i), article, result));
                } else {
                    stdout.println(json.writeValueAsString(node(files.get(i), article, result)));
                }
            });
        } catch (EntityService.BatchException e) {
            throw new BadInputException(e.getMessage());
        }
        if (array != null) {
            array.close();
            stdout.println();
        }
        CoreNlpTagger.Skipped skipped = service.skippedCharacters();
        if (skipped.characters() > 0) {
            PrintWriter stderr = err();
            stderr.printf(Locale.ROOT, "entities: skipped %d character(s) the tokenizer cannot read, in %d file(s) (first: %s)%n",
                    skipped.characters(), skipped.texts(), skipped.example());
            stderr.flush();
        }
        stdout.flush();
        return NewsLensCommand.OK;
    }

    /** For a text long enough to be recognised in segments, a line on stderr at every tenth of the way. */
    private RecognitionProgress progress(Path file) {
        PrintWriter stderr = err();
        int[] lastTenth = {0};
        return (done, total) -> {
            int tenth = (int) (done * 10 / Math.max(1, total));
            if (total > CoreNlpRecogniser.SEGMENT_CHARS && tenth > lastTenth[0]) {
                lastTenth[0] = tenth;
                stderr.printf(Locale.ROOT, "entities: %s: %d%% of %,d characters%n", file, tenth * 10, total);
                stderr.flush();
            }
        };
    }

    private List<Path> targets() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException("--out must be a directory: " + out);
        }
        String ext = format == Format.tsv ? ".entities.tsv" : ".entities.json";
        List<Path> targets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            if (!seen.add(stem)) {
                throw new BadInputException("Two inputs would both write " + out.resolve(stem + ext) + "; rename one");
            }
            targets.add(out.resolve(stem + ext));
            UserFiles.check(out.resolve(stem + ext), files, force);
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("Cannot create " + out + ": " + e.getMessage());
        }
        return targets;
    }

    private String render(Path file, Article article, EntityAnalysis analysis) throws IOException {
        return format == Format.tsv ? tsv(file, article, analysis) : json.writeValueAsString(node(file, article, analysis)) + "\n";
    }

    private CliJson.ArticleEntities node(Path file, Article article, EntityAnalysis analysis) {
        return CliJson.ArticleEntities.of(file, article, analysis, withText);
    }

    /** Two tab-separated tables per file: its mentions, then its entities; tabs and newlines in text become spaces. */
    private static String tsv(Path file, Article article, EntityAnalysis analysis) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(file).append('\n');
        sb.append("# sha256 ").append(article.contentHash()).append('\n');
        sb.append("start\tend\ttext\tlabel\tentity\tcontext\n");
        for (Mention m : analysis.mentions()) {
            sb.append(m.start()).append('\t').append(m.end()).append('\t').append(clean(m.text())).append('\t')
                    .append(m.label()).append('\t').append(m.entity()).append('\t')
                    .append(m.context() == null ? "" : clean(m.context())).append('\n');
        }
        sb.append('\n').append("id\tname\tlabel\taliases\tmentions\n");
        for (Entity e : analysis.entities()) {
            sb.append(e.id()).append('\t').append(clean(e.name())).append('\t').append(e.label()).append('\t')
                    .append(clean(String.join("|", e.aliases()))).append('\t').append(e.mentions()).append('\n');
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
