package org.newslens.ui.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.index.ArticleHits;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexException;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchHit;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchScope;
import org.newslens.index.Suggestion;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Debouncer;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;

/**
 * The query bar and its results: the query, where it looks (this article or the library), the hits with the
 * current one ({@link HitCursor}), the "3 of 12" counter, a syntax error, entity suggestions. Hits of the article
 * being read go to the reader's {@value HighlightLayers#SEARCH} layer. The article on screen is made searchable by
 * {@link ShownArticleIndex}. Searches and suggestions run on workers, the latest request winning; typing runs the
 * query after a pause ({@link #typed()}).
 */
public final class SearchViewModel {
    public static final String HIT_STYLE = "search-hit";
    public static final String CURRENT_STYLE = "search-hit-current";
    static final int MAX_SUGGESTIONS = 8;
    static final Duration TYPING_PAUSE = Duration.ofMillis(150);
    private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{L}\\p{N} .'\u2019-]+");
    private static final Pattern BARE_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{1,}");

    /** Where a search looks. */
    public enum Scope { ARTICLE, LIBRARY }

    private final ArticleIndex index;
    private final ReaderViewModel reader;
    private final AppState state;
    private final ShownArticleIndex shown;
    private final HitCursor cursor;
    private final Latest searches;
    private final Latest suggesting;
    private final Debouncer typing;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ARTICLE);
    private final ReadOnlyBooleanWrapper barVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    // One read-only view of each list: a view made per call would be collected with the listeners put on it.
    private final ObservableList<ResultRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);

    private SearchResult result;
    private String searched;

    /**
     * Re-indexes the article on {@link AppEvent.CorrectionsChanged} and {@link AppEvent.SpeakerCorrectionsChanged} (again
     * once they are saved, as the index reads them from the files), searches again on {@link AppEvent.LibraryChanged},
     * publishes {@link AppEvent.IndexChanged} and keeps {@link AppState#searchQueryProperty()} up to date.
     *
     * @param entities where an article's entities come from (the entity service: cache first)
     * @param opener   opens an article of the library in the reader (e.g. {@code MainViewModel::open})
     */
    public SearchViewModel(ArticleIndex index, EntitySource entities, TaskExecutor executor, AppState state,
                           Consumer<Path> opener) {
        this.index = index;
        this.state = state;
        this.reader = state.reader();
        this.cursor = new HitCursor(reader, opener);
        this.shown = new ShownArticleIndex(index, entities, executor, state, this::shownArticleSearchable);
        this.searches = new Latest(executor);
        this.suggesting = new Latest(executor);
        this.typing = new Debouncer(executor, TYPING_PAUSE);
        cursor.currentProperty().addListener(obs -> updateCounter());
        reader.articleProperty().addListener((obs, old, article) -> articleShown(article));
        scope.addListener((obs, old, s) -> refresh());
        state.on(AppEvent.CorrectionsChanged.class, e -> shown.entitiesChanged());
        state.on(AppEvent.SpeakerCorrectionsChanged.class, e -> shown.entitiesChanged());
        state.on(AppEvent.AnnotationsSaved.class, e -> shown.saved());
        state.on(AppEvent.LibraryChanged.class, e -> refresh());
        if (reader.getArticle() != null) {
            articleShown(reader.getArticle());
        }
    }

    // ---- state

    /** What is typed in the query bar. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ReadOnlyBooleanProperty barVisibleProperty() {
        return barVisible.getReadOnlyProperty();
    }

    /** Why the query cannot be run, or "" when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "3 of 12", "12 matches", "No matches", or "" when nothing was searched. */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** "Indexing …" while the article being read is not yet searchable by entity, a problem, or "". */
    public ReadOnlyStringProperty indexStatusProperty() {
        return shown.statusProperty();
    }

    /** A tip when a query finds nothing, e.g. that a bare word matches whole words only; or "". */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The hits of the last search and the current one. */
    public HitCursor cursor() {
        return cursor;
    }

    /** The results list: hits, under a heading per article in a library search. */
    public ObservableList<ResultRow> rows() {
        return rowsView;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestionsView;
    }

    public SearchResult result() {
        return result;
    }

    // ---- commands

    /** Shows the query bar (Ctrl+F). */
    public void showBar() {
        barVisible.set(true);
    }

    /** Shows the bar searching the whole library. */
    public void showLibrarySearch() {
        scope.set(Scope.LIBRARY);
        barVisible.set(true);
    }

    /** The query was edited: it runs once typing pauses. */
    public void typed() {
        typing.trigger(this::queryTyped);
    }

    /** Forgets a query typed but not yet run (Enter or Esc decide instead). */
    public void cancelTyping() {
        typing.cancel();
    }

    /** Runs the query as typed, unless that very query is what the results show (typing pauses call this). */
    public void queryTyped() {
        if (!Objects.equals(query.get(), searched)) {
            run(true);
        }
    }

    /** Enter: a new query is run, the same one steps to the next hit. */
    public void enter() {
        if (!Objects.equals(query.get(), searched) || !error.get().isEmpty()) {
            search();
        } else {
            next();
        }
    }

    /** Runs the query now. In this article the first hit is selected; a syntax error keeps the previous results. */
    public void search() {
        dismissSuggestions();
        typing.cancel();
        run(true);
    }

    /** Runs the query again without moving the reader (the article, the scope or the index changed). */
    public void refresh() {
        if (searched != null) {
            run(false);
        }
    }

    private void run(boolean reveal) {
        String q = query.get() == null ? "" : query.get();
        searched = q;
        state.searchQueryProperty().set(q.isBlank() ? null : q);
        if (q.isBlank()) {
            searches.cancel();
            error.set("");
            apply(null, false);
            return;
        }
        Scope where = scope.get();
        Article article = reader.getArticle();
        ArticleIndex target = shown.target();
        searches.run(BackgroundTask.of("Searching", progress -> where == Scope.LIBRARY
                        ? index.search(q, SearchScope.all()).groupingCopies() : ShownArticleIndex.search(index, target, q, article))
                .onSuccess(found -> {
                    error.set("");
                    apply(found, reveal);
                })
                .onFailure(problem -> {
                    if (problem instanceof QuerySyntaxException) {
                        error.set(problem.getMessage());
                    } else if (problem instanceof IndexException) {
                        error.set("The search index cannot be read: " + problem.getMessage());
                    } else {
                        error.set("The search failed: " + Errors.message(problem));
                    }
                }));
    }

    private void apply(SearchResult found, boolean reveal) {
        result = found;
        List<SearchHit> all = found == null ? List.of() : found.hits();
        rows.setAll(ResultRow.of(found, scope.get() == Scope.LIBRARY));
        int next = cursor.show(all, reveal && scope.get() == Scope.ARTICLE);
        updateCounter();
        hint.set(found != null && found.total() == 0 && !notSearchableYet() ? hintFor(found.query()) : "");
        if (reveal && next >= 0) {
            cursor.reveal(next);
        }
    }

    /** A bare word matches whole words (and their inflections), so "tali" finds nothing while "tali*" would. */
    static String hintFor(String query) {
        String word = query.strip();
        if (!BARE_WORD.matcher(word).matches()) {
            return "";
        }
        return "“" + word + "” matches whole words only. For words starting with it, search " + word + "*";
    }

    /** F3 / Enter: the next hit, after the last the first. */
    public void next() {
        cursor.next();
    }

    /** Shift+F3: the previous hit, before the first the last. */
    public void previous() {
        cursor.previous();
    }

    /** Makes hit {@code i} the current one, selects it in the reader, opening its article first if need be. */
    public void goTo(int i) {
        cursor.goTo(i);
    }

    /** Opens a library result's article at its first hit. */
    public void open(ArticleHits article) {
        if (!article.hits().isEmpty()) {
            goTo(cursor.hits().indexOf(article.hits().get(0)));
        } else if (article.file() != null) {
            cursor.open(article.file());
        }
    }

    /** Esc: clears the query, the hits and their highlights; with nothing to clear, hides the bar. */
    public void clear() {
        boolean nothing = (query.get() == null || query.get().isEmpty()) && result == null && error.get().isEmpty();
        dismissSuggestions();
        typing.cancel();
        searches.cancel();
        searched = null;
        state.searchQueryProperty().set(null);
        query.set("");
        error.set("");
        result = null;
        rows.clear();
        cursor.clear();
        counter.set("");
        hint.set("");
        if (nothing) {
            barVisible.set(false);
        }
    }

    /** Clears the search and hides the bar. */
    public void close() {
        clear();
        barVisible.set(false);
    }

    // ---- suggestions

    /** Offers entity names and aliases that contain a word starting with what is typed (plain words, no query syntax). */
    public void suggest(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.length() < 2 || !PLAIN_TEXT.matcher(t).matches()) {
            dismissSuggestions();
            return;
        }
        suggesting.run(BackgroundTask.of("Suggesting", progress -> index.suggest(t, MAX_SUGGESTIONS))
                .onSuccess(suggestions::setAll)
                .onFailure(problem -> suggestions.clear()));
    }

    public void dismissSuggestions() {
        suggesting.cancel();
        suggestions.clear();
    }

    /** Searches for every mention of the suggested entity, under any of its names. */
    public void pick(Suggestion suggestion) {
        query.set(suggestion.query());
        search();
    }

    // ---- the article in the reader

    private void articleShown(Article article) {
        shown.articleShown(article);
        if (scope.get() == Scope.ARTICLE) {
            refresh();
        }
        cursor.articleShown();
    }

    /** The shown article's entities changed (the reader corrected them): index it again so entity searches see that. */
    public void entitiesChanged() {
        shown.entitiesChanged();
    }

    private void shownArticleSearchable() {
        if (scope.get() == Scope.ARTICLE) {
            refresh();
        }
    }

    /** The article being read has no index of its own yet (it is being built): "no matches" would be untrue. */
    private boolean notSearchableYet() {
        return scope.get() == Scope.ARTICLE && shown.notSearchableYet();
    }

    private void updateCounter() {
        counter.set(result == null ? "" : HitCursor.counter(cursor.hits().size(), cursor.current(), notSearchableYet(),
                scope.get() == Scope.LIBRARY ? result.articles().stream().filter(a -> !a.hits().isEmpty()).count() : 0));
    }

    /** Closes the article's own index, if one is open (on exit). */
    public void dispose() {
        shown.dispose();
    }
}
