package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.article.Article;
import org.newslens.article.Paragraph;
import org.newslens.article.TextRange;
import org.newslens.ui.settings.Settings;

/**
 * The article being read and how: its header lines, the reading font size, the highlight layers, the
 * selection and the offset under the mouse. No nodes; the {@link ReaderView} renders it.
 */
public final class ReaderViewModel {
    /** Font sizes (points) that zoom steps through. */
    static final double[] ZOOM_STEPS = {8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32, 36, 40};

    /** A byline this short ("By Ana Reyes") also goes in the header; a longer author note only closes the text. */
    static final int SHORT_BYLINE = 48;

    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper meta = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper fontSize = new ReadOnlyDoubleWrapper(Settings.DEFAULT_FONT);
    private final ReadOnlyObjectWrapper<TextRange> selection = new ReadOnlyObjectWrapper<>(TextRange.EMPTY);
    private final ReadOnlyIntegerWrapper hoveredOffset = new ReadOnlyIntegerWrapper(-1);
    private final HighlightLayers layers = new HighlightLayers();
    private final List<Consumer<TextRange>> selectionRequests = new ArrayList<>();
    private final List<Consumer<TextRange>> inPlaceRequests = new ArrayList<>();
    private volatile Function<Article, ?> preparer = a -> null;
    private Prepared prepared;

    public ReaderViewModel() {
        title.bind(Bindings.createStringBinding(() -> article.get() == null ? "" : article.get().title(), article));
    }

    /** An article with whatever the view prepared for it off the FX thread (see {@link #setPreparer}). */
    public record Prepared(Article article, Object rendering, String meta) {
    }

    /**
     * For the view: work it needs per article that is safe off the FX thread (building the styled document of
     * a 5 MB text takes long enough to freeze the window). Loaders call {@link #prepare} on their worker thread.
     */
    public void setPreparer(Function<Article, ?> preparer) {
        this.preparer = preparer;
    }

    /** Runs the view's preparation; call on a worker thread, then {@link #showPrepared} on the FX thread. */
    public Prepared prepare(Article a) {
        return new Prepared(a, preparer.apply(a), metaLine(a));
    }

    public void showPrepared(Prepared p) {
        prepared = p;
        display(p);
    }

    /** What {@link #prepare} made for {@code a}, or null if it was shown without preparation. */
    public Object renderingFor(Article a) {
        Prepared p = prepared;
        return p != null && p.article() == a ? p.rendering() : null;
    }

    /** Shows {@code next}; every highlight layer is cleared because its offsets belonged to the old text. */
    public void show(Article next) {
        prepared = null;
        display(next == null ? new Prepared(null, null, "") : new Prepared(next, null, metaLine(next)));
    }

    private void display(Prepared next) {
        layers.clearAll();
        selection.set(TextRange.EMPTY);
        hoveredOffset.set(-1);
        meta.set(next.meta());
        article.set(next.article());
    }

    static String metaLine(Article a) {
        List<String> parts = new ArrayList<>();
        if (a.author() != null) {
            parts.add("By " + a.author());
        } else if (a.byline() != null && !a.byline().isBlank() && a.byline().strip().length() <= SHORT_BYLINE) {
            parts.add(a.byline().strip());
        }
        if (a.site() != null) {
            parts.add(a.site());
        }
        if (a.published() != null) {
            parts.add(a.published().toLocalDate().toString());
        }
        parts.add(String.format(Locale.ROOT, "%,d words", a.wordCount()));
        parts.add(a.readingMinutes() + " min read");
        if (a.source() != null && a.source().getFileName() != null) {
            parts.add(a.source().getFileName().toString());
        }
        return String.join("  ·  ", parts);
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public Article getArticle() {
        return article.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Byline  ·  958 words  ·  4 min read  ·  file.txt" */
    public ReadOnlyStringProperty metaProperty() {
        return meta.getReadOnlyProperty();
    }

    // ---- zoom

    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public void setFontSize(double points) {
        fontSize.set(Math.max(Settings.MIN_FONT, Math.min(Settings.MAX_FONT, points)));
    }

    public void zoomIn() {
        for (double step : ZOOM_STEPS) {
            if (step > fontSize.get() + 1e-6) {
                fontSize.set(step);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = ZOOM_STEPS.length - 1; i >= 0; i--) {
            if (ZOOM_STEPS[i] < fontSize.get() - 1e-6) {
                fontSize.set(ZOOM_STEPS[i]);
                return;
            }
        }
    }

    public void resetZoom() {
        fontSize.set(Settings.DEFAULT_FONT);
    }

    // ---- highlights

    public HighlightLayers layers() {
        return layers;
    }

    public void setLayer(String name, List<Highlight> highlights) {
        layers.set(name, highlights);
    }

    public void clearLayer(String name) {
        layers.clear(name);
    }

    // ---- selection and hover

    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Selects {@code [start, end)} (clipped to the text) and asks the view to jump there (see {@code JumpPlacement}). */
    public void select(int start, int end) {
        request(start, end, true);
    }

    /** Selects {@code [start, end)} where it is, without scrolling: for a passage the user clicked on screen. */
    public void selectInPlace(int start, int end) {
        request(start, end, false);
    }

    private void request(int start, int end, boolean jump) {
        int length = article.get() == null ? 0 : article.get().text().length();
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        TextRange range = new TextRange(s, e);
        selection.set(range);
        for (Consumer<TextRange> request : List.copyOf(jump ? selectionRequests : inPlaceRequests)) {
            request.accept(range);
        }
    }

    /** For the view: called when a selection is to be shown where it is, without a jump. */
    public void onSelectInPlace(Consumer<TextRange> handler) {
        inPlaceRequests.add(handler);
    }

    /**
     * For the view: the user let go of a drag selecting {@code [start, end)}. Unless {@code exact} (a modifier held),
     * a word cut at either end is taken whole ({@link WordSnap}), so highlights and their exports hold whole words.
     * Returns the selection as it is now, for the view to show.
     */
    public TextRange dragged(int start, int end, boolean exact) {
        Article a = article.get();
        TextRange range = a == null || exact ? new TextRange(Math.min(start, end), Math.max(start, end))
                : WordSnap.snap(a.text(), start, end);
        selection.set(range);
        return range;
    }

    /** Selects the whole of paragraph {@code number} (as numbered in {@code Article.paragraphs}). */
    public void selectParagraph(int number) {
        Article a = article.get();
        if (a != null) {
            for (Paragraph p : a.paragraphs()) {
                if (p.number() == number) {
                    select(p.start(), p.end());
                    return;
                }
            }
        }
    }

    /** For the view: called when selection requests must be carried out on screen. */
    public void onSelectionRequest(Consumer<TextRange> handler) {
        selectionRequests.add(handler);
    }

    /** For the view: the user changed the selection. */
    public void selectionChanged(int start, int end) {
        selection.set(new TextRange(Math.min(start, end), Math.max(start, end)));
    }

    public String selectedText() {
        TextRange r = selection.get();
        return article.get() == null || r.isEmpty() ? "" : article.get().text().substring(r.start(), r.end());
    }

    /** The offset of the character under the mouse (after a short rest), or -1. */
    public ReadOnlyIntegerProperty hoveredOffsetProperty() {
        return hoveredOffset.getReadOnlyProperty();
    }

    /** For the view. */
    public void hovered(int offset) {
        hoveredOffset.set(offset);
    }
}
