package org.newslens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import org.newslens.nlp.Mention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "entities",
        description = {"Print the people, places, groups, figures and dates of each FILE, grouped into entities.",
                "Offsets (start, end exclusive) are UTF-16 character offsets into the article text exactly as "
                        + "NewsLens loads and shows it (paragraphs joined by one blank line)."})
public final class EntitiesCommand implements Callable<Integer> {

    enum Format { json, tsv }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or tsv.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/NAME.entities.json (or .tsv) per input instead of printing.")
    Path out;

    @Option(names = "--force", description = "Replace files --out would write that exist already.")
    boolean force;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = Json.mapper();

    @Override
    public Integer call() throws Exception {
        ArticleLoader loader = new ArticleLoader();
        List<Article> articles = new ArrayList<>();
        for (Path f : files) {
            try {
                articles.add(loader.load(f));
            } catch (ArticleLoadException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        List<Path> targets = out == null ? List.of() : targets();
        AppHome home = AppHome.fromEnvironment();
        EntityService service = EntityService.createDefault(home);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        List<EntityAnalysis> recognised = service.analyseAll(articles, workers);
        // the reader's corrections (made in the window or with `annotate`) override the recogniser
        AnnotationStorage annotations = AnnotationsFolder.of(home);
        List<EntityAnalysis> results = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            results.add(annotations.corrected(articles.get(i), recognised.get(i)));
        }

        PrintWriter stdout = spec.commandLine().getOut();
        if (out != null) {
            for (int i = 0; i < articles.size(); i++) {
                UserFiles.write(targets.get(i), render(files.get(i), results.get(i)), files, force);
            }
        } else if (format == Format.tsv) {
            for (int i = 0; i < articles.size(); i++) {
                stdout.print(tsv(files.get(i), results.get(i)));
            }
        } else if (articles.size() == 1) {
            stdout.println(json.writeValueAsString(node(files.get(0), results.get(0))));
        } else {
            ArrayNode all = json.createArrayNode();
            for (int i = 0; i < articles.size(); i++) {
                all.add(node(files.get(i), results.get(i)));
            }
            stdout.println(json.writeValueAsString(all));
        }
        stdout.flush();
        return NewsLensCommand.OK;
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

    private String render(Path file, EntityAnalysis analysis) throws IOException {
        return format == Format.tsv ? tsv(file, analysis) : json.writeValueAsString(node(file, analysis)) + "\n";
    }

    private ObjectNode node(Path file, EntityAnalysis analysis) {
        ObjectNode root = json.createObjectNode();
        root.put("file", file.toString());
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : analysis.mentions()) {
            ObjectNode n = mentions.addObject();
            n.put("start", m.start());
            n.put("end", m.end());
            n.put("text", m.text());
            n.put("label", m.label().name());
            n.put("entity", m.entity());
            if (m.context() != null) {
                n.put("context", m.context());
            }
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : analysis.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("label", e.label().name());
            ArrayNode aliases = n.putArray("aliases");
            e.aliases().forEach(aliases::add);
            n.put("mentions", e.mentions());
        }
        return root;
    }

    /** Two tab-separated tables per file: its mentions, then its entities; tabs and newlines in text become spaces. */
    private static String tsv(Path file, EntityAnalysis analysis) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(file).append('\n');
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
