package org.newslens.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newslens.analysis.AnalysisService;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.AppHome;
import org.newslens.app.Json;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.library.ReadingStates;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.ui.library.LibraryViewModel;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.settings.SettingsStore;

/**
 * What the window reads and makes in the data folder before its first frame: {@code settings.json}, the user's
 * profile, the folders of the entity cache, annotations, analyses and reading states. {@link #open} does it on a thread
 * of its own — the application starts it before JavaFX, so the two overlap — never on the FX thread.
 */
public record WindowServices(AppHome home, SettingsStore settingsStore, SettingsStore.Loaded settings, EntityService entities,
                             AnnotationStorage annotations, WebAnnotationCodec codec, AnalysisService analysis,
                             ReadingStates readingStates) {

    /** The services of {@code home}, with CoreNLP entities cached there, made on a new thread. */
    public static CompletableFuture<WindowServices> open(AppHome home) {
        return open(home, () -> defaultEntityService(home));
    }

    /**
     * As above; then the same thread reads the article the window will open first ({@code rawArgs}' file, the last
     * article or the first seed) and looks its entities up in the cache. That readies the loader and the cache's reading
     * while JavaFX starts. The models are not loaded here even when the entities are not cached: on two cores that
     * took the first frame's CPU, and loading them after the first frame gives the first entities as soon
     * (docs/benchmarks.md, "Session 6").
     */
    public static CompletableFuture<WindowServices> open(AppHome home, List<String> rawArgs, Path seedsDir) {
        return open(home, () -> defaultEntityService(home), rawArgs, seedsDir);
    }

    static CompletableFuture<WindowServices> open(AppHome home, Supplier<EntityService> entities, List<String> rawArgs, Path seedsDir) {
        return open(home, entities, services -> services.prepare(rawArgs, seedsDir));
    }

    /** As above, with {@code entities} (the tests' recognisers). */
    public static CompletableFuture<WindowServices> open(AppHome home, Supplier<EntityService> entities) {
        return open(home, entities, services -> { });
    }

    private static CompletableFuture<WindowServices> open(AppHome home, Supplier<EntityService> entities, Consumer<WindowServices> then) {
        CompletableFuture<WindowServices> made = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                made.complete(make(home, entities.get()));
            } catch (RuntimeException | Error e) {
                made.completeExceptionally(e);
                return;
            }
            then.accept(made.join());
        }, "newslens-data-folder");
        thread.setDaemon(true);
        thread.start();
        return made;
    }

    private void prepare(List<String> rawArgs, Path seedsDir) {
        try {
            Optional<Path> first = MainViewModel.startupArticle(rawArgs, seedsDir, settings.settings());
            if (first.isPresent()) {
                entities.cached(new ArticleLoader().load(first.get().toAbsolutePath()));
            }
        } catch (ArticleLoadException | RuntimeException e) {
            // the window opens it again and says what is wrong
        }
    }

    private static WindowServices make(AppHome home, EntityService entities) {
        SettingsStore settings = new SettingsStore(home);
        WebAnnotationCodec codec = WebAnnotationCodec.forUser(home, null);
        return new WindowServices(home, settings, settings.load(), entities, annotationStorage(home, codec), codec,
                analysisService(home), LibraryViewModel.readingStatesOf(home));
    }

    /** If the data directory cannot hold the cache, entities still work, just without remembering them. */
    private static EntityService defaultEntityService(AppHome home) {
        try {
            return EntityService.createDefault(home);
        } catch (IOException e) {
            return new EntityService(new CoreNlpRecogniser(), new EntityCache(home.root().resolve("entities")));
        }
    }

    /** Annotations live in the data directory; if it cannot be made, opening them reports why in the window. */
    private static AnnotationStorage annotationStorage(AppHome home, WebAnnotationCodec codec) {
        try {
            return new AnnotationStorage(home.dir(AnnotationStorage.DIRECTORY), codec, Clock.systemUTC());
        } catch (IOException e) {
            return new AnnotationStorage(home.root().resolve(AnnotationStorage.DIRECTORY), new WebAnnotationCodec(Json.mapper()),
                    Clock.systemUTC());
        }
    }

    private static AnalysisService analysisService(AppHome home) {
        try {
            return AnalysisService.createDefault(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the data directory " + home + ": " + e.getMessage(), e);
        }
    }
}
