package org.newslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslens.annotation.LibraryCorrection;
import org.newslens.annotation.LibraryCorrections;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LibraryReport;
import org.newslens.library.EntityEdits;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "entity",
        description = "An entity's page across " + LibraryBackedCommand.LIBRARY + ", as JSON: every article "
                + "naming it (name or alias, any case) with its mention count and first mention (character offsets "
                + "into the article text, as in `entities`), its aliases, first and last appearance by article date, "
                + "the entities sharing most sentences and paragraphs with it, its quotes as speaker, the figures in "
                + "sentences naming it, and your highlights and notes on its mentions or naming it. "
                + "With --merge-into, --rename or --split, first corrects the entity across the whole library (kept in "
                + "library-corrections.json in the data folder, applied to every article, search and export; the "
                + "articles naming it are indexed again) and prints the page it then has; --undo withdraws the latest "
                + "such correction. Without --limit and --offset every article is listed, oldest first (undated ones "
                + "last); with either, the articles are listed newest first, LIMIT of them from the OFFSET-th, with "
                + "their quotes and figures, while the counts, first and last appearance, aliases, co-occurring "
                + "entities and notes stay those of the whole library (\"articleCount\" says how many articles name it). "
                + "A text copied into several folders (the same sha256) is one article, counted once; its other files are "
                + "in the article's \"alsoIn\".")
public final class EntityCommand extends LibraryBackedCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The entity's name or one of its aliases.")
    String name;

    @Option(names = "--library", description = "Look through the whole library (required: the only scope so far).")
    boolean library;

    @Mixin
    LibraryCorrectionOptions corrections;

    @Mixin
    ArticleListPart part;

    EntityCommand(LibraryData data) {
        super(data);
    }

    @Override
    public Integer call() {
        if (!library) {
            throw new BadInputException("entity needs --library: the page is built over the whole library");
        }
        if (name == null || name.isBlank()) {
            throw new BadInputException("entity needs a name");
        }
        part.check();
        EntityPage page;
        try (LuceneArticleIndex index = openIndex()) {
            EntityPages pages = new EntityPages(index, AnnotationsFolder.of(data.home())::saved);
            LibraryCorrection correction = corrections.of(name, pages);
            String shown = name;
            if (correction != null || corrections.undo) {
                shown = correct(index, correction);
            }
            page = part.page(pages, shown);
        }
        return print(page);
    }

    /** Records (or, for --undo, withdraws) the correction, re-indexes what it touches; the name whose page to print. */
    private String correct(LuceneArticleIndex index, LibraryCorrection asked) {
        LibraryCorrections store = AnnotationsFolder.of(data.home()).library();
        LibraryCorrection c = asked;
        if (c == null) {
            List<LibraryCorrection> all = store.all();
            if (all.isEmpty()) {
                throw new BadInputException("there is no library-wide correction to undo");
            }
            c = all.get(all.size() - 1);
        }
        EntityEdits edits = new EntityEdits(index, new LibraryIndexer(index, new ArticleLoader(), data.entities()));
        List<Path> files = new ArrayList<>(edits.affected(c));
        try {
            if (asked == null) {
                store.remove(c);
            } else {
                store.add(c);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot save the library-wide corrections: " + Messages.describe(e));
        }
        for (Path f : edits.affected(c)) {
            if (!files.contains(f)) {
                files.add(f);
            }
        }
        LibraryReport report = edits.reindex(files, (done, total, current) -> { }, () -> false);
        PrintWriter err = err();
        err.println("newslens: " + (asked == null ? "undone: " : "") + c.describe() + "; " + (report.added() + report.replaced())
                + " of " + files.size() + " article(s) indexed again");
        report.problems().forEach(p -> err.println("newslens: " + p.message()));
        return asked == null ? name : c.resultName();
    }
}
