package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.newslens.app.AppHome;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.task.FxTaskExecutor;

/**
 * The real window on one written article, with a few known names instead of CoreNLP (for tests about the reader,
 * search or notes, where recognition would only slow them down).
 */
final class FastWindow {
    final Workbench workbench;
    private final FxTaskExecutor executor;

    private FastWindow(Workbench workbench, FxTaskExecutor executor) {
        this.workbench = workbench;
        this.executor = executor;
    }

    /** Writes {@code text} to {@code dir/articles/name} and opens the window on it. */
    static FastWindow open(Stage stage, Path dir, String name, String text) {
        try {
            Path article = SearchFixtures.write(dir.resolve("articles"), name, text);
            EntityService entities = new EntityService(SearchFixtures.Entities.news(), new EntityCache(Files.createDirectories(dir.resolve("entities"))));
            FxTaskExecutor executor = new FxTaskExecutor(2);
            Workbench workbench = new Workbench(new AppHome(dir.resolve("home")), executor, entities);
            workbench.show(stage, List.of(article.toString()), dir.resolve("no-seeds"));
            return new FastWindow(workbench, executor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workers the window was given. */
    FxTaskExecutor executor() {
        return executor;
    }

    /** Waits (15 s at most) for {@code condition}, then for the FX thread to catch up. */
    static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings the side pane whose tab has {@code title} to the front, as View ▸ (its name) does; a pane is made when first shown. */
    static void showPane(FxRobot robot, Workbench workbench, String title) {
        robot.interact(() -> workbench.view().sidePanes().getTabs().stream().filter(t -> t.getText().startsWith(title)).findFirst()
                .ifPresent(t -> workbench.view().sidePanes().getSelectionModel().select(t)));
    }

    static StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    /** Fails if a core service ran on the FX thread, then closes the window and its executor. */
    void close() {
        assertEquals(List.of(), workbench.fxThreadGuard().violations(), "core services called on the FX thread");
        executor.shutdown();
        workbench.close();
    }
}
