package org.newslens.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import org.newslens.ui.controls.ItemCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.newslens.index.ArticleHits;
import org.newslens.index.SearchHit;
import org.newslens.index.Snippet;

/**
 * The results list: each hit as a keyword-in-context line with its paragraph number, under its article's
 * title in a library search. Clicking a hit (or Enter on it) jumps there. Layout only.
 */
public final class SearchResultsView extends VBox {
    static final double PANE_WIDTH = 340;
    /** Room the paragraph number, the cell's padding and the scroll bar take from a snippet's line. */
    private static final double SNIPPET_INSET = 72;
    private final ListView<ResultRow> list = new ListView<>();

    public SearchResultsView(SearchViewModel viewModel) {
        getStyleClass().add("search-results");
        setId("search-results");
        setPrefWidth(PANE_WIDTH);
        Label heading = new Label();
        heading.getStyleClass().add("search-results-heading");
        // "No matches" is said once: by the search bar beside the query while it is open, else here
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String counter = viewModel.counterProperty().get();
            return counter.isEmpty() ? "Type a query (Ctrl+F)"
                    : viewModel.rows().isEmpty() && viewModel.barVisibleProperty().get() ? "" : counter;
        }, viewModel.counterProperty(), viewModel.rows(), viewModel.barVisibleProperty()));

        list.setId("search-results-list");
        list.getStyleClass().add("search-results-list");
        list.setItems(viewModel.rows());
        list.setCellFactory(v -> rowCell(list));
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.when(viewModel.counterProperty().isEmpty())
                .then("No results").otherwise(""));
        list.setPlaceholder(none);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> activate(viewModel, list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                activate(viewModel, list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        viewModel.cursor().currentProperty().addListener((obs, old, at) -> showCurrent(at.intValue()));
        // new rows with the same current hit (a refined query, a refresh) must show it selected again
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ResultRow>) c -> showCurrent(viewModel.cursor().currentProperty().get()));

        getChildren().addAll(heading, list);
    }

    public ListView<ResultRow> list() {
        return list;
    }

    private static void activate(SearchViewModel viewModel, ResultRow row) {
        if (row instanceof ResultRow.HitRow hit) {
            viewModel.goTo(hit.index());
        } else if (row instanceof ResultRow.ArticleRow article) {
            viewModel.open(article.article());
        }
    }

    private void showCurrent(int at) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof ResultRow.HitRow hit && hit.index() == at) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                }
                list.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    /** Cells as wide as the list, not as their text: long titles are cut with "…", no sideways scrolling. */
    private static ItemCell<ResultRow> rowCell(ListView<ResultRow> owner) {
        return ItemCell.<ResultRow>drawn(row -> row instanceof ResultRow.ArticleRow a ? articleLine(a.article())
                        : hitLine(((ResultRow.HitRow) row).hit(), owner))
                .fitted()
                .kinds(row -> row instanceof ResultRow.ArticleRow ? "result-article" : "result-hit", "result-article", "result-hit");
    }

    private static javafx.scene.Node articleLine(ArticleHits article) {
        Label title = new Label(article.title());
        title.getStyleClass().add("result-article-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label count = new Label(Integer.toString(article.hits().size()));
        count.getStyleClass().add("result-article-count");
        count.setMinWidth(USE_PREF_SIZE);
        HBox line = new HBox(6, title, count);
        line.setAlignment(Pos.CENTER_LEFT);
        if (article.file() == null) {
            return line;
        }
        // copies look alike: the folder tells them apart, and copies of one text are one heading
        Label where = new Label(org.newslens.ui.library.LibraryRows.whereText(article.file(), article.copies()));
        where.getStyleClass().add("result-article-where");
        where.setMinWidth(0);
        where.setTooltip(new javafx.scene.control.Tooltip(java.util.stream.Stream.concat(java.util.stream.Stream.of(article.file()),
                article.copies().stream()).map(String::valueOf).collect(java.util.stream.Collectors.joining("\n"))));
        return new javafx.scene.layout.VBox(1, line, where);
    }

    private static HBox hitLine(SearchHit hit, ListView<ResultRow> owner) {
        Label paragraph = new Label("¶" + hit.paragraph());
        paragraph.getStyleClass().add("result-paragraph");
        paragraph.setMinWidth(USE_PREF_SIZE);
        Snippet s = hit.snippet();
        Text before = new Text(s.before());
        Text match = new Text(s.hit());
        Text after = new Text(s.after());
        before.getStyleClass().add("result-context");
        after.getStyleClass().add("result-context");
        match.getStyleClass().add("result-match");
        TextFlow snippet = new TextFlow(before, match, after);
        snippet.getStyleClass().add("result-snippet");
        snippet.prefWidthProperty().bind(owner.widthProperty().subtract(SNIPPET_INSET));
        snippet.maxWidthProperty().bind(snippet.prefWidthProperty());
        HBox.setHgrow(snippet, Priority.ALWAYS);
        HBox line = new HBox(8, paragraph, snippet);
        line.setAlignment(Pos.TOP_LEFT);
        return line;
    }
}
