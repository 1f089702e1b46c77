package org.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleHits;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexException;
import org.newslens.index.IndexOutcome;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LibraryReport;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.PendingAdditions;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchHit;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchScope;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search",
        description = "Search an article or every article under a folder (Lucene query syntax: words, \"phrases\", "
                + "AND/OR/NOT, wild*cards, fuzzy~, \"near words\"~5, person:/place:/group:/figure:/date:/entity:, speaker: and quote: for who said what, "
                + "date:[2021-01-01 TO 2021-12-31] for normalised dates). "
                + "Hits are character ranges of the article text, as in `entities`. Uses the index in the data directory. "
                + "A query that starts with '-' goes after '--': search PATH -- '-word other'.")
public final class SearchCommand extends LibraryBackedCommand {

    enum Format { json, text }

    @Parameters(index = "0", paramLabel = "PATH", description = "An article file (.txt, .md, .html, .pdf, .epub, .docx, .eml) or a folder of them.")
    Path path;

    @Parameters(index = "1", paramLabel = "QUERY")
    String query;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--with-text", description = "Put each matching article's text (the one the offsets point into) in the JSON.")
    boolean withText;

    /** The library's index was in use: searched in memory, and the path asked to be added later. */
    private boolean temporary;

    SearchCommand(LibraryData data) {
        super(data);
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(path)) {
            throw new BadInputException("No such file or folder: " + path);
        }
        DataFolder.require(data.home());
        PrintWriter err = err();
        SearchResult result;
        try (ArticleIndex index = openIndex(err)) {
            SearchScope scope = Files.isDirectory(path) ? indexFolder(index, err) : indexFile(index);
            result = index.search(query, scope, Integer.MAX_VALUE);
            if (temporary) {
                new PendingAdditions(data.indexDir()).request(List.of(path));
                err.println("newslens: " + path + " is added to the library when the library is next opened"
                        + " (the window's next start, or a command here once the window is closed).");
            }
        } catch (QuerySyntaxException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = out();
        if (format == Format.json) {
            out.println(json(result));
        } else {
            printText(out, result);
        }
        out.flush();
        return NewsLensCommand.OK;
    }

    private ArticleIndex openIndex(PrintWriter err) throws IOException {
        try {
            return data.openRecovered(err);
        } catch (IndexException e) {
            err.println("newslens: " + e.getMessage() + " Searching a temporary index instead.");
            err.flush();
            temporary = true;
            return LuceneArticleIndex.inMemory();
        }
    }

    private SearchScope indexFile(ArticleIndex index) {
        Article article;
        try {
            article = new ArticleLoader().load(path);
        } catch (ArticleLoadException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!index.isIndexed(article) || data.entities().mayHaveChanged(article)) {
            if (index.index(article, data.entities()) != IndexOutcome.UNCHANGED) {
                index.commit();
            }
        }
        return SearchScope.article(article);
    }

    private SearchScope indexFolder(ArticleIndex index, PrintWriter err) throws IOException {
        boolean terminal = System.console() != null;
        LibraryReport report = new LibraryIndexer(index, new ArticleLoader(), data.entities()).addFolder(path, (done, total, current) -> {
            if (terminal && total > 1) {
                err.print(current == null ? "\r\033[K" : "\r\033[KIndexing " + (done + 1) + "/" + total + ": " + current.getFileName());
                err.flush();
            }
        }, () -> false);
        for (LibraryReport.Problem p : report.problems()) {
            err.println("newslens: skipped: " + p.message());
        }
        err.flush();
        return SearchScope.folder(path);
    }

    /** The entity service (cache first, then recognition), started only when an article is not yet indexed. */
    static final class RecognisedEntities implements EntitySource {
        private final AppHome home;
        private EntityService service;

        RecognisedEntities(AppHome home) {
            this.home = home;
        }

        @Override
        public EntityAnalysis analyse(Article article) {
            if (service == null) {
                try {
                    service = EntityService.createDefault(home);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return service.analyse(article);
        }
    }

    /** A hit's file as the user named it: the path given, or that folder joined with the file's place in it. */
    private String shown(Path file) {
        if (file == null) {
            return null;
        }
        if (!Files.isDirectory(path)) {
            return path.toString();
        }
        Path folder = path.toAbsolutePath().normalize();
        return file.startsWith(folder) ? path.resolve(folder.relativize(file)).toString() : file.toString();
    }

    private String json(SearchResult result) throws IOException {
        List<CliJson.SearchArticle> articles = new ArrayList<>();
        for (ArticleHits a : result.articles()) {
            if (!a.hits().isEmpty()) {
                articles.add(new CliJson.SearchArticle(shown(a.file()), a.contentHash(), withText ? textOf(a) : null));
            }
        }
        List<CliJson.Hit> hits = result.hits().stream().map(h -> new CliJson.Hit(shown(h.file()), h.start(), h.end(), h.text(),
                h.paragraph(), h.snippet().marked())).toList();
        return Json.mapper().writeValueAsString(new CliJson.Search(result.query(), result.total(), articles, hits));
    }

    /** The text the hits point into, read again from the file; refused if the file changed since it was indexed. */
    private static String textOf(ArticleHits hits) {
        try {
            Article article = new ArticleLoader().load(hits.file());
            if (!article.contentHash().equals(hits.contentHash())) {
                throw new BadInputException(hits.file() + " changed while it was searched; search again");
            }
            return article.text();
        } catch (ArticleLoadException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private void printText(PrintWriter out, SearchResult result) {
        for (SearchHit h : result.hits()) {
            out.printf(Locale.ROOT, "%s:%d:%d-%d: %s%n", shown(h.file()), h.paragraph(), h.start(), h.end(), h.snippet().marked());
        }
        out.printf(Locale.ROOT, "%d hit%s in %d article%s%n", result.total(), result.total() == 1 ? "" : "s",
                result.articles().stream().filter(a -> !a.hits().isEmpty()).count(),
                result.articles().stream().filter(a -> !a.hits().isEmpty()).count() == 1 ? "" : "s");
    }
}
