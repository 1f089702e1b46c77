package org.newslens.cli;

import java.io.PrintWriter;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexException;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;

/** Opens the library's index in the data folder for the commands that read the whole library. */
final class LibraryIndexes {
    private LibraryIndexes() {
    }

    /**
     * The index, its damaged articles read again first (the one line about it on {@code err}).
     *
     * @throws BadInputException when it cannot be opened (e.g. the window has it open)
     */
    static LuceneArticleIndex open(AppHome home, EntitySource entities, PrintWriter err) {
        try {
            LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"));
            index.recovery().ifPresent(r -> err.println("newslens: "
                    + new LibraryIndexer(index, new ArticleLoader(), entities).recover(r, (done, total, current) -> { }, () -> false)));
            return index;
        } catch (IndexException e) {
            throw new BadInputException("Cannot open the library: " + e.getMessage());
        }
    }
}
