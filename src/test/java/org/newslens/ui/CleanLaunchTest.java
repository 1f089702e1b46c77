package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reader launched on an article, in either theme, says nothing: no CSS or JavaFX warnings. */
@ExtendWith(ApplicationExtension.class)
class CleanLaunchTest {
    /** JavaFX's own loggers (CSS, layout, controls) are children of "javafx". */
    private static final Logger JAVAFX = Logger.getLogger("javafx");
    private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();
    private static final Handler COLLECT = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                WARNINGS.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        WARNINGS.clear();
        JAVAFX.addHandler(COLLECT);
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), ReaderWindowTest.SEEDS);
    }

    @AfterEach
    void stop() {
        JAVAFX.removeHandler(COLLECT);
        executor.shutdown();
    }

    @Test
    void openingTheSeedInBothThemesLogsNoWarnings() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.viewModel().reader().getArticle() != null);
        WaitForAsyncUtils.waitForFxEvents();
        boolean dark = workbench.viewModel().darkThemeProperty().get();
        Platform.runLater(() -> workbench.viewModel().setDarkTheme(!dark));
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> workbench.viewModel().setDarkTheme(dark));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), List.copyOf(WARNINGS));
    }
}
