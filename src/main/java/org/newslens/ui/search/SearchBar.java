package org.newslens.ui.search;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.newslens.index.Suggestion;
import org.newslens.ui.controls.Buttons;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Labels;
import org.newslens.ui.controls.Shown;

/**
 * The query bar above the reader: the field, "3 of 12", previous/next, the scope toggle and a close button,
 * with the syntax error (if any) under it and entity suggestions in a popup below the field. Layout only.
 */
public final class SearchBar extends VBox {
    private static final double SUGGESTION_HEIGHT = 30;

    private final SearchViewModel viewModel;
    private final TextField field = new TextField();
    /** Suggestions under the field. The list never takes focus: the field's keys drive it, so typing goes on. */
    private final Popup suggestionsPopup = new Popup();
    private final ListView<Suggestion> suggestionList = new ListView<>();

    public SearchBar(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("search-bar");
        setId("search-bar");

        field.setId("search-field");
        field.getStyleClass().add("search-field");
        field.setPromptText("Search: words, \"a phrase\", Qaida~, put*, person:Putin, entity:\"United States\", speaker:Biden, quote:peace, date:[2021-01 TO 2021-06]");
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(field, Priority.ALWAYS);

        Label counter = new Label();
        counter.setId("search-counter");
        counter.getStyleClass().add("search-counter");
        counter.textProperty().bind(viewModel.counterProperty());
        counter.setMinWidth(USE_PREF_SIZE);

        Button previous = Buttons.tipped("↑", "search-previous", "Previous hit (Shift+F3)", viewModel::previous);
        Button next = Buttons.tipped("↓", "search-next", "Next hit (Enter, F3)", viewModel::next);
        for (Button b : new Button[] {previous, next}) {
            b.getStyleClass().addAll(Styles.FLAT, "search-step");
            b.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.cursor().hits()));
            b.setFocusTraversable(false);
        }

        ToggleGroup scopes = new ToggleGroup();
        ToggleButton article = new ToggleButton("This article");
        article.setId("scope-article");
        article.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton library = new ToggleButton("Library");
        library.setId("scope-library");
        library.getStyleClass().add(Styles.RIGHT_PILL);
        article.setToggleGroup(scopes);
        library.setToggleGroup(scopes);
        showScope(article, library);
        viewModel.scopeProperty().addListener((obs, old, s) -> showScope(article, library));
        article.setOnAction(e -> {
            viewModel.scopeProperty().set(SearchViewModel.Scope.ARTICLE);
            showScope(article, library);
        });
        library.setOnAction(e -> {
            viewModel.scopeProperty().set(SearchViewModel.Scope.LIBRARY);
            showScope(article, library);
        });
        HBox scopeBox = new HBox(article, library);
        scopeBox.setMinWidth(USE_PREF_SIZE);

        Button close = Buttons.tipped("✕", "search-close", "Close (Esc)", viewModel::close);
        close.getStyleClass().addAll(Styles.FLAT, "search-step");
        close.setFocusTraversable(false);

        HBox row = new HBox(6, field, counter, previous, next, scopeBox, close);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("search-row");

        Label error = Shown.when(Labels.wrapping("search-error", viewModel.errorProperty(), "search-error", Styles.DANGER),
                viewModel.errorProperty().isNotEmpty());
        Label status = Shown.when(Labels.wrapping("search-index-status", viewModel.indexStatusProperty(), "search-index-status"),
                viewModel.indexStatusProperty().isNotEmpty().and(error.visibleProperty().not()));
        Label hint = Shown.when(Labels.wrapping("search-hint", viewModel.hintProperty(), "search-hint"),
                viewModel.hintProperty().isNotEmpty().and(error.visibleProperty().not()));

        getChildren().addAll(row, error, hint, status);
        heightProperty().addListener((obs, old, now) -> followBar());
        Shown.when(this, viewModel.barVisibleProperty());

        field.textProperty().addListener((obs, old, text) -> {
            viewModel.typed();
            if (field.getScene() != null && field.getScene().getFocusOwner() == field) {
                viewModel.suggest(text);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        buildSuggestions();
        viewModel.barVisibleProperty().addListener((obs, was, shown) -> {
            if (!shown) {
                suggestionsPopup.hide();
            }
        });
    }

    public TextField field() {
        return field;
    }

    /** Shows the bar and puts the cursor in the field, its text selected. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    private void showScope(ToggleButton article, ToggleButton library) {
        boolean all = viewModel.scopeProperty().get() == SearchViewModel.Scope.LIBRARY;
        article.setSelected(!all);
        library.setSelected(all);
    }

    private void keys(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                if (pickSelected()) {
                    break;
                }
                viewModel.cancelTyping();
                suggestionsPopup.hide();
                if (e.isShiftDown()) {
                    viewModel.previous();
                } else {
                    viewModel.enter();
                }
            }
            case ESCAPE -> {
                if (suggestionsPopup.isShowing()) {
                    suggestionsPopup.hide();
                    viewModel.dismissSuggestions();
                    break;
                }
                viewModel.cancelTyping();
                viewModel.clear();
                if (!viewModel.barVisibleProperty().get() && getParent() != null) {
                    getParent().requestFocus();
                }
            }
            case DOWN, UP -> {
                if (!moveSuggestion(e.getCode() == KeyCode.DOWN ? 1 : -1)) {
                    return;
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void buildSuggestions() {
        suggestionList.setId("search-suggestions");
        suggestionList.getStyleClass().add("search-suggestions");
        suggestionList.getStylesheets().add(SearchPanes.CSS);
        suggestionList.setItems(viewModel.suggestions());
        suggestionList.setFocusTraversable(false);
        suggestionList.setFixedCellSize(SUGGESTION_HEIGHT);
        suggestionList.setPrefWidth(360);
        suggestionList.setCellFactory(v -> ItemCell.drawn(SearchBar::suggestionLine));
        suggestionList.setOnMouseClicked(e -> pickSelected());
        suggestionsPopup.getContent().add(suggestionList);
        suggestionsPopup.setAutoHide(true);
        // the click that closes the suggestions still reaches what it was on (a result, a button)
        suggestionsPopup.setConsumeAutoHidingEvents(false);
        suggestionsPopup.setOnAutoHide(e -> viewModel.dismissSuggestions());
        viewModel.suggestions().addListener((ListChangeListener<Suggestion>) c -> showSuggestions());
    }

    private void showSuggestions() {
        int n = viewModel.suggestions().size();
        if (n == 0 || field.getScene() == null || field.getScene().getWindow() == null || !isVisible()) {
            suggestionsPopup.hide();
            return;
        }
        suggestionList.setPrefHeight(n * SUGGESTION_HEIGHT + 4);
        suggestionList.getSelectionModel().clearSelection();
        if (!suggestionsPopup.isShowing()) {
            Bounds at = popupAnchor();
            if (at != null) {
                suggestionsPopup.show(field, at.getMinX(), at.getMaxY() + 2);
            }
        } else {
            followBar();
        }
    }

    /** Under the whole bar, so the error and the hint under the field stay in sight; at the field's left edge. */
    private Bounds popupAnchor() {
        Bounds fieldAt = field.localToScreen(field.getBoundsInLocal());
        Bounds barAt = localToScreen(getBoundsInLocal());
        if (fieldAt == null || barAt == null) {
            return null;
        }
        return new javafx.geometry.BoundingBox(fieldAt.getMinX(), fieldAt.getMinY(), fieldAt.getWidth(), barAt.getMaxY() - fieldAt.getMinY());
    }

    /** The bar grew or shrank (a hint or an error shown under the field): the open suggestions move with its edge. */
    private void followBar() {
        Bounds at = suggestionsPopup.isShowing() ? popupAnchor() : null;
        if (at != null) {
            suggestionsPopup.setX(at.getMinX());
            suggestionsPopup.setY(at.getMaxY() + 2);
        }
    }

    /** Down/Up move through the suggestions; false when none are showing. */
    private boolean moveSuggestion(int step) {
        if (!suggestionsPopup.isShowing() || suggestionList.getItems().isEmpty()) {
            return false;
        }
        int n = suggestionList.getItems().size();
        int at = suggestionList.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (step > 0 ? 0 : n - 1) : (at + step + n) % n;
        suggestionList.getSelectionModel().select(next);
        suggestionList.scrollTo(next);
        return true;
    }

    /** Runs the highlighted suggestion's search; false when none is highlighted. */
    private boolean pickSelected() {
        Suggestion chosen = suggestionsPopup.isShowing() ? suggestionList.getSelectionModel().getSelectedItem() : null;
        if (chosen == null) {
            return false;
        }
        viewModel.cancelTyping();
        suggestionsPopup.hide();
        viewModel.pick(chosen);
        field.positionCaret(field.getLength());
        return true;
    }

    private static Node suggestionLine(Suggestion s) {
        Label name = new Label(s.text());
        name.getStyleClass().add("suggestion-name");
        String detail = s.label().queryField() + (s.text().equals(s.entity()) ? "" : " · " + s.entity());
        Label kind = new Label(detail);
        kind.getStyleClass().addAll("suggestion-detail", Styles.TEXT_MUTED);
        HBox line = new HBox(8, name, kind);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
