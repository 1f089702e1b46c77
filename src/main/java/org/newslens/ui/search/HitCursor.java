package org.newslens.ui.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.article.Article;
import org.newslens.index.SearchHit;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * The hits of the last search and the current one: stepping through them (opening another article of the library
 * when the next hit is there), selecting the current hit in the reader and painting the reader's
 * {@value HighlightLayers#SEARCH} layer.
 */
public final class HitCursor {
    private final ReaderViewModel reader;
    private final Consumer<Path> opener;
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    /** A hit in another article, to select once that article is shown. */
    private SearchHit pendingJump;

    HitCursor(ReaderViewModel reader, Consumer<Path> opener) {
        this.reader = reader;
        this.opener = opener;
    }

    /** The hits of the last search that could be run, article by article, in text order. */
    public ObservableList<SearchHit> hits() {
        return hitsView;
    }

    /** Index into {@link #hits()} of the current hit, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    int current() {
        return current.get();
    }

    /**
     * Shows new hits. The current hit stays current if it is among them; else, with {@code selectFirst}, the first
     * becomes current. Returns the current hit's index, or -1.
     */
    int show(List<SearchHit> all, boolean selectFirst) {
        SearchHit previous = current.get() >= 0 && current.get() < hits.size() ? hits.get(current.get()) : null;
        hits.setAll(all);
        int next = previous == null ? -1 : all.indexOf(previous);
        if (next < 0 && selectFirst && !all.isEmpty()) {
            next = 0;
        }
        current.set(next);
        paint();
        return next;
    }

    void clear() {
        pendingJump = null;
        hits.clear();
        current.set(-1);
        reader.clearLayer(HighlightLayers.SEARCH);
    }

    /** The next hit, after the last the first; with none current, the first in the article being read. */
    void next() {
        if (!hits.isEmpty()) {
            goTo(current.get() < 0 ? firstFromHere() : (current.get() + 1) % hits.size());
        }
    }

    /** The previous hit, before the first the last. */
    void previous() {
        if (!hits.isEmpty()) {
            int at = current.get() < 0 ? firstFromHere() : current.get();
            goTo((at - 1 + hits.size()) % hits.size());
        }
    }

    private int firstFromHere() {
        for (int i = 0; i < hits.size(); i++) {
            if (inReader(hits.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Makes hit {@code i} current and selects it in the reader, opening its article first if need be. */
    void goTo(int i) {
        if (i < 0 || i >= hits.size()) {
            return;
        }
        current.set(i);
        SearchHit hit = hits.get(i);
        if (inReader(hit)) {
            pendingJump = null;
            paint();
            reveal(i);
        } else if (hit.file() != null) {
            pendingJump = hit;
            opener.accept(hit.file());
        }
    }

    /** Opens an article of the library in the reader. */
    void open(Path file) {
        opener.accept(file);
    }

    /** Another article is on screen: repaint, and select the hit it was opened for. */
    void articleShown() {
        paint();
        SearchHit jump = pendingJump;
        pendingJump = null;
        if (jump != null && inReader(jump)) {
            int at = hits.indexOf(jump);
            if (at >= 0) {
                goTo(at);
            }
        }
    }

    void reveal(int i) {
        SearchHit hit = hits.get(i);
        reader.select(hit.start(), hit.end());
    }

    boolean inReader(SearchHit hit) {
        Article article = reader.getArticle();
        return article != null && article.contentHash().equals(hit.contentHash());
    }

    void paint() {
        Article article = reader.getArticle();
        if (article == null) {
            return;
        }
        List<Highlight> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            if (inReader(hit)) {
                out.add(new Highlight(hit.start(), hit.end(), SearchViewModel.HIT_STYLE));
                if (i == current.get()) {
                    out.add(new Highlight(hit.start(), hit.end(), SearchViewModel.CURRENT_STYLE));
                }
            }
        }
        if (out.isEmpty()) {
            reader.clearLayer(HighlightLayers.SEARCH);
        } else {
            reader.setLayer(HighlightLayers.SEARCH, out);
        }
    }

    /**
     * "3 of 12", "12 matches", "No matches", "Preparing search…" while the article is not searchable yet, with
     * " in 4 articles" for a library search ({@code articles} &gt; 0).
     */
    static String counter(int total, int current, boolean notSearchableYet, long articles) {
        String text;
        if (total == 0 && notSearchableYet) {
            text = "Preparing search…";
        } else if (total == 0) {
            text = "No matches";
        } else if (current >= 0) {
            text = (current + 1) + " of " + total;
        } else {
            text = total == 1 ? "1 match" : total + " matches";
        }
        if (articles > 0 && total > 0) {
            text += articles == 1 ? " in 1 article" : " in " + articles + " articles";
        }
        return text;
    }
}
