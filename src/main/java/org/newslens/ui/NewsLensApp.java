package org.newslens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.newslens.app.AppHome;
import org.newslens.ui.task.FxTaskExecutor;
import org.newslens.ui.task.TaskExecutor;

/** The JavaFX application, launched by {@link org.newslens.Main}: composes the {@link Workbench} and shows it. */
public class NewsLensApp extends Application {
    /** Where the seed article lives, relative to the working directory (the project dir under {@code mvn javafx:run}). */
    static final Path SEEDS = Path.of("seeds");

    /**
     * The data folder's settings and services, read on a thread of their own while JavaFX starts (handed from
     * {@link #launchWindow} to the instance {@code Application.launch} makes).
     */
    private static CompletableFuture<WindowServices> early;

    private TaskExecutor executor;
    private Workbench workbench;

    public static void launchWindow(String[] args) {
        early = WindowServices.open(AppHome.fromEnvironment(), List.of(args), SEEDS);
        Application.launch(NewsLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        // Entity recognition can hold two workers for seconds (the sidebar's and search indexing's, sharing one
        // recognition); the others keep opening files and listing the library meanwhile.
        executor = new FxTaskExecutor(Math.max(4, Runtime.getRuntime().availableProcessors()));
        workbench = new Workbench((early != null ? early : WindowServices.open(AppHome.fromEnvironment())).join(), executor);
        workbench.setFolderOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        workbench.show(stage, getParameters().getRaw(), SEEDS);
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.flushSaves(); // before the workers are interrupted, so a save under way finishes
        }
        if (executor != null) {
            executor.shutdown();
        }
        if (workbench != null) {
            workbench.close();
        }
    }
}
