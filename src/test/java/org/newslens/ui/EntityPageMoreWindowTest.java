package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.EntityPage;
import org.newslens.library.InventedFiles;
import org.newslens.library.InventedLibrary;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.ui.entitypage.EntityPageViewModel;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Entity pane of an entity in more articles than it lists at once: the newest first, then "Show more". */
@ExtendWith(ApplicationExtension.class)
class EntityPageMoreWindowTest {
    private static final int ARTICLES = EntityPageViewModel.ARTICLES_AT_A_TIME + 7;

    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            InventedLibrary.fillMany(index, dir, ARTICLES);
        }
        executor = new FxTaskExecutor(2);
        EntityService entities = new EntityService(InventedFiles.recogniser(), new EntityCache(Files.createDirectories(dir.resolve("cache"))));
        workbench = new Workbench(new AppHome(home), executor, entities);
        workbench.show(stage, List.of(), dir.resolve("no-seeds"));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
        assertEquals(List.of(), workbench.fxThreadGuard().violations());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private void waitForArticles(int articles) throws Exception {
        EntityPageViewModel model = workbench.entityPage().model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            EntityPage p = model.pageProperty().get();
            return p != null && p.articles().size() == articles && !model.activity().busyProperty().get();
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNewestArticlesComeFirstAndShowMoreListsTheRest(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.entityPage().open("Maria Ortiz"));
        int first = EntityPageViewModel.ARTICLES_AT_A_TIME;
        waitForArticles(first);
        ListView<EntityPage.PageArticle> articles = robot.lookup("#entity-page-articles").queryAs(ListView.class);
        assertEquals("harbour-" + (ARTICLES - 1) + ".txt", fx(() -> Path.of(articles.getItems().get(0).file()).getFileName().toString()),
                "the newest first");
        assertTrue(robot.lookup("#entity-page-facts").queryAs(Label.class).getText().contains(ARTICLES + " articles"),
                "the facts count every article, not the ones listed");
        Button more = robot.lookup("#entity-page-more").queryAs(Button.class);
        assertTrue(fx(more::isVisible));
        assertEquals("Show 7 more", fx(more::getText));

        robot.interact(more::fire);
        waitForArticles(ARTICLES);
        assertEquals(ARTICLES, fx(() -> articles.getItems().size()));
        assertEquals("harbour-0.txt", fx(() -> Path.of(articles.getItems().get(ARTICLES - 1).file()).getFileName().toString()),
                "the oldest last, after the first part");
        assertEquals(ARTICLES, fx(() -> articles.getItems().stream().map(EntityPage.PageArticle::file).distinct().count()).intValue());
        assertFalse(fx(more::isVisible));
    }
}
