package org.newslens.ui.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.article.Article;
import org.newslens.index.ArticleHits;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.IndexException;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchHit;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchScope;
import org.newslens.index.Suggestion;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * The query bar and its results: the query, where it looks (this article or the library), the hits with the
 * current one, the "3 of 12" counter, a syntax error, entity suggestions. Hits of the article being read go to
 * the reader's {@value HighlightLayers#SEARCH} layer. Every article shown is indexed in the background with its
 * entities; until that is done its text is searched in a small index of its own, so searching never waits
 * for entity recognition.
 */
public final class SearchViewModel {
    public static final String HIT_STYLE = "search-hit";
    public static final String CURRENT_STYLE = "search-hit-current";
    static final int MAX_SUGGESTIONS = 8;
    private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{L}\\p{N} .'\u2019-]+");
    private static final Pattern BARE_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]{1,}");

    /** Where a search looks. */
    public enum Scope { ARTICLE, LIBRARY }

    private final ArticleIndex index;
    private final EntitySource entities;
    private final ReaderViewModel reader;
    private final AppState state;
    /** The shown article's own small index (text only), until the real index has it. */
    private final Latest ownIndex;
    /** Indexing the shown article with its entities; earlier articles' indexing is dropped. */
    private final Latest indexing;
    /** Indexing waits for recognition, so it runs one article at a time and only the latest article waits. */
    private final TaskQueue indexQueue;
    private final Consumer<Path> opener;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ARTICLE);
    private final ReadOnlyBooleanWrapper barVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    // One read-only view of each list: a view made per call would be collected with the listeners put on it.
    private final ObservableList<SearchHit> hitsView = FXCollections.unmodifiableObservableList(hits);
    private final ObservableList<ResultRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);

    private SearchResult result;
    private String searched;
    private boolean articleIndexed;
    private ArticleIndex pending;
    private SearchHit pendingJump;

    /**
     * @param entities where an article's entities come from (the entity service: cache first)
     * @param opener   opens an article of the library in the reader (e.g. {@code MainViewModel::open})
     */
    public SearchViewModel(ArticleIndex index, EntitySource entities, TaskExecutor executor, ReaderViewModel reader,
                           Consumer<Path> opener) {
        this(index, entities, executor, new AppState(reader), opener);
    }

    /**
     * Re-indexes the article on {@link AppEvent.CorrectionsChanged}, searches again on {@link AppEvent.LibraryChanged},
     * publishes {@link AppEvent.IndexChanged} and keeps {@link AppState#searchQueryProperty()} up to date.
     */
    public SearchViewModel(ArticleIndex index, EntitySource entities, TaskExecutor executor, AppState state,
                           Consumer<Path> opener) {
        this.index = index;
        this.entities = entities;
        this.state = state;
        this.reader = state.reader();
        this.ownIndex = new Latest(executor);
        this.indexing = new Latest(executor);
        this.indexQueue = new TaskQueue(executor);
        this.opener = opener;
        reader.articleProperty().addListener((obs, old, article) -> articleShown(article));
        scope.addListener((obs, old, s) -> refresh());
        state.on(AppEvent.CorrectionsChanged.class, e -> entitiesChanged());
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
        return indexStatus.getReadOnlyProperty();
    }

    /** A tip when a query finds nothing, e.g. that a bare word matches whole words only; or "". */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Index into {@link #hits()} of the current hit, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The hits of the last search that could be run, article by article, in text order. */
    public ObservableList<SearchHit> hits() {
        return hitsView;
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
        suggestions.clear();
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
            error.set("");
            apply(null, false);
            return;
        }
        try {
            SearchResult found = scope.get() == Scope.LIBRARY ? index.search(q, SearchScope.all()) : searchArticle(q);
            error.set("");
            apply(found, reveal);
        } catch (QuerySyntaxException e) {
            error.set(e.getMessage());
        } catch (IndexException e) {
            error.set("The search index cannot be read: " + e.getMessage());
        }
    }

    private SearchResult searchArticle(String q) throws QuerySyntaxException {
        Article article = reader.getArticle();
        if (article == null) {
            // Still parse it, so a bad query is explained before any article is open.
            index.search(q, SearchScope.file(Path.of(".newslens-no-article")), 1);
            return SearchResult.empty(q);
        }
        ArticleIndex target = articleIndexed || pending == null ? index : pending;
        SearchResult found = target.search(q, SearchScope.article(article), 1);
        // The index may hold an older version of this file until the new one is indexed: its offsets would be wrong.
        List<ArticleHits> same = found.articles().stream()
                .filter(a -> a.contentHash().equals(article.contentHash())).toList();
        int total = same.stream().mapToInt(a -> a.hits().size()).sum();
        return new SearchResult(q, total, same.size(), same);
    }

    private void apply(SearchResult found, boolean reveal) {
        SearchHit previous = current.get() >= 0 && current.get() < hits.size() ? hits.get(current.get()) : null;
        result = found;
        List<SearchHit> all = found == null ? List.of() : found.hits();
        hits.setAll(all);
        rows.setAll(rowsOf(found));
        int next = previous == null ? -1 : all.indexOf(previous);
        if (next < 0 && reveal && scope.get() == Scope.ARTICLE && !all.isEmpty()) {
            next = 0;
        }
        current.set(next);
        showHighlights();
        updateCounter();
        hint.set(found != null && found.total() == 0 && !notSearchableYet() ? hintFor(found.query()) : "");
        if (reveal && next >= 0) {
            reveal(all.get(next));
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

    private List<ResultRow> rowsOf(SearchResult found) {
        List<ResultRow> out = new ArrayList<>();
        if (found == null) {
            return out;
        }
        int i = 0;
        for (ArticleHits article : found.articles()) {
            if (article.hits().isEmpty()) {
                continue;
            }
            if (scope.get() == Scope.LIBRARY) {
                out.add(new ResultRow.ArticleRow(article));
            }
            for (SearchHit hit : article.hits()) {
                out.add(new ResultRow.HitRow(hit, i++));
            }
        }
        return out;
    }

    /** F3 / Enter: the next hit, after the last the first. */
    public void next() {
        if (hits.isEmpty()) {
            return;
        }
        goTo(current.get() < 0 ? firstFromHere() : (current.get() + 1) % hits.size());
    }

    /** Shift+F3: the previous hit, before the first the last. */
    public void previous() {
        if (hits.isEmpty()) {
            return;
        }
        int at = current.get() < 0 ? firstFromHere() : current.get();
        goTo((at - 1 + hits.size()) % hits.size());
    }

    /** With no current hit, stepping starts in the article being read if it has hits. */
    private int firstFromHere() {
        for (int i = 0; i < hits.size(); i++) {
            if (inReader(hits.get(i))) {
                return i;
            }
        }
        return 0;
    }

    /** Makes hit {@code i} the current one, selects it in the reader, opening its article first if need be. */
    public void goTo(int i) {
        if (i < 0 || i >= hits.size()) {
            return;
        }
        current.set(i);
        updateCounter();
        SearchHit hit = hits.get(i);
        if (inReader(hit)) {
            pendingJump = null;
            showHighlights();
            reveal(hit);
        } else if (hit.file() != null) {
            pendingJump = hit;
            opener.accept(hit.file());
        }
    }

    /** Opens a library result's article at its first hit. */
    public void open(ArticleHits article) {
        if (!article.hits().isEmpty()) {
            goTo(hits.indexOf(article.hits().get(0)));
        } else if (article.file() != null) {
            opener.accept(article.file());
        }
    }

    /** Esc: clears the query, the hits and their highlights; with nothing to clear, hides the bar. */
    public void clear() {
        boolean nothing = (query.get() == null || query.get().isEmpty()) && result == null && error.get().isEmpty();
        suggestions.clear();
        pendingJump = null;
        searched = null;
        state.searchQueryProperty().set(null);
        query.set("");
        error.set("");
        result = null;
        hits.clear();
        rows.clear();
        current.set(-1);
        counter.set("");
        hint.set("");
        reader.clearLayer(HighlightLayers.SEARCH);
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
            suggestions.clear();
            return;
        }
        try {
            suggestions.setAll(index.suggest(t, MAX_SUGGESTIONS));
        } catch (IndexException e) {
            suggestions.clear();
        }
    }

    public void dismissSuggestions() {
        suggestions.clear();
    }

    /** Searches for every mention of the suggested entity, under any of its names. */
    public void pick(Suggestion suggestion) {
        query.set(suggestion.query());
        search();
    }

    // ---- the article in the reader

    private void articleShown(Article article) {
        ownIndex.cancel();
        indexing.cancel();
        closePending();
        articleIndexed = article != null && index.isIndexed(article);
        if (article != null && !articleIndexed) {
            indexInBackground(article);
        }
        if (scope.get() == Scope.ARTICLE) {
            refresh();
        } else {
            showHighlights();
        }
        SearchHit jump = pendingJump;
        pendingJump = null;
        if (jump != null && article != null && inReader(jump)) {
            int at = hits.indexOf(jump);
            if (at >= 0) {
                goTo(at);
            }
        }
    }

    /** The shown article's entities changed (the reader corrected them): index it again so entity searches see that. */
    public void entitiesChanged() {
        Article article = reader.getArticle();
        if (article != null) {
            indexWithEntities(article);
        }
    }

    private void indexInBackground(Article article) {
        indexStatus.set("Indexing “" + article.title() + "” for search…");
        ownIndex.run(BackgroundTask.of("Preparing search", progress -> {
                    LuceneArticleIndex own = LuceneArticleIndex.inMemory();
                    own.index(article, EntityAnalysis.empty());
                    return own;
                })
                .onlyWhile(() -> !articleIndexed)
                .onSuccess(own -> {
                    pending = own;
                    refreshArticle();
                })
                .onDiscarded(ArticleIndex::close));
        indexWithEntities(article);
    }

    /**
     * Indexes the article with its entities. Recognition holds a worker for seconds, so while one runs only the
     * latest article waits, and one no longer shown by then is skipped.
     */
    private void indexWithEntities(Article article) {
        indexQueue.offer(indexing.mark(BackgroundTask.of("Indexing " + article.title(), progress -> {
                    progress.update(-1, "Indexing “" + article.title() + "” for search…");
                    index.index(article, entities.analyse(article));
                    index.commit();
                    return article;
                }))
                .onSuccess(done -> {
                    indexed();
                    articleIndexed = true;
                    indexStatus.set("");
                    closePending();
                    refreshArticle();
                })
                .onDiscarded(done -> indexed())
                .onFailure(error -> indexStatus.set("Search by entity is unavailable for this article: " + describe(error))));
    }

    private void indexed() {
        state.publish(new AppEvent.IndexChanged());
    }

    private void refreshArticle() {
        if (scope.get() == Scope.ARTICLE) {
            refresh();
        }
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    private void closePending() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }

    private boolean inReader(SearchHit hit) {
        Article article = reader.getArticle();
        return article != null && article.contentHash().equals(hit.contentHash());
    }

    private void showHighlights() {
        Article article = reader.getArticle();
        if (article == null) {
            return;
        }
        List<Highlight> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            if (inReader(hit)) {
                out.add(new Highlight(hit.start(), hit.end(), HIT_STYLE));
                if (i == current.get()) {
                    out.add(new Highlight(hit.start(), hit.end(), CURRENT_STYLE));
                }
            }
        }
        if (out.isEmpty()) {
            reader.clearLayer(HighlightLayers.SEARCH);
        } else {
            reader.setLayer(HighlightLayers.SEARCH, out);
        }
    }

    private void reveal(SearchHit hit) {
        reader.select(hit.start(), hit.end());
    }

    /** The article being read has no index of its own yet (it is being built): "no matches" would be untrue. */
    private boolean notSearchableYet() {
        return scope.get() == Scope.ARTICLE && reader.getArticle() != null && !articleIndexed && pending == null;
    }

    private void updateCounter() {
        if (result == null) {
            counter.set("");
            return;
        }
        int total = hits.size();
        String text;
        if (total == 0 && notSearchableYet()) {
            text = "Preparing search…";
        } else if (total == 0) {
            text = "No matches";
        } else if (current.get() >= 0) {
            text = (current.get() + 1) + " of " + total;
        } else {
            text = total == 1 ? "1 match" : total + " matches";
        }
        if (scope.get() == Scope.LIBRARY && total > 0) {
            long articles = result.articles().stream().filter(a -> !a.hits().isEmpty()).count();
            text += articles == 1 ? " in 1 article" : " in " + articles + " articles";
        }
        counter.set(text);
    }

    /** Closes the article's own index, if one is open (on exit). */
    public void dispose() {
        closePending();
    }
}
