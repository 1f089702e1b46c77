package org.newslens.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.ui.search.SearchFixtures;
import org.testfx.framework.junit5.ApplicationExtension;

/** A window test on one written article ({@link FastWindow}): each test gets the window afresh, opened by its {@code @Start}. */
@ExtendWith(ApplicationExtension.class)
abstract class FastWindowTest {
    @TempDir
    Path dir;

    FastWindow window;
    Workbench workbench;

    /** The article's file name: the valley story of {@link SearchFixtures} unless a test says otherwise. */
    String fileName() {
        return "valley.txt";
    }

    String articleText() {
        return SearchFixtures.VALLEY;
    }

    /** For each subclass's {@code @Start} (TestFX looks for it on the test class itself, not its superclasses). */
    void open(Stage stage) {
        window = FastWindow.open(stage, dir, fileName(), articleText());
        workbench = window.workbench;
    }

    @AfterEach
    void stop() {
        window.close();
    }
}
