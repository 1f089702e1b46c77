package org.newslens.ui.state;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newslens.article.Article;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * Shows a place in an article of the library: selects it at once when the article is on screen, else opens the
 * article and selects the place when it is shown (the next article shown ends the wait, whichever it is).
 */
public final class ArticleJump {
    private final ReaderViewModel reader;
    private final Consumer<Path> opener;
    private Place pending;

    private record Place(String contentHash, int start, int end) {
    }

    /** @param opener opens an article in the reader */
    public ArticleJump(ReaderViewModel reader, Consumer<Path> opener) {
        this.reader = reader;
        this.opener = opener;
        reader.articleProperty().addListener((obs, old, article) -> {
            Place waiting = pending;
            pending = null;
            if (waiting != null && shows(article, waiting.contentHash())) {
                reader.select(waiting.start(), waiting.end());
            }
        });
    }

    /** Selects {@code [start, end)} of the text {@code contentHash}, opening {@code file} first unless it is on screen. */
    public void to(Path file, String contentHash, int start, int end) {
        if (shows(reader.getArticle(), contentHash)) {
            pending = null;
            reader.select(start, end);
        } else if (file != null) {
            pending = new Place(contentHash, start, end);
            opener.accept(file);
        }
    }

    private static boolean shows(Article article, String contentHash) {
        return article != null && article.contentHash().equals(contentHash);
    }
}
