package org.newslens.ui.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * What the window's features share, in one place: the article on screen and its selection (both owned by the
 * reader), the active entity, the last search, and typed {@link AppEvent events}. Features read and write this
 * instead of each other; {@code Workbench} makes one and hands it to every view model that needs it. FX thread only.
 */
public final class AppState {
    private final ReaderViewModel reader;
    private final ObjectProperty<Entity> activeEntity = new SimpleObjectProperty<>();
    private final ObjectProperty<String> searchQuery = new SimpleObjectProperty<>();
    private final Map<Class<? extends AppEvent>, List<Consumer<? super AppEvent>>> handlers = new LinkedHashMap<>();

    public AppState(ReaderViewModel reader) {
        this.reader = reader;
        // an entity belongs to the article it was found in
        reader.articleProperty().addListener(obs -> activeEntity.set(null));
    }

    /** The reader, which owns the article and the selection (and shows them). */
    public ReaderViewModel reader() {
        return reader;
    }

    /** The article on screen, or null. */
    public ReadOnlyObjectProperty<Article> articleProperty() {
        return reader.articleProperty();
    }

    public Article article() {
        return reader.getArticle();
    }

    /** The reader's selection (an empty range is the caret). */
    public ReadOnlyObjectProperty<TextRange> selectionProperty() {
        return reader.selectionProperty();
    }

    /** The entity the user is following (focused in the Entities pane), or null. */
    public ObjectProperty<Entity> activeEntityProperty() {
        return activeEntity;
    }

    /** The query the search bar ran last, or null when no search is shown. */
    public ObjectProperty<String> searchQueryProperty() {
        return searchQuery;
    }

    /**
     * Calls {@code handler} with every event of {@code type} published from now on; running what this returns stops
     * that (a window that closes stops following).
     */
    public <E extends AppEvent> Runnable on(Class<E> type, Consumer<? super E> handler) {
        Consumer<? super AppEvent> subscriber = event -> handler.accept(type.cast(event));
        handlers.computeIfAbsent(type, t -> new ArrayList<>()).add(subscriber);
        return () -> handlers.getOrDefault(type, new ArrayList<>()).remove(subscriber);
    }

    /** Tells every handler of the event's type, in the order they subscribed. */
    public void publish(AppEvent event) {
        for (Consumer<? super AppEvent> handler : List.copyOf(handlers.getOrDefault(event.getClass(), List.of()))) {
            handler.accept(event);
        }
    }
}
