package org.newslens.ui.analysis;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.annotation.SpeakerCorrector;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.article.Article;
import org.newslens.export.AnalysisExporter;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;

/**
 * Quotes, timeline and figures of the article on screen, derived in the background from its (corrected) entities
 * whenever they change, with the reader's speaker corrections laid over the quotes; shared by the Quotes, Timeline and Figures panes. When the article states no date of its
 * own, {@link #needsDateProperty()} asks the reader once; the answer is remembered for that article.
 */
public final class ArticleAnalysisViewModel {
    private final AnalysisService service;
    private final AppState state;
    private final ReadOnlyObjectProperty<EntityAnalysis> entities;
    private final TaskExecutor executor;
    private final Latest latest;
    private final ReadOnlyObjectWrapper<ArticleAnalysis> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding needsDate = Bindings.createBooleanBinding(
            () -> result.get() != null && result.get().articleDate() == null, result);
    private final StringBinding dateLine = Bindings.createStringBinding(() -> dateLineOf(result.get()), result);
    /** The analysis as derived, before the reader's speaker corrections are laid over it. */
    private ArticleAnalysis found;
    private final Supplier<List<SpeakerCorrection>> speakerCorrections;

    /** @param speakerCorrections the reader's speaker corrections of the article on screen, as the annotations hold them now */
    public ArticleAnalysisViewModel(AnalysisService service, TaskExecutor executor, AppState state,
                                    ReadOnlyObjectProperty<EntityAnalysis> entities, Supplier<List<SpeakerCorrection>> speakerCorrections) {
        this.service = service;
        this.speakerCorrections = speakerCorrections;
        this.state = state;
        this.entities = entities;
        this.executor = executor;
        this.latest = new Latest(executor);
        entities.addListener(obs -> refresh());
        state.articleProperty().addListener(obs -> refresh());
        state.on(AppEvent.SpeakerCorrectionsChanged.class, e -> showCorrected());
        refresh();
    }

    public ReadOnlyObjectProperty<ArticleAnalysis> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public BooleanBinding needsDateProperty() {
        return needsDate;
    }

    /** "Dated 1996-08-31 (dateline)", or what is missing. */
    public StringBinding dateLineProperty() {
        return dateLine;
    }

    private static String dateLineOf(ArticleAnalysis a) {
        if (a == null) {
            return "";
        }
        return a.articleDate() == null ? "The article gives no date: relative dates need one."
                : "Dated " + a.articleDate() + " (" + a.articleDateSource() + ")";
    }

    public AppState state() {
        return state;
    }

    /** The entities the analysis was derived from (names for the timeline). */
    public EntityAnalysis entities() {
        return entities.get();
    }

    /** One part of the analysis as a list, made again from each result (empty while there is none), for its pane. */
    public <T> ObservableList<T> follow(Function<ArticleAnalysis, List<T>> part) {
        ObservableList<T> list = FXCollections.observableArrayList();
        InvalidationListener fill = obs -> list.setAll(result.get() == null ? List.of() : part.apply(result.get()));
        result.addListener(fill);
        fill.invalidated(result);
        return FXCollections.unmodifiableObservableList(list);
    }

    /**
     * Prepares the rules in the background (at start, while the first article's entities are being recognised), so
     * its quotes, timeline and figures follow the entities at once.
     */
    public void warmUp() {
        BackgroundTask.of("Preparing quotes, timeline and figures", progress -> {
            service.warmUp();
            return Boolean.TRUE;
        }).executeWith(executor);
    }

    private void refresh() {
        Article article = state.article();
        EntityAnalysis found = entities.get();
        latest.cancel();
        if (article == null || found == null) {
            this.found = null;
            result.set(null);
            return;
        }
        latest.run(BackgroundTask.of("Quotes, timeline and figures", progress -> service.analyse(article, found))
                .onlyWhile(() -> state.article() == article && entities.get() == found)
                .onSuccess(this::show));
    }

    private void show(ArticleAnalysis a) {
        found = a;
        showCorrected();
    }

    /** The analysis with the reader's speaker corrections over it: a handful of quotes, so at once. */
    private void showCorrected() {
        Article article = state.article();
        result.set(found == null || article == null ? found
                : SpeakerCorrector.apply(found, article.text(), entities.get() == null ? EntityAnalysis.empty() : entities.get(), speakerCorrections.get()));
    }

    /**
     * Writes the quotes, timeline or figures of the article on screen to {@code target} as csv, md or json, in the
     * background; {@code done} gets a line for the status bar (for each export, also when another was started since).
     */
    public void export(AnalysisExporter.What what, String format, Path target, Consumer<String> done) {
        Article article = state.article();
        ArticleAnalysis a = result.get();
        if (article == null || a == null || target == null) {
            return;
        }
        BackgroundTask.of("Export", progress -> {
                    AtomicFiles.writeUserFile(target, new AnalysisExporter(Json.mapper()).export(article, a, what, format)
                            .getBytes(StandardCharsets.UTF_8), true); // the save dialog asked before replacing
                    return target;
                })
                .onSuccess(path -> done.accept("Wrote " + path.getFileName()))
                .onFailure(error -> done.accept("Could not write " + target.getFileName() + ": " + error.getMessage()))
                .executeWith(executor);
    }

    /** The reader's answer to "when was this written?"; remembered for the article, and the timeline re-read. */
    public void setArticleDate(LocalDate date) {
        Article article = state.article();
        EntityAnalysis found = entities.get();
        if (article == null || found == null || date == null) {
            return;
        }
        latest.run(BackgroundTask.of("Article date", progress -> {
                    service.setReaderDate(article, date);
                    return service.analyse(article, found);
                })
                .onlyWhile(() -> state.article() == article)
                .onSuccess(this::show));
    }
}
