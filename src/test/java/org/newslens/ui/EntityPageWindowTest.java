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
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.EntityPage;
import org.newslens.library.InventedFiles;
import org.newslens.library.InventedLibrary;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.ui.entitypage.EntityPageViewModel;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Entity pane over a library of three article files: opened from a mention, an article opened at its mention,
 * a co-occurring entity's page and back, a library-wide merge from the page that the Entities pane of the
 * article on screen follows, undone from the pane; and an entity named in more articles than are listed at once.
 */
@ExtendWith(ApplicationExtension.class)
class EntityPageWindowTest {
    /** Articles naming Lena Brandt: more than a page lists at once. */
    private static final int MANY = EntityPageViewModel.ARTICLES_AT_A_TIME + 7;

    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;
    private List<Path> files;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        files = InventedFiles.write(dir);
        try (LuceneArticleIndex index = LuceneArticleIndex.open(home.resolve("index"))) {
            new LibraryIndexer(index, new ArticleLoader(), new CorrectedEntities(InventedFiles.RECOGNISER,
                    AnnotationStorage.in(new AppHome(home)))).addFiles(files, (d, t, c) -> { }, () -> false);
            InventedLibrary.fillMany(index, dir, MANY);
        }
        executor = new FxTaskExecutor(2);
        EntityService entities = new EntityService(InventedFiles.recogniser(), new EntityCache(Files.createDirectories(dir.resolve("cache"))));
        workbench = new Workbench(new AppHome(home), executor, entities);
        workbench.show(stage, List.of(files.get(0).toString()), dir.resolve("no-seeds"));
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

    private EntityPageViewModel page() {
        return workbench.entityPage().model();
    }

    private void waitForPage(String name, int articles) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            EntityPage p = page().pageProperty().get();
            return p != null && name.equals(p.name()) && p.articles().size() == articles && !page().activity().busyProperty().get();
        }));
    }

    private void waitForArticle(String file) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> workbench.state().article() != null
                && workbench.state().article().source().getFileName().toString().equals(file)
                && workbench.entities().analysisProperty().get() != null
                && !workbench.entities().analysisProperty().get().entities().isEmpty()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMentionOpensItsPageAnArticleOpensAtItsMentionAndCoEntitiesLeadOnAndBack(FxRobot robot) throws Exception {
        waitForArticle("meeting.txt");
        robot.interact(() -> workbench.viewModel().reader().select(0, "Maria Ortiz".length()));
        robot.interact(() -> workbench.actions().get("open-entity-page").run());
        waitForPage("Maria Ortiz", 2);
        Tab tab = robot.lookup("#side-panes").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertEquals("side-tab-entity", tab.getId());
        assertEquals("Maria Ortiz", robot.lookup("#entity-page-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#entity-page-facts").queryAs(Label.class).getText().contains("3 mentions in 2 articles"));
        ListView<EntityPage.PageArticle> articles = robot.lookup("#entity-page-articles").queryAs(ListView.class);
        assertEquals(2, fx(() -> articles.getItems().size()));

        // the harbour article opens with its first "Maria Ortiz" selected
        robot.interact(() -> articles.getSelectionModel().select(1));
        robot.clickOn(robot.lookup("#entity-page-articles .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        waitForArticle("harbour.txt");
        int at = InventedLibrary.HARBOUR.indexOf("Maria Ortiz");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> workbench.state().selectionProperty().get()
                .equals(new TextRange(at, at + "Maria Ortiz".length()))));

        Hyperlink kern = robot.lookup("#entity-page-appears-with .hyperlink").queryAs(Hyperlink.class);
        assertEquals("Paul Kern", kern.getText());
        robot.interact(kern::fire);
        waitForPage("Paul Kern", 2);
        robot.interact(() -> robot.lookup("#entity-page-back").queryAs(Button.class).fire());
        waitForPage("Maria Ortiz", 2);
        assertFalse(robot.lookup("#entity-page-forward").queryAs(Button.class).isDisabled());
    }

    @Test
    void theReaderContextMenuOnAMentionOpensItsPage(FxRobot robot) throws Exception {
        waitForArticle("meeting.txt");
        org.fxmisc.richtext.StyleClassedTextArea area = robot.lookup("#article-text").queryAs(org.fxmisc.richtext.StyleClassedTextArea.class);
        int kern = InventedLibrary.MEETING.indexOf("Paul Kern") + 2;
        javafx.geometry.Bounds at = fx(() -> area.getCharacterBoundsOnScreen(kern, kern + 1).orElseThrow());
        double x = at.getMinX() + at.getWidth() / 2;
        double y = at.getMinY() + at.getHeight() / 2;
        robot.interact(() -> {
            javafx.geometry.Point2D scene = area.getScene().getRoot().screenToLocal(x, y);
            area.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), x, y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuItem item = fx(() -> robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu m && "reader-context-menu".equals(m.getId()))
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> "ctx-entity-page".equals(i.getId())).findFirst().orElseThrow());
        assertTrue(item.getText().startsWith("Open Entity Page"), item.getText());
        robot.interact(item::fire);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        waitForPage("Paul Kern", 2);
    }

    @Test
    void aMergeFromThePageReachesTheArticleOnScreenAndUndoWithdrawsIt(FxRobot robot) throws Exception {
        waitForArticle("meeting.txt");
        robot.interact(() -> workbench.entityPage().open("kandor"));
        waitForPage("Kandor", 2);
        robot.interact(() -> page().mergeInto("Port Elma"));
        waitForPage("Port Elma", 3);
        assertTrue(robot.lookup("#entity-page-message").queryAs(Label.class).getText().contains("indexed again"));
        assertTrue(Files.isRegularFile(dir.resolve("home/library-corrections.json")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> workbench.entities().analysisProperty().get().entities()
                .stream().map(Entity::name).noneMatch("Kandor"::equals)));

        Button undo = robot.lookup("#entity-page-undo").queryAs(Button.class);
        assertFalse(undo.isDisabled());
        robot.interact(undo::fire);
        waitForPage("Kandor", 2);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> workbench.entities().analysisProperty().get().entities()
                .stream().map(Entity::name).anyMatch("Kandor"::equals)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEntityInManyArticlesListsTheNewestFirstAndShowMoreListsTheRest(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.entityPage().open("lena brandt"));
        waitForPage("Lena Brandt", EntityPageViewModel.ARTICLES_AT_A_TIME);
        ListView<EntityPage.PageArticle> articles = robot.lookup("#entity-page-articles").queryAs(ListView.class);
        assertEquals("dock-" + (MANY - 1) + ".txt", fx(() -> Path.of(articles.getItems().get(0).file()).getFileName().toString()),
                "the newest first");
        assertTrue(robot.lookup("#entity-page-facts").queryAs(Label.class).getText().contains(MANY + " articles"),
                "the facts count every article, not the ones listed");
        Button more = robot.lookup("#entity-page-more").queryAs(Button.class);
        assertTrue(fx(more::isVisible));
        assertEquals("Show 7 more", fx(more::getText));

        robot.interact(more::fire);
        waitForPage("Lena Brandt", MANY);
        assertEquals(MANY, fx(() -> articles.getItems().size()));
        assertEquals("dock-0.txt", fx(() -> Path.of(articles.getItems().get(MANY - 1).file()).getFileName().toString()),
                "the oldest last, after the first part");
        assertEquals(MANY, fx(() -> articles.getItems().stream().map(EntityPage.PageArticle::file).distinct().count()).intValue());
        assertFalse(fx(more::isVisible));
    }
}
