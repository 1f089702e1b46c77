package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.ui.library.LibraryFilter;
import org.newslens.ui.library.LibraryRow;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window's Library: copies as one row with their folders, keys marking reading states, undo, "What's left". */
@ExtendWith(ApplicationExtension.class)
class LibraryWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;
    private Path folder;

    @Start
    void start(Stage stage) {
        try {
            folder = dir.resolve("library");
            SearchFixtures.write(folder.resolve("news"), "harbour.txt", SearchFixtures.HARBOUR);
            SearchFixtures.write(folder.resolve("news"), "drought.txt", SearchFixtures.DROUGHT);
            SearchFixtures.write(folder.resolve("archive"), "drought.txt", SearchFixtures.DROUGHT);
            Path article = SearchFixtures.write(dir.resolve("articles"), "valley.txt", SearchFixtures.VALLEY);
            EntityService entities = new EntityService(SearchFixtures.Entities.news(), new EntityCache(Files.createDirectories(dir.resolve("entities"))));
            executor = new FxTaskExecutor(2);
            workbench = new Workbench(new AppHome(dir.resolve("home")), executor, entities);
            workbench.show(stage, List.of(article.toString()), dir.resolve("no-seeds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        assertEquals(List.of(), workbench.fxThreadGuard().violations(), "core services called on the FX thread");
        executor.shutdown();
        workbench.close();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Label.class).stream().filter(Node::isVisible).map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static ListView<LibraryRow> list(FxRobot robot) {
        return robot.lookup("#library-list").queryAs(ListView.class);
    }

    private ReadingState droughtState() {
        return workbench.library().list().entries().stream().filter(e -> e.copies() == 2)
                .map(e -> workbench.library().list().stateOf(e.contentHash())).findFirst().orElseThrow();
    }

    @Test
    void copiesAreOneRowAndKeysMarkReadingStatesUndoablyAndPersistently(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        robot.interact(() -> workbench.library().addFolder(folder));
        waitUntil(() -> texts(robot, ".library-copies").stream().anyMatch(t -> t.startsWith("2 copies: ")));
        // the valley article open in the reader is indexed too, and was marked read by being opened
        waitUntil(() -> list(robot).getItems().size() == 3);
        assertEquals(List.of("2 copies: library/archive/, library/news/"), texts(robot, ".library-copies"));
        waitUntil(() -> texts(robot, ".library-state-read").size() == 1);

        ListCell<?> drought = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof LibraryRow.Item i && i.entry().copies() == 2).findFirst().orElseThrow();
        robot.clickOn(drought);
        robot.type(KeyCode.V);
        waitUntil(() -> droughtState() == ReadingState.REVIEWED);
        assertEquals(1, texts(robot, ".library-state-reviewed").size());
        assertEquals(ReadingState.REVIEWED, ReadingStates.in(workbench.home()).get(
                workbench.library().list().entries().stream().filter(e -> e.copies() == 2).findFirst().orElseThrow().contentHash()),
                "saved in the data folder at once");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> droughtState() == ReadingState.UNREAD);
        assertEquals("Undone: Mark 1 article reviewed", robot.lookup("#library-message").queryAs(Label.class).getText());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> droughtState() == ReadingState.REVIEWED);
        robot.interact(() -> workbench.library().list().filterProperty().set(LibraryFilter.LEFT));
        waitUntil(() -> list(robot).getItems().size() == 2);
        assertTrue(robot.lookup("#library-count").queryAs(Label.class).getText().startsWith("3 articles · 2 left"),
                robot.lookup("#library-count").queryAs(Label.class).getText());
    }

    @Test
    void theTimelinePaneListsTheLibrarysDatesForAnEntityAndOpensAnArticleAtOne(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        String valley = workbench.viewModel().reader().getArticle().text();
        robot.interact(() -> workbench.library().addFolder(folder));
        waitUntil(() -> !workbench.library().addingProperty().get());
        Path drought = folder.resolve("news/drought.txt").toAbsolutePath().normalize();
        robot.interact(() -> workbench.viewModel().open(drought));
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null
                && drought.equals(workbench.viewModel().reader().getArticle().source()));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        robot.clickOn("#timeline-scope-library");
        robot.clickOn("#library-timeline-entity").write("kandor");
        Label status = robot.lookup("#library-timeline-status").queryAs(Label.class);
        for (int i = 0; i < 20 && !status.getText().equals("1 date in 1 article naming “kandor”"); i++) {
            robot.clickOn("#library-timeline-show"); // the valley article is indexed in the background after it opened
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals("1 date in 1 article naming “kandor”", status.getText());

        ListCell<?> date = robot.lookup("#library-timeline-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        assertTrue(robot.from(date).lookup(".timeline-when").queryAs(Label.class).getText().startsWith("2020-03 (March 2020)  ·  "));
        robot.clickOn(date);
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null
                && valley.equals(workbench.viewModel().reader().getArticle().text()));
        int at = valley.indexOf("March 2020");
        waitUntil(() -> workbench.viewModel().reader().selectionProperty().get().start() == at);
        assertEquals(at + "March 2020".length(), workbench.viewModel().reader().selectionProperty().get().end());

        // a name without dates: the status line says so, the empty list says nothing more
        robot.doubleClickOn("#library-timeline-entity").eraseText(10).write("nobody");
        robot.clickOn("#library-timeline-show");
        waitUntil(() -> status.getText().equals("No dates in sentences naming “nobody”."));
        ListView<?> list = robot.lookup("#library-timeline-list").queryAs(ListView.class);
        assertEquals("", ((Label) list.getPlaceholder()).getText());
    }
}
