package org.newslens.ui.search;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.nio.file.Path;
import java.util.List;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.index.ArticleHits;
import org.newslens.index.QuerySyntaxException;
import org.newslens.index.SearchResult;
import org.newslens.index.SearchScope;
import org.newslens.index.ArticleIndex;
import org.newslens.index.IndexOutcome;
import org.newslens.index.EntitySource;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * Makes the article on screen searchable: asks the index whether it has this very text, and if not indexes it with
 * its entities in the background. Until that is done the text is searched in a small index of its own, so searching
 * never waits for entity recognition. Every index call runs on a worker.
 */
final class ShownArticleIndex {
    private final ArticleIndex index;
    private final EntitySource entities;
    private final AppState state;
    private final Runnable searchable;
    /** Whether the index holds the shown article. */
    private final Latest checking;
    /** The shown article's own small index (text only), until the real index has it. */
    private final Latest ownIndex;
    /** Indexing the shown article with its entities; earlier articles' indexing is dropped. */
    private final Latest indexing;
    /** Indexing waits for recognition, so it runs one article at a time and only the latest article waits. */
    private final TaskQueue indexQueue;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private Article article;
    private boolean indexed;
    /** The shown article's corrections changed since the annotations were last saved. */
    private boolean unsavedCorrections;
    private ArticleIndex own;

    /** @param searchable called (on the FX thread) whenever the shown article becomes searchable in another way */
    ShownArticleIndex(ArticleIndex index, EntitySource entities, TaskExecutor executor, AppState state, Runnable searchable) {
        this.index = index;
        this.entities = entities;
        this.state = state;
        this.searchable = searchable;
        this.checking = new Latest(executor);
        this.ownIndex = new Latest(executor);
        this.indexing = new Latest(executor);
        this.indexQueue = new TaskQueue(executor);
    }

    /** "Indexing …" while the shown article is not yet searchable by entity, a problem, or "". */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    void articleShown(Article shown) {
        checking.cancel();
        ownIndex.cancel();
        indexing.cancel();
        closeOwn();
        status.set("");
        article = shown;
        indexed = false;
        unsavedCorrections = false;
        if (shown == null) {
            return;
        }
        checking.run(BackgroundTask.of("Preparing search", progress -> index.isIndexed(shown))
                .onSuccess(has -> {
                    if (has) {
                        indexed = true;
                        searchable.run();
                    } else {
                        indexInBackground(shown);
                    }
                })
                .onFailure(error -> indexInBackground(shown)));
    }

    /**
     * The shown article's entities or quote speakers changed (the reader corrected them): index it again so entity and
     * speaker searches see that, and once more when the change is saved (see {@link #saved()}).
     */
    void entitiesChanged() {
        if (article != null) {
            unsavedCorrections = true;
            indexWithEntities(article);
        }
    }

    /** Annotations were saved: the index reads corrections from the files, so a correction made before is read now. */
    void saved() {
        if (article != null && unsavedCorrections) {
            unsavedCorrections = false;
            indexWithEntities(article);
        }
    }

    /** Where a search of the shown article looks now: its own small index until the real one has it. */
    ArticleIndex target() {
        return indexed || own == null ? index : own;
    }

    /** True while the shown article has no index at all (its own is being built): "no matches" would be untrue. */
    boolean notSearchableYet() {
        return article != null && !indexed && own == null;
    }

    /**
     * On a worker: the hits of {@code q} in {@code article}, looked up in {@code target} (see {@link #target()}), none
     * when no article is open.
     */
    static SearchResult search(ArticleIndex index, ArticleIndex target, String q, Article article) throws QuerySyntaxException {
        if (article == null) {
            // Still parse it, so a bad query is explained before any article is open.
            index.search(q, SearchScope.file(Path.of(".newslens-no-article")), 1);
            return SearchResult.empty(q);
        }
        SearchResult found = target.search(q, SearchScope.article(article), 1);
        // The index may hold an older version of this file until the new one is indexed: its offsets would be wrong.
        List<ArticleHits> same = found.articles().stream()
                .filter(a -> a.contentHash().equals(article.contentHash())).toList();
        int total = same.stream().mapToInt(a -> a.hits().size()).sum();
        return new SearchResult(q, total, same.size(), same);
    }

    private void indexInBackground(Article shown) {
        status.set("Indexing “" + shown.title() + "” for search…");
        ownIndex.run(BackgroundTask.of("Preparing search", progress -> {
                    LuceneArticleIndex small = LuceneArticleIndex.inMemory();
                    small.index(shown, EntityAnalysis.empty());
                    return (ArticleIndex) small;
                })
                .onlyWhile(() -> !indexed)
                .onSuccess(small -> {
                    own = small;
                    searchable.run();
                })
                .onDiscarded(ArticleIndex::close));
        indexWithEntities(shown);
    }

    private void indexWithEntities(Article shown) {
        indexQueue.offer(indexing.mark(BackgroundTask.of("Indexing " + shown.title(), progress -> {
                    progress.update(-1, "Indexing “" + shown.title() + "” for search…");
                    IndexOutcome outcome = index.index(shown, entities);
                    index.commit();
                    return outcome;
                }))
                .onSuccess(outcome -> {
                    announce(outcome);
                    indexed = true;
                    status.set("");
                    closeOwn();
                    searchable.run();
                })
                .onDiscarded(this::announce)
                .onFailure(error -> status.set("Search by entity is unavailable for this article: " + describe(error))));
    }

    /** Tells the library's views that the index changed, unless the article was there already as it is. */
    private void announce(IndexOutcome outcome) {
        if (outcome != IndexOutcome.UNCHANGED) {
            state.publish(new AppEvent.IndexChanged());
        }
    }

    private static String describe(Throwable error) {
        return Errors.message(error);
    }

    private void closeOwn() {
        if (own != null) {
            own.close();
            own = null;
        }
    }

    /** Closes the article's own index, if one is open (on exit). */
    void dispose() {
        closeOwn();
    }
}
