package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.newslens.app.AppHome;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Started on a file that does not exist and with no seeds: a friendly empty state, not a blank pane. */
@ExtendWith(ApplicationExtension.class)
class EmptyStateTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(1);
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(dir.resolve("gone.txt").toString()), dir.resolve("no-seeds"));
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void showsWhyAndOffersToOpenAFile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !workbench.viewModel().isLoading());
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#empty-state").query().isVisible());
        assertEquals("Open…", robot.lookup("#empty-open").queryAs(Button.class).getText());
        assertTrue(robot.lookup("#empty-add-folder").query().isVisible(), "adding a folder is offered too");
        assertTrue(robot.lookup("#banner").query().isVisible());
        assertTrue(workbench.viewModel().banner().textProperty().get().contains("gone.txt"), workbench.viewModel().banner().textProperty().get());
        assertFalse(robot.lookup(".reader").query().isVisible());
        assertEquals("NewsLens", ((Stage) robot.window(0)).getTitle());
    }

    @Test
    void f1ListsEveryShortcutOfTheMenus(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !workbench.viewModel().isLoading());
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        List<Action> withKeys = workbench.actions().withShortcuts();
        assertTrue(withKeys.size() >= 10, withKeys.toString());
        assertTrue(withKeys.stream().anyMatch(a -> a.id().equals("export")), "File ▸ Export… and its key are listed");
        for (Action a : withKeys) {
            Label key = robot.lookup("#shortcut-" + a.id()).queryAs(Label.class);
            assertEquals(ActionControls.displayText(a), key.getText(), a.id());
        }
        assertTrue(robot.lookup(".shortcut-action").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Find…") || l.getText().startsWith("Find")), "the search actions are listed");
    }
}
