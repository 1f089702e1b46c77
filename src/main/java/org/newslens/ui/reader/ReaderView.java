package org.newslens.ui.reader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.newslens.article.Article;
import org.newslens.article.TextRange;

/**
 * The article on screen: a header (title, meta line) over a read-only {@link StyleClassedTextArea} whose text
 * is exactly {@code Article.text}, laid out as a centred reading column with paragraph numbers in a gutter.
 * Highlight layers from the view model are merged and applied as style classes.
 */
public final class ReaderView extends BorderPane {
    /** Characters per line the reading column aims at. */
    static final int COLUMN_CHARACTERS = 70;
    private static final List<String> SERIF_FACES = List.of("DejaVu Serif", "Georgia", "Noto Serif", "Liberation Serif",
            "Times New Roman", "Serif");
    private static final String SAMPLE = "the quick brown fox jumps over a lazy dog, And Then Some More Words. ";

    private final String family = readingFamily();
    private final ReaderViewModel viewModel;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Label title = new Label();
    private final Label meta = new Label();
    private final VBox header = new VBox(title, meta);
    private final Tooltip hoverTip = new Tooltip();
    private LineLayout lines;
    private IntFunction<String> hoverText = offset -> null;
    private double gutterWidth;
    /** Whether the area carries highlight styles now (so clearing them needs a pass, and nothing else does). */
    private boolean highlighted;
    private MarginMarks marks = MarginMarks.NONE;
    private final JumpPlacement jumps;
    /** The article whose text the area holds, and a jump asked for before the area held the article now shown. */
    private Article inArea;
    private TextRange jumpAfterShow;

    public ReaderView(ReaderViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("reader");
        getStylesheets().add(ReaderView.class.getResource("/org/newslens/ui/newslens.css").toExternalForm());

        title.getStyleClass().add("article-title");
        title.setId("article-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());
        meta.getStyleClass().add("article-meta");
        meta.setId("article-meta");
        meta.setWrapText(true);
        meta.textProperty().bind(viewModel.metaProperty());
        header.getStyleClass().add("article-header");

        area.setId("article-text");
        area.getStyleClass().add("article-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.OFF);
        area.setParagraphGraphicFactory(this::gutter);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        scroll.getStyleClass().add("article-scroll");

        setTop(header);
        Pane flashLayer = new Pane();
        jumps = new JumpPlacement(area, flashLayer);
        setCenter(new StackPane(scroll, flashLayer));

        viewModel.articleProperty().addListener((obs, old, article) -> showArticle(article));
        viewModel.layers().revisionProperty().addListener(obs -> applyHighlights());
        viewModel.fontSizeProperty().addListener(obs -> applyFontSize());
        viewModel.onSelectionRequest(this::reveal);
        viewModel.onSelectInPlace(range -> area.selectRange(range.start(), range.end()));
        area.selectionProperty().addListener((obs, old, range) -> viewModel.selectionChanged(range.getStart(), range.getEnd()));
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, this::dragEnded);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            viewModel.hovered(e.getCharacterIndex());
            String tip = hoverText.apply(e.getCharacterIndex());
            if (tip != null && !tip.isBlank()) {
                hoverTip.setText(tip);
                hoverTip.show(area, e.getScreenPosition().getX() + 12, e.getScreenPosition().getY() + 16);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            viewModel.hovered(-1);
            hoverTip.hide();
        });
        InvalidationListener relayout = obs -> layoutColumn();
        widthProperty().addListener(relayout);
        applyFontSize();
        showArticle(viewModel.getArticle());
    }

    /** The text area, for features that add key bindings or a context menu to it. */
    public StyleClassedTextArea textArea() {
        return area;
    }

    /** Adds a feature's stylesheet (e.g. the classes its highlights use) to the reader. */
    public void addStylesheet(String url) {
        getStylesheets().add(url);
    }

    /** Text for a tooltip at the hovered offset, or null for none. */
    public void setHoverText(IntFunction<String> provider) {
        this.hoverText = provider == null ? offset -> null : provider;
    }

    private void showArticle(Article article) {
        if (article == null) {
            inArea = null;
            lines = null;
            area.clear();
            return;
        }
        Rendering rendering = viewModel.renderingFor(article) instanceof Rendering r ? r : render(article);
        lines = rendering.lines();
        area.replace(0, area.getLength(), rendering.document());
        highlighted = false;
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.showParagraphAtTop(0);
        applyHighlights();
        inArea = article;
        TextRange waiting = jumpAfterShow;
        jumpAfterShow = null;
        if (waiting != null) {
            jumps.jumpTo(waiting);
        }
    }

    /** The line layout and styled document of an article: pure data, built off the FX thread when loading. */
    public record Rendering(LineLayout lines, ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document) {
    }

    /** For {@link ReaderViewModel#setPreparer}: safe on any thread. */
    public static Rendering render(Article article) {
        LineLayout lines = LineLayout.of(article);
        return new Rendering(lines, document(lines));
    }

    private static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(LineLayout lines) {
        return ReadOnlyStyledDocumentBuilder.constructDocument(SegmentOps.<Collection<String>>styledTextOps(), List.of(),
                lines.lineCount(), builder -> {
                    for (int i = 0; i < lines.lineCount(); i++) {
                        builder.addParagraph(lines.line(i), List.of(), List.of(lines.style(i)));
                    }
                });
    }

    private void applyHighlights() {
        boolean any = viewModel.layers().names().stream().anyMatch(n -> !viewModel.layers().layer(n).isEmpty());
        if (any || highlighted) {
            area.setStyleSpans(0, viewModel.layers().toStyleSpans(area.getLength()));
            highlighted = any;
        }
        MarginMarks now = MarginMarks.of(viewModel.getArticle() == null ? null : viewModel.getArticle().text(), viewModel.layers());
        List<Integer> changed = now.changedLines(marks);
        marks = now;
        for (int line : changed) {
            if (line < area.getParagraphs().size() && area.allParToVisibleParIndex(line).isPresent()) {
                area.recreateParagraphGraphic(line);
            }
        }
    }

    private Node gutter(int line) {
        int number = lines == null ? 0 : lines.paragraphNumber(line);
        List<String> marked = marks.at(line);
        if (number == 0 && marked.isEmpty()) {
            Region blank = new Region();
            blank.getStyleClass().add("paragraph-gutter");
            blank.setMinWidth(gutterWidth);
            blank.setPrefWidth(gutterWidth);
            blank.setMaxHeight(0);
            return blank;
        }
        Label label = new Label(number == 0 ? "" : Integer.toString(number));
        label.getStyleClass().addAll("paragraph-gutter", "paragraph-number");
        label.setMinWidth(gutterWidth);
        label.setPrefWidth(gutterWidth);
        if (marked.isEmpty()) {
            return label;
        }
        // the reader's highlights on this line: a bar per colour at the margin's edge, beside the text
        HBox bars = new HBox(2);
        bars.getStyleClass().add("margin-marks");
        bars.setMaxWidth(Region.USE_PREF_SIZE);
        for (String cls : marked) {
            Region bar = new Region();
            bar.getStyleClass().addAll("margin-mark", cls);
            bars.getChildren().add(bar);
        }
        label.setMaxHeight(Double.MAX_VALUE);
        StackPane gutter = new StackPane(label, bars);
        StackPane.setAlignment(bars, Pos.CENTER_RIGHT);
        gutter.setMinWidth(gutterWidth);
        gutter.setPrefWidth(gutterWidth);
        return gutter;
    }

    private void reveal(TextRange range) {
        if (inArea != viewModel.getArticle()) {
            // asked for by a listener that heard of the article before this view put its text in: once it has
            jumpAfterShow = range;
            return;
        }
        jumps.jumpTo(range);
    }

    /** A drag let go: whole words unless Alt or Ctrl is held (the exact range). */
    private void dragEnded(MouseEvent e) {
        IndexRange chosen = area.getSelection();
        if (e.getButton() != MouseButton.PRIMARY || chosen.getLength() == 0) {
            return;
        }
        TextRange shown = viewModel.dragged(chosen.getStart(), chosen.getEnd(), e.isAltDown() || e.isShortcutDown());
        if (shown.start() != chosen.getStart() || shown.end() != chosen.getEnd()) {
            boolean backwards = area.getCaretPosition() == chosen.getStart();
            if (backwards) {
                area.selectRange(shown.end(), shown.start());
            } else {
                area.selectRange(shown.start(), shown.end());
            }
        }
    }

    private void applyFontSize() {
        double points = viewModel.fontSizeProperty().get();
        setStyle("-fx-font-size: " + points + "pt;");
        String face = "-fx-font-family: \"" + family + "\";";
        area.setStyle(face);
        title.setStyle(face);
        gutterWidth = Math.round(points * 4 / 3 * 2.8);
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < area.getVisibleParagraphs().size(); i++) {
            shown.add(area.visibleParToAllParIndex(i));
        }
        shown.forEach(area::recreateParagraphGraphic);
        layoutColumn();
    }

    /** Pads the area so the text forms a centred column of about {@link #COLUMN_CHARACTERS} characters. */
    private void layoutColumn() {
        double column = columnWidth(family, viewModel.fontSizeProperty().get() * 4 / 3);
        double available = getWidth() - 16;
        double side = Math.max(12, (available - column - gutterWidth) / 2);
        area.setPadding(new Insets(4, side, 0, Math.max(4, side)));
        header.setPadding(new Insets(24, side, 12, side + gutterWidth));
    }

    /** The first installed face of {@link #SERIF_FACES}; JavaFX CSS takes one family, not a fallback list. */
    static String readingFamily() {
        List<String> installed = Font.getFamilies();
        return SERIF_FACES.stream().filter(installed::contains).findFirst().orElse("Serif");
    }

    static double columnWidth(String family, double fontPixels) {
        Text probe = new Text(SAMPLE);
        probe.setFont(Font.font(family, fontPixels));
        double perChar = probe.getLayoutBounds().getWidth() / SAMPLE.length();
        return Math.ceil(perChar * COLUMN_CHARACTERS);
    }
}
