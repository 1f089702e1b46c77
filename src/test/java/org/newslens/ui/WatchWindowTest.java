package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.InventedLibrary;
import org.newslens.library.WatchList;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchStore;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A watch list's new matches in the window: the pane, its tab and the status bar say "3 new matches"; mark seen; a folder added. */
@ExtendWith(ApplicationExtension.class)
class WatchWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            InventedLibrary.fill(index, dir);
        }
        new WatchStore(home).add(WatchList.ofNames("people", List.of("Paul Kern", "Kandor"), Instant.now()));
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(home), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), dir.resolve("no-seeds"));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
        assertEquals(List.of(), workbench.fxThreadGuard().violations());
    }

    /** Read on the FX thread, where the lists change. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private String summary(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#watch-summary").queryAs(Label.class).getText());
    }

    private Tab watchTab(FxRobot robot) {
        return robot.lookup("#side-panes").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> "side-tab-watch".equals(t.getId())).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void newMatchesAreShownMarkedSeenAndCountedAgainWhenAFolderAddsOne(FxRobot robot) throws Exception {
        Hyperlink status = robot.lookup("#status-watch").queryAs(Hyperlink.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> "Watch: 3 new matches".equals(status.getText())));
        assertTrue(status.isVisible());
        assertEquals("Watch (3)", watchTab(robot).getText());

        robot.interact(status::fire);
        assertTrue(watchTab(robot).isSelected(), "the status bar's count brings the Watch pane forward");
        assertEquals("3 new matches", summary(robot));
        ListView<WatchMatch> matches = robot.lookup("#watch-matches").queryAs(ListView.class);
        assertEquals(3, fx(() -> matches.getItems().size()));
        assertTrue(robot.lookup("#watch-matches .watch-match-new").tryQuery().isPresent(), "new matches are marked");
        assertTrue(robot.lookup("#watch-lists").queryAs(ListView.class).getItems().size() == 1);

        javafx.scene.control.Button seen = robot.lookup("#watch-mark-seen").queryAs(javafx.scene.control.Button.class);
        assertTrue(!seen.isDisabled());
        robot.interact(seen::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "No new matches".equals(summary(robot)));
        assertEquals("Watch", watchTab(robot).getText());
        assertTrue(!status.isVisible(), "nothing new: nothing in the status bar");
        assertTrue(fx(() -> matches.getItems().stream().noneMatch(WatchMatch::isNew)));

        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("later.txt"), "Paul Kern came back to Port Elma on Tuesday.\n");
        robot.interact(() -> workbench.library().addFolder(news));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> "1 new match".equals(summary(robot)));
        assertEquals(news.resolve("later.txt"), fx(() -> matches.getItems().get(0).file()));
        assertTrue(fx(() -> matches.getItems().get(0).isNew()));
    }

    @Test
    void theLibraryShowsTheNewMatchesAndOpeningOneMarksItSeen(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("meeting.txt"), InventedLibrary.MEETING);
        Files.writeString(dir.resolve("harbour.txt"), InventedLibrary.HARBOUR);
        Tab library = robot.lookup("#side-panes").queryAs(TabPane.class).getTabs().stream()
                .filter(t -> "side-tab-library".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> library.getTabPane().getSelectionModel().select(library));
        MenuButton fresh = robot.lookup("#library-watch-matches").queryAs(MenuButton.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> fresh.isVisible() && "Watch: 3 new matches".equals(fresh.getText())));

        robot.interact(fresh::show);
        List<String> items = fx(() -> fresh.getItems().stream().map(MenuItem::getText).toList());
        assertEquals(3, items.size(), items.toString());
        MenuItem meeting = fx(() -> fresh.getItems().stream().filter(m -> m.getText().startsWith("Maria Ortiz met Paul Kern"))
                .findFirst().orElseThrow());
        assertTrue(meeting.getText().endsWith("\u2014  people"), meeting.getText());
        robot.interact(() -> {
            meeting.fire();
            fresh.hide();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> workbench.state().article() != null
                && workbench.state().article().source().endsWith("meeting.txt")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> "Watch: 2 new matches".equals(fresh.getText())));
        assertEquals(1, new WatchStore(dir.resolve("home")).lists().get(0).seen().size(), "seen, and saved");
    }
}
