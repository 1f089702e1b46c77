package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.controls.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.article.Paragraph;
import org.newslens.ui.main.MainView;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on the seed article, driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class ReaderWindowTest {
    static final Path SEEDS = Path.of("seeds");

    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), SEEDS);
    }

    @AfterEach
    void stop() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), workbench.fxThreadGuard().violations(),
                "core services called on the FX thread");
        executor.shutdown();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Article seed() throws Exception {
        Path file = workbench.viewModel().startupArticle(List.of(), SEEDS).orElseThrow();
        return new ArticleLoader().load(file);
    }

    private void waitForSeed() throws TimeoutException {
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    private static Text firstBodyText(FxRobot robot) {
        return robot.lookup(".article-text .body .text").<Text>queryAll().stream()
                .filter(t -> !t.getText().isBlank()).findFirst().orElseThrow();
    }

    @Test
    void opensOnTheSeedArticleWithTitleParagraphsAndNumbers(FxRobot robot) throws Exception {
        waitForSeed();
        Article seed = seed();

        assertEquals(seed.title(), robot.lookup("#article-title").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#article-meta").queryAs(Label.class).getText().contains("min read"));
        assertEquals("NewsLens — " + seed.title(), robot.window(0) instanceof Stage s ? s.getTitle() : "");
        StyleClassedTextArea area = area(robot);
        assertEquals(seed.text(), area.getText());
        assertEquals(seed.paragraphs().size() * 2 - 1, area.getParagraphs().size());
        assertFalse(area.isEditable());
        List<String> numbers = robot.lookup(".paragraph-number").<Label>queryAll().stream().map(Label::getText).toList();
        assertTrue(numbers.contains("1") && numbers.contains("2"), numbers.toString());
        assertFalse(robot.lookup("#empty-state").query().isVisible());
    }

    @Test
    void theSeedsClosingAuthorNoteIsStyledAsAByline(FxRobot robot) throws Exception {
        waitForSeed();
        Article seed = seed();
        Paragraph byline = seed.paragraphs().get(seed.paragraphs().size() - 1);
        assertEquals(Paragraph.Kind.BYLINE, byline.kind());
        StyleClassedTextArea area = area(robot);
        int line = area.getParagraphs().size() - 1;

        assertEquals(seed.paragraphText(byline), area.getParagraph(line).getText());
        assertTrue(area.getParagraph(line).getParagraphStyle().contains("byline"));
        assertTrue(area.getParagraph(0).getParagraphStyle().contains("body"));
        assertTrue(area.getParagraph(1).getParagraphStyle().contains("separator"));
    }

    @Test
    void aBylineIsSetApartInItalics(FxRobot robot) throws Exception {
        waitForSeed();
        Article withByline = TestArticles.article("Harvest", "Mara Lind writes about farming.",
                "The harvest came early this year.", "Prices fell at the market.");
        robot.interact(() -> workbench.viewModel().reader().show(withByline));
        WaitForAsyncUtils.waitForFxEvents();

        List<TextFlow> bylines = robot.lookup(".article-text .byline").queryAll().stream()
                .filter(TextFlow.class::isInstance).map(TextFlow.class::cast).toList();
        assertEquals(1, bylines.size());
        // Entity highlights may split the line into several runs of text.
        List<Text> bylineRuns = bylines.get(0).getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        assertEquals("Mara Lind writes about farming.", bylineRuns.stream().map(Text::getText).reduce("", String::concat));
        for (Text bylineText : bylineRuns) {
            assertTrue(bylineText.getFont().getStyle().toLowerCase().contains("italic"), bylineText.getFont().getStyle());
            assertTrue(bylineText.getFont().getSize() < firstBodyText(robot).getFont().getSize());
        }
        List<String> numbers = robot.lookup(".paragraph-number").<Label>queryAll().stream().map(Label::getText).toList();
        assertEquals(List.of("1", "2", "3"), numbers);
    }

    @Test
    void zoomKeysChangeTheReadingFontSize(FxRobot robot) throws Exception {
        waitForSeed();
        double before = firstBodyText(robot).getFont().getSize();
        robot.clickOn("#article-text");

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double bigger = firstBodyText(robot).getFont().getSize();
        assertTrue(bigger > before, before + " -> " + bigger);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).type(KeyCode.MINUS).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(firstBodyText(robot).getFont().getSize() < before);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, firstBodyText(robot).getFont().getSize(), 0.01);
    }

    @Test
    void darkThemeSwitchesTheStylesheetRecolorsTheTextAndIsRemembered(FxRobot robot) throws Exception {
        waitForSeed();
        assertEquals(MainView.LIGHT_THEME, Application.getUserAgentStylesheet());
        Color lightInk = (Color) firstBodyText(robot).getFill();

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(MainView.DARK_THEME, Application.getUserAgentStylesheet());
        Color darkInk = (Color) firstBodyText(robot).getFill();
        assertTrue(darkInk.getBrightness() > lightInk.getBrightness(), lightInk + " -> " + darkInk);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> new SettingsStore(new AppHome(dir.resolve("home"))).load().settings().darkTheme()); // saved on a worker

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MainView.LIGHT_THEME, Application.getUserAgentStylesheet());
    }

    @Test
    void anEmptyOrBinaryFileShowsAMessageAndKeepsTheArticle(FxRobot robot) throws Exception {
        waitForSeed();
        String text = area(robot).getText();
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("image.txt"), binaryBytes());

        for (Path bad : List.of(empty, binary)) {
            robot.interact(() -> workbench.viewModel().banner().dismiss());
            robot.interact(() -> workbench.viewModel().open(bad));
            waitUntil(() -> workbench.viewModel().banner().textProperty().get() != null && !workbench.viewModel().isLoading());

            Message banner = robot.lookup("#banner").queryAs(Message.class);
            assertTrue(banner.isVisible(), bad.toString());
            assertFalse(banner.getDescription().isBlank());
            assertFalse(banner.getDescription().contains("Exception"), banner.getDescription());
            assertEquals(text, area(robot).getText());
            assertTrue(robot.lookup(".reader").query().isVisible());
        }
    }

    @Test
    void selectedTextCanBeCopied(FxRobot robot) throws Exception {
        waitForSeed();
        Article seed = seed();
        robot.clickOn("#article-text");
        robot.interact(() -> workbench.viewModel().reader().selectParagraph(2));

        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String expected = seed.paragraphText(seed.paragraphs().get(1));
        assertEquals(expected, workbench.viewModel().reader().selectedText());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(expected, copied);
    }

    @Test
    void selectingARangeFarDownTheTextScrollsItIntoView(FxRobot robot) throws Exception {
        waitForSeed();
        Article seed = seed();
        Paragraph target = seed.paragraphs().get(seed.paragraphs().size() - 2);
        StyleClassedTextArea area = area(robot);
        int line = area.offsetToPosition(target.start(), TwoDimensional.Bias.Forward).getMajor();
        assertTrue(area.allParToVisibleParIndex(line).isEmpty(), "paragraph starts off screen");

        robot.interact(() -> workbench.viewModel().reader().select(target.start(), target.start() + 20));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(area.allParToVisibleParIndex(line).isPresent(), "paragraph scrolled into view");
        assertEquals(seed.text().substring(target.start(), target.start() + 20), area.getSelectedText());
        assertEquals(target.start(), workbench.viewModel().reader().selectionProperty().get().start());
    }

    @Test
    void theRecentFilesMenuReopensAnEarlierArticle(FxRobot robot) throws Exception {
        waitForSeed();
        Article seed = seed();
        Path other = Files.writeString(dir.resolve("other.txt"), "Rivers rise\n\nThe river rose two metres overnight.");
        robot.interact(() -> workbench.viewModel().open(other));
        waitUntil(() -> "Rivers rise".equals(workbench.viewModel().reader().titleProperty().get()));

        Path seedFile = seed.source().toAbsolutePath().normalize();
        Menu recent = (Menu) workbench.view().fileMenu().getItems().stream()
                .filter(item -> "menu-recent".equals(item.getId())).findFirst().orElseThrow();
        List<String> labels = recent.getItems().stream().map(MenuItem::getText).filter(t -> t != null).toList();
        assertEquals(seedFile.getFileName() + "  —  " + seedFile.getParent(), labels.get(1));
        assertEquals("Clear Recent Files", labels.get(labels.size() - 1));
        robot.interact(() -> recent.getItems().get(1).fire());
        waitUntil(() -> seed.title().equals(workbench.viewModel().reader().titleProperty().get()));

        assertEquals(seed.text(), area(robot).getText());
        assertEquals(List.of(seedFile, other.toAbsolutePath()), workbench.viewModel().recentFiles());
    }

    private static byte[] binaryBytes() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        return bytes;
    }


    @Test
    void everyMenuShortcutComesFromTheActionRegistry(FxRobot robot) throws Exception {
        waitForSeed();
        java.util.Map<String, javafx.scene.control.MenuItem> items = new java.util.HashMap<>();
        for (javafx.scene.control.Menu menu : workbench.view().menuBar().getMenus()) {
            collect(menu, items);
        }
        List<org.newslens.ui.action.Action> windowKeys = workbench.actions().withShortcuts().stream()
                .filter(a -> a.scope() == org.newslens.ui.action.Action.Scope.WINDOW).toList();
        assertTrue(windowKeys.size() >= 12, windowKeys.toString());
        for (org.newslens.ui.action.Action action : windowKeys) {
            javafx.scene.control.MenuItem item = items.get("menu-" + action.id());
            assertTrue(item != null, "no menu item for " + action.id());
            assertEquals(javafx.scene.input.KeyCombination.valueOf(action.shortcut()), item.getAccelerator(), action.id());
        }
        assertEquals("Yellow\t1", items.get("menu-highlight-yellow").getText());
        assertTrue(items.values().stream().filter(i -> i.getAccelerator() != null)
                .allMatch(i -> i.getId() != null && workbench.actions().find(i.getId().substring("menu-".length())).isPresent()
                        || "menu-export".equals(i.getId())), "a menu shortcut outside the registry");
    }

    private static void collect(javafx.scene.control.Menu menu, java.util.Map<String, javafx.scene.control.MenuItem> into) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            if (item.getId() != null) {
                into.put(item.getId(), item);
            }
            if (item instanceof javafx.scene.control.Menu sub) {
                collect(sub, into);
            }
        }
    }
}
