package org.newslens.cli;

import java.io.PrintWriter;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexException;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.PendingAdditions;

/**
 * What the commands that read the whole library share: the data folder and the entities of an article
 * (recognised, with the user's corrections).
 */
record LibraryData(AppHome home, EntitySource entities) {

    /** The data folder of the environment, with the recognised entities as corrected there. */
    static LibraryData fromEnvironment() {
        AppHome home = AppHome.fromEnvironment();
        return new LibraryData(home, new CorrectedEntities(new SearchCommand.RecognisedEntities(home), AnnotationsFolder.of(home)));
    }

    /**
     * The library's index, the data folder required first and damaged articles read again (the one line about it
     * on {@code err}).
     *
     * @throws BadInputException when the data folder is unusable or the index cannot be opened (e.g. the window has it open)
     */
    LuceneArticleIndex openIndex(PrintWriter err) {
        DataFolder.require(home);
        try {
            return openRecovered(err);
        } catch (IndexException e) {
            throw new BadInputException("Cannot open the library: " + e.getMessage());
        }
    }

    /**
     * The library's index, damaged articles read again first (the one line about it on {@code err}).
     *
     * @throws org.newslens.index.IndexException when it cannot be opened
     */
    LuceneArticleIndex openRecovered(PrintWriter err) {
        LuceneArticleIndex index = LuceneArticleIndex.open(indexDir());
        LibraryIndexer indexer = new LibraryIndexer(index, new ArticleLoader(), entities);
        index.recovery().ifPresent(r -> err.println("newslens: " + indexer.recover(r, (done, total, current) -> { }, () -> false)));
        PendingAdditions pending = new PendingAdditions(indexDir());
        if (pending.any()) {
            err.println("newslens: " + PendingAdditions.describe(pending.addTo(indexer, (done, total, current) -> { }, () -> false)));
        }
        return index;
    }

    /** The library's index folder in the data folder. */
    java.nio.file.Path indexDir() {
        return home.root().resolve("index");
    }
}
