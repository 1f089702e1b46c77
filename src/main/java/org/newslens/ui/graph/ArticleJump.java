package org.newslens.ui.graph;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newslens.article.Article;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * Opens an evidence's article in the reader (unless it is the one on screen) and selects the sentence once that
 * article is shown; the main window comes to the front.
 */
final class ArticleJump implements Consumer<CooccurrenceGraph.Evidence> {
    private final ReaderViewModel reader;
    private final Consumer<Path> opener;
    private final Runnable toFront;
    private CooccurrenceGraph.Evidence pending;

    ArticleJump(ReaderViewModel reader, Consumer<Path> opener, Runnable toFront) {
        this.reader = reader;
        this.opener = opener;
        this.toFront = toFront;
        reader.articleProperty().addListener((obs, old, article) -> {
            CooccurrenceGraph.Evidence waiting = pending;
            pending = null;
            if (waiting != null && shows(article, waiting)) {
                reader.select(waiting.start(), waiting.end());
            }
        });
    }

    @Override
    public void accept(CooccurrenceGraph.Evidence evidence) {
        toFront.run();
        if (shows(reader.getArticle(), evidence)) {
            pending = null;
            reader.select(evidence.start(), evidence.end());
        } else if (evidence.file() != null) {
            pending = evidence;
            opener.accept(Path.of(evidence.file()));
        }
    }

    private static boolean shows(Article article, CooccurrenceGraph.Evidence evidence) {
        return article != null && article.contentHash().equals(evidence.sha256());
    }
}
