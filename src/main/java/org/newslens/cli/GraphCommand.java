package org.newslens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.library.CooccurrenceGraphs;
import org.newslens.library.GraphWriter;
import org.newslens.nlp.EntityLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "graph",
        description = "Who appears with whom, in one article (FILE) or the whole library (--library): entities as nodes "
                + "with their mentions, an edge between two entities named in the same sentence (or paragraph, --by paragraph), "
                + "weighted by the number of such sentences; each sentence is evidence (file, sha256, start, end: character offsets into the "
                + "article text, as in `entities`).")
public final class GraphCommand extends LibraryBackedCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "An article file; or give --library.")
    Path file;

    @Option(names = "--library", description = "The graph of every article in the library (the index `search` builds).")
    boolean library;

    @Option(names = "--format", defaultValue = "json", description = "json (default), graphml, gexf (Gephi) or csv (one edge a row).")
    GraphWriter.Format format;

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N", description = "Leave out edges with fewer than N shared sentences (or paragraphs).")
    int minWeight;

    @Option(names = "--by", defaultValue = "sentence", paramLabel = "UNIT",
            description = "Link two entities named in the same sentence (default) or the same paragraph.")
    CooccurrenceGraphs.Unit by;

    @Option(names = "--category", split = ",", paramLabel = "CATEGORY", description = "Only these categories: person, place, group, figure, date.")
    List<String> categories;

    GraphCommand(LibraryData data) {
        super(data);
    }

    @Override
    public Integer call() throws Exception {
        if (library == (file != null)) {
            throw new BadInputException("graph needs either a FILE or --library");
        }
        if (minWeight < 1) {
            throw new BadInputException("--min-weight must be 1 or more");
        }
        DataFolder.require(data.home());
        CooccurrenceGraphs graphs = new CooccurrenceGraphs(categories(), minWeight, by);
        CooccurrenceGraph graph;
        if (library) {
            try (LuceneArticleIndex index = openIndex()) {
                graph = graphs.of(index);
            }
        } else {
            graph = ofFile(graphs);
        }
        PrintWriter out = out();
        new GraphWriter().write(graph, format, out);
        if (format != GraphWriter.Format.csv) {
            out.println();
        }
        out.flush();
        return NewsLensCommand.OK;
    }

    private CooccurrenceGraph ofFile(CooccurrenceGraphs graphs) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException("No such file: " + file);
        }
        Article article;
        try {
            article = new ArticleLoader().load(file);
        } catch (ArticleLoadException e) {
            throw new BadInputException(e.getMessage());
        }
        try (LuceneArticleIndex alone = LuceneArticleIndex.inMemory()) {
            alone.index(article, data.entities().analyse(article));
            return graphs.of(alone);
        }
    }

    private Set<EntityLabel> categories() {
        Set<EntityLabel> out = EnumSet.noneOf(EntityLabel.class);
        if (categories != null) {
            for (String c : categories) {
                out.add(EntityLabel.forQueryField(c.strip()).orElseThrow(() -> new BadInputException(
                        "Unknown category: " + c.strip() + " (person, place, group, figure, date)")));
            }
        }
        return out;
    }
}
