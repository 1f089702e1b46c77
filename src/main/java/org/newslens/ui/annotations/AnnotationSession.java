package org.newslens.ui.annotations;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.annotation.Annotation;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.app.Errors;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.state.Notice;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;

/**
 * The open annotations of the article on screen: opened on a worker whenever the reader shows an article, drawn on
 * the reader's {@value HighlightLayers#ANNOTATIONS} layer and listed (placed ones in reading order, orphans apart)
 * after every change of the store. Publishes {@link AppEvent.CorrectionsChanged} when the entity corrections change,
 * {@link AppEvent.SpeakerCorrectionsChanged} when the speaker corrections do.
 */
final class AnnotationSession implements ShownAnnotations {
    private final AnnotationStorage storage;
    private final ReaderViewModel reader;
    private final AppState state;
    private final CommandHistory history;
    private final Clock clock;
    private final Latest opening;
    private final AnnotationSaves saves;
    private final AnnotationStore.Listener storeListener = s -> refresh();

    private AnnotationStore store;
    private AnnotationEditor editor;
    private List<EntityCorrection> lastCorrections = List.of();
    private List<SpeakerCorrection> lastSpeakers = List.of();

    private final ObservableList<AnnotationItem> annotations = FXCollections.observableArrayList();
    private final ObservableList<AnnotationItem> orphans = FXCollections.observableArrayList();
    private final ObservableList<AnnotationItem> articleNotes = FXCollections.observableArrayList();
    private final ObservableList<AnnotationItem> articleNotesView = FXCollections.unmodifiableObservableList(articleNotes);
    private final ObservableList<AnnotationItem> annotationsView = FXCollections.unmodifiableObservableList(annotations);
    private final ObservableList<AnnotationItem> orphansView = FXCollections.unmodifiableObservableList(orphans);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final Notice notice = new Notice();
    private final ReadOnlyObjectWrapper<Path> storageFile = new ReadOnlyObjectWrapper<>();

    AnnotationSession(AnnotationStorage storage, AppState state, CommandHistory history, TaskExecutor executor, Clock clock) {
        this.storage = storage;
        this.state = state;
        this.reader = state.reader();
        this.history = history;
        this.clock = clock;
        this.opening = new Latest(executor);
        this.saves = new AnnotationSaves(executor, failures -> {
            // the store is back to what the file holds: the undo steps no longer match it
            history.clear();
            notice.show(String.join("\n", failures) + "\nThat change was not kept.");
        }, () -> state.publish(new AppEvent.AnnotationsSaved()));
    }

    void articleShown(Article article) {
        opening.cancel();
        detach();
        history.clear();
        annotations.clear();
        orphans.clear();
        articleNotes.clear();
        notice.dismiss();
        storageFile.set(null);
        if (article == null) {
            return;
        }
        storageFile.set(storage.fileFor(article));
        opening.run(BackgroundTask.of("Opening annotations", progress -> storage.open(article))
                .onlyWhile(() -> reader.getArticle() == article)
                .onSuccess(this::attach)
                .onFailure(error -> notice.show("Annotations for this article cannot be opened or saved ("
                        + Errors.message(error) + "). You can keep reading; highlights are disabled.")));
    }

    private void attach(AnnotationStore opened) {
        store = opened;
        editor = new AnnotationEditor(opened, history, clock);
        saves.manage(opened);
        opened.addListener(storeListener);
        storageFile.set(opened.file());
        lastCorrections = opened.corrections();
        ready.set(true);
        if (!opened.notices().isEmpty()) {
            notice.show(String.join("\n", opened.notices()));
        }
        refresh();
        if (!lastCorrections.isEmpty()) {
            state.publish(new AppEvent.CorrectionsChanged());
        }
    }

    private void detach() {
        if (store != null) {
            store.removeListener(storeListener);
        }
        boolean hadCorrections = !lastCorrections.isEmpty();
        store = null;
        editor = null;
        lastCorrections = List.of();
        ready.set(false);
        if (hadCorrections) {
            state.publish(new AppEvent.CorrectionsChanged());
        }
        if (!lastSpeakers.isEmpty()) {
            lastSpeakers = List.of();
            state.publish(new AppEvent.SpeakerCorrectionsChanged());
        }
    }

    private void refresh() {
        if (store == null) {
            return;
        }
        Article article = store.article();
        List<AnnotationItem> placed = new ArrayList<>();
        List<Highlight> highlights = new ArrayList<>();
        for (Annotation a : store.annotations()) {
            placed.add(AnnotationItem.of(a, article.paragraphAt(a.start()).number(), false));
            highlights.add(new Highlight(a.start(), a.end(), AnnotationsViewModel.styleClass(a.colour())));
        }
        annotations.setAll(placed);
        orphans.setAll(store.orphans().stream().map(a -> AnnotationItem.of(a, 0, true)).toList());
        articleNotes.setAll(store.articleNotes().stream().map(AnnotationItem::ofArticleNote).toList());
        reader.setLayer(HighlightLayers.ANNOTATIONS, highlights);
        List<EntityCorrection> now = store.corrections();
        if (!now.equals(lastCorrections)) {
            lastCorrections = now;
            state.publish(new AppEvent.CorrectionsChanged());
        }
        List<SpeakerCorrection> speakers = store.speakerCorrections();
        if (!speakers.equals(lastSpeakers)) {
            lastSpeakers = speakers;
            state.publish(new AppEvent.SpeakerCorrectionsChanged());
        }
    }

    /** Writes every change still waiting to be saved, on this thread (the window is closing); returns the failures. */
    List<String> flushSaves() {
        return saves.flush();
    }

    /** The open store, or null while none is open. */
    AnnotationStore store() {
        return store;
    }

    /** Changes the open store through undoable commands; null while none is open. */
    AnnotationEditor editor() {
        return editor;
    }

    @Override
    public ObservableList<AnnotationItem> annotations() {
        return annotationsView;
    }

    @Override
    public ObservableList<AnnotationItem> orphans() {
        return orphansView;
    }

    @Override
    public ObservableList<AnnotationItem> articleNotes() {
        return articleNotesView;
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public Notice notice() {
        return notice;
    }

    @Override
    public ReadOnlyObjectProperty<Path> storageFileProperty() {
        return storageFile.getReadOnlyProperty();
    }
}
