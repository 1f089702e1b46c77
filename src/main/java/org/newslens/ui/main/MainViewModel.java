package org.newslens.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ListChangeListener;
import org.newslens.app.Errors;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoadException;
import org.newslens.article.ArticleLoader;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.settings.Settings;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.settings.WindowBounds;
import org.newslens.ui.state.Notice;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskHandle;
import org.newslens.ui.task.TaskQueue;

/**
 * The window's state and commands: which article is open (through the {@link ReaderViewModel}), the theme,
 * recent files, the error banner, the status line, and the settings that outlive a run.
 */
public final class MainViewModel {
    public static final String APP_NAME = "NewsLens";

    private final SettingsStore store;
    private final ArticleLoader loader;
    private final ReaderViewModel reader;

    private Settings settings;
    private final Latest opening;
    private final TaskQueue saves;
    private long changes;
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper();
    private final Notice banner = new Notice();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<TaskHandle> activeTask = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recentFiles);

    public MainViewModel(SettingsStore store, TaskExecutor executor, ArticleLoader loader, ReaderViewModel reader) {
        this(store, store.load(), executor, loader, reader);
    }

    /** @param loaded what {@code store} held, read beforehand off the FX thread */
    public MainViewModel(SettingsStore store, SettingsStore.Loaded loaded, TaskExecutor executor, ArticleLoader loader,
                         ReaderViewModel reader) {
        this.store = store;
        this.loader = loader;
        this.reader = reader;
        this.opening = new Latest(executor);
        this.saves = new TaskQueue(executor);
        settings = loaded.settings();
        if (loaded.problem() != null) {
            status.set(loaded.problem());
        }
        darkTheme.set(settings.darkTheme());
        reader.setFontSize(settings.fontSize());
        refreshRecent();
        windowTitle.bind(Bindings.createStringBinding(() -> {
            Article a = reader.getArticle();
            return a == null ? APP_NAME : APP_NAME + " — " + a.title();
        }, reader.articleProperty()));
        empty.bind(reader.articleProperty().isNull().and(loading.not()));
        reader.fontSizeProperty().addListener((obs, old, size) -> update(settings.withFontSize(size.doubleValue())));
        executor.running().addListener((ListChangeListener<TaskHandle>) change ->
                activeTask.set(executor.running().isEmpty() ? null : executor.running().get(executor.running().size() - 1)));
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public Settings settings() {
        return settings;
    }

    // ---- opening

    /**
     * What to open at start: the file named on the command line, else the last article if it still exists,
     * else the first file in {@code seedsDir}. Empty when there is nothing to open.
     */
    public Optional<Path> startupArticle(List<String> rawArgs, Path seedsDir) {
        return startupArticle(rawArgs, seedsDir, settings);
    }

    /** As above, with {@code settings}' last article. */
    public static Optional<Path> startupArticle(List<String> rawArgs, Path seedsDir, Settings settings) {
        for (String arg : rawArgs) {
            if (!arg.startsWith("-")) {
                return Optional.of(Path.of(arg));
            }
        }
        if (settings.lastArticle() != null) {
            Path last = Path.of(settings.lastArticle());
            if (Files.isRegularFile(last)) {
                return Optional.of(last);
            }
        }
        return firstSeed(seedsDir);
    }

    static Optional<Path> firstSeed(Path seedsDir) {
        if (seedsDir == null || !Files.isDirectory(seedsDir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Opens {@code rawArgs}' file, the last article or the seed; shows the empty state if none can be read. */
    public void openAtStartup(List<String> rawArgs, Path seedsDir) {
        startupArticle(rawArgs, seedsDir).ifPresent(this::open);
    }

    /** Loads {@code file} in the background; on failure the current article stays and the banner says why. */
    public void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        String name = target.getFileName() == null ? target.toString() : target.getFileName().toString();
        loading.set(true);
        status.set("Opening " + name + "…");
        opening.run(BackgroundTask.of("Opening " + name, progress -> loader.load(target))
                .then((article, progress) -> reader.prepare(article))
                .onSuccess(article -> {
                    loading.set(false);
                    banner.dismiss();
                    reader.showPrepared(article);
                    status.set("Opened " + name);
                    update(settings.withOpened(target.toString()));
                })
                .onFailure(error -> {
                    loading.set(false);
                    banner.show(describe(error, name));
                    status.set("Could not open " + name);
                    if (!Files.exists(target)) {
                        update(settings.withoutRecent(target.toString()));
                    }
                }));
    }

    static String describe(Throwable error, String name) {
        if (error instanceof ArticleLoadException && error.getMessage() != null) {
            return error.getMessage();
        }
        if (error instanceof OutOfMemoryError) {
            return "“" + name + "” is too large to open.";
        }
        String detail = Errors.message(error);
        return "Could not open “" + name + "”: " + detail;
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** True when no article is shown and none is loading: the window offers an Open button. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    public void clearRecentFiles() {
        update(settings.withRecentCleared());
    }

    // ---- messages

    /** Why the file could not be opened, shown above the reader until dismissed. */
    public Notice banner() {
        return banner;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** For features that report something in the status bar. */
    public void setStatus(String message) {
        status.set(message == null ? "" : message);
    }

    /** The newest background task still running, or null (the status bar shows its progress). */
    public ReadOnlyObjectProperty<TaskHandle> activeTaskProperty() {
        return activeTask.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    // ---- view

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
        update(settings.withDarkTheme(dark));
    }

    public void toggleDarkTheme() {
        setDarkTheme(!darkTheme.get());
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(settings.window());
    }

    /** Remembers the window's bounds (called when it closes). */
    public void rememberWindow(WindowBounds bounds) {
        update(settings.withWindow(bounds));
    }

    private void update(Settings next) {
        if (next.equals(settings)) {
            return;
        }
        settings = next;
        refreshRecent();
        long change = ++changes;
        // a queue: one save at a time, only the newest waiting one is kept (each save holds every setting)
        saves.offer(BackgroundTask.of("Saving settings", progress -> store.saveChange(next, change)).onSuccess(this::saveProblem));
    }

    /** Writes the latest settings here and now, unless saved already: the window is closing (its bounds just remembered). */
    public void flushSettings() {
        saveProblem(store.saveChange(settings, changes));
    }

    private void saveProblem(String problem) {
        if (problem != null) {
            status.set(problem);
        }
    }

    private void refreshRecent() {
        List<Path> paths = new ArrayList<>();
        for (String f : settings.recentFiles()) {
            paths.add(Path.of(f));
        }
        if (!paths.equals(recentFiles)) {
            recentFiles.setAll(paths);
        }
    }
}
