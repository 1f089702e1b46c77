package org.newslens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationFormatException;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.AnnotationReader;
import org.newslens.annotation.ImportReport;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "annotate",
        description = "Highlight passages of an article, list its annotations, or import a W3C Web Annotation file."
                + " Offsets are the same UTF-16 character offsets as `entities` prints.",
        subcommands = {AnnotateCommand.Add.class, AnnotateCommand.ListAnnotations.class, AnnotateCommand.Import.class})
public final class AnnotateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The article.")
    Path file;

    @Option(names = "--user-name", paramLabel = "NAME",
            description = "Credit new annotations to NAME (else user.json in the data directory, $NEWSLENS_USER_NAME, the login name).")
    String userName;

    @Override
    public Integer call() {
        throw new BadInputException("annotate FILE needs an action: add, list or import");
    }

    AnnotationStore openStore() {
        Article article = loadArticle(file);
        return AnnotationsFolder.open(DataFolder.require(), userName, article, err());
    }

    static Article loadArticle(Path file) {
        try {
            return new ArticleLoader().load(file);
        } catch (ArticleLoadException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static String describe(Annotation a, Article article) {
        StringBuilder line = new StringBuilder();
        line.append(a.start()).append("..").append(a.end())
                .append(" ¶").append(article.paragraphAt(a.start()).number())
                .append(' ').append(a.colour().id())
                .append(" “").append(oneLine(a.exact())).append('”');
        if (!a.note().isEmpty()) {
            line.append(" note: ").append(oneLine(a.note()));
        }
        if (!a.tags().isEmpty()) {
            line.append(" tags: ").append(String.join(", ", a.tags()));
        }
        line.append("  [").append(a.id()).append(']');
        return line.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Command(name = "add", description = "Highlight [START, END) with an optional colour, note and tags.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        AnnotateCommand parent;

        @Option(names = "--start", required = true, description = "First character (UTF-16 offset).")
        int start;

        @Option(names = "--end", required = true, description = "Character after the last (exclusive).")
        int end;

        @Option(names = {"--color", "--colour"}, defaultValue = "yellow",
                description = "yellow, green, blue, pink or purple (default: ${DEFAULT-VALUE}).")
        String colour;

        @Option(names = "--note", defaultValue = "", description = "A note beside the passage.")
        String note;

        @Option(names = "--tag", description = "A tag; repeat for several.")
        List<String> tags = new ArrayList<>();

        @Override
        public Integer call() {
            HighlightColour c;
            try {
                c = HighlightColour.parse(colour);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            AnnotationStore store = parent.openStore();
            int length = store.article().text().length();
            if (start < 0 || end > length || start >= end) {
                throw new BadInputException("range " + start + ".." + end + " is outside the text (0.." + length + ")");
            }
            AnnotationEditor editor = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC());
            Annotation a;
            try {
                a = editor.highlight(start, end, c, note, tags);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            parent.out().println("added " + describe(a, store.article()));
            parent.out().println("stored in " + store.file());
            return NewsLensCommand.OK;
        }
    }

    @Command(name = "list", description = "List the article's annotations in reading order, orphans last, and where they are stored.")
    static final class ListAnnotations implements Callable<Integer> {
        @ParentCommand
        AnnotateCommand parent;

        @Override
        public Integer call() {
            AnnotationStore store = parent.openStore();
            PrintWriter out = parent.out();
            out.println("Annotations stored in " + store.file());
            List<Annotation> placed = store.annotations();
            if (placed.isEmpty() && store.orphans().isEmpty() && store.articleNotes().isEmpty()) {
                out.println("(no annotations)");
            }
            for (Annotation a : placed) {
                out.println(describe(a, store.article()));
            }
            if (!store.orphans().isEmpty()) {
                out.println("Orphans (no longer found in the text, kept):");
                for (Annotation a : store.orphans()) {
                    out.println("  was " + a.start() + ".." + a.end() + " " + a.colour().id() + " “" + oneLine(a.exact()) + "”"
                            + (a.note().isEmpty() ? "" : " note: " + oneLine(a.note())) + "  [" + a.id() + "]");
                }
            }
            if (!store.articleNotes().isEmpty()) {
                out.println("Notes on this article:");
                for (Annotation a : store.articleNotes()) {
                    out.println("  " + (a.inReplyTo() != null ? "reply to " + a.inReplyTo() + ": " : "")
                            + (a.note().isEmpty() ? "(no text)" : oneLine(a.note()))
                            + (a.tags().isEmpty() ? "" : " tags: " + String.join(", ", a.tags()))
                            + (a.links().isEmpty() ? "" : " links: " + String.join(" ", a.links()))
                            + (a.creator() == null ? "" : " by " + a.creator()) + "  [" + a.id() + "]");
                }
            }
            if (!store.corrections().isEmpty()) {
                out.println("Entity corrections:");
                store.corrections().forEach(c -> out.println("  " + c.describe()));
            }
            if (!store.speakerCorrections().isEmpty()) {
                out.println("Speaker corrections:");
                store.speakerCorrections().forEach(c -> out.println("  " + c.describe()));
            }
            return NewsLensCommand.OK;
        }
    }

    @Command(name = "import", description = {"Add the annotations of a W3C Web Annotation file (e.g. from `export --format json`,"
            + " any W3C tool) or a Hypothesis export or API file.",
            "Prints what happened to each: imported, anchored exactly or fuzzily, orphaned (kept), notes on the whole article,"
                    + " skipped with the reason. Exit 0 when anything was imported, 2 when nothing could be."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        AnnotateCommand parent;

        @Parameters(index = "0", paramLabel = "FILE.json")
        Path json;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(json)) {
                throw new BadInputException("No such file: " + json);
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(json)) {
                root = AnnotationReader.parse(Json.mapper(), in);
            } catch (AnnotationFormatException e) {
                throw new BadInputException(json + ": " + e.getMessage());
            } catch (IOException e) {
                throw new BadInputException("cannot read " + json + ": " + e.getMessage());
            }
            AnnotationStore store = parent.openStore();
            Article article = store.article();
            AnnotationReader.Result read;
            try {
                read = new AnnotationReader(article.text(), AnnotationEditor.sourceOf(store), Clock.systemUTC().instant()).read(root);
            } catch (AnnotationFormatException e) {
                throw new BadInputException(json + ": " + e.getMessage());
            }
            ImportReport report = new AnnotationEditor(store, new CommandHistory(), Clock.systemUTC()).importRead(read);
            report.lines().forEach(parent.out()::println);
            if (!report.importedAny()) {
                parent.out().flush();
                throw new BadInputException("nothing could be imported from " + json);
            }
            parent.out().println("stored in " + store.file());
            return NewsLensCommand.OK;
        }
    }
}
