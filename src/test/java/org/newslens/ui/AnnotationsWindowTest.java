package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.HighlightColour;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.annotations.AnnotationItem;
import org.newslens.ui.export.ExportOutcome;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Highlighting, noting and exporting in the real window on the seed article, as a user would. */
@ExtendWith(ApplicationExtension.class)
class AnnotationsWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), ReaderWindowTest.SEEDS);
    }

    @AfterEach
    void stop() throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), workbench.fxThreadGuard().violations(),
                "core services called on the FX thread");
        // let entity recognition of this window finish, so none of its follow-up work meets a closed executor
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        waitUntil(20, condition);
    }

    private static void waitUntil(long seconds, Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    /** Waits for the seed and its annotations, then selects a phrase of its second paragraph with the reader focused. */
    private int[] selectPhrase(FxRobot robot) throws TimeoutException {
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null && workbench.annotations().shown().readyProperty().get());
        Article seed = workbench.viewModel().reader().getArticle();
        int p = seed.paragraphs().get(1).start();
        int start = seed.text().indexOf(' ', p + 10) + 1;
        int end = seed.text().indexOf(' ', start + 25);
        robot.interact(() -> {
            area(robot).requestFocus();
            workbench.viewModel().reader().select(start, end);
        });
        return new int[] {start, end};
    }

    /** Brings the Notes tab of the side panes to the front, as a user would. */
    private void showNotes(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-pane .tab .tab-label").queryAll().stream()
                .filter(n -> n instanceof Label l && l.getText().equals("Notes")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean styledAt(FxRobot robot, int offset, String styleClass) {
        return area(robot).getStyleOfChar(offset).contains(styleClass);
    }

    /** Right-clicks the reader at {@code offset} and returns the text of the context menu's note item (then closes it). */
    private String contextNoteItem(FxRobot robot, int offset) throws Exception {
        javafx.geometry.Bounds at = WaitForAsyncUtils.asyncFx(() -> area(robot)
                .getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()).get();
        double x = at.getMinX() + at.getWidth() / 2;
        double y = at.getMinY() + at.getHeight() / 2;
        robot.interact(() -> {
            javafx.geometry.Point2D scene = area(robot).getScene().getRoot().screenToLocal(x, y);
            area(robot).fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), x, y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        String text = WaitForAsyncUtils.asyncFx(() -> robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu m && "reader-context-menu".equals(m.getId()))
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> "ctx-note".equals(i.getId())).map(javafx.scene.control.MenuItem::getText)
                .findFirst().orElse(null)).get();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return text;
    }

    @Test
    void aKeyHighlightsTheSelectionANoteIsAddedAndTheExportHoldsBoth(FxRobot robot) throws Exception {
        showNotes(robot);
        int[] r = selectPhrase(robot);
        String phrase = workbench.viewModel().reader().getArticle().text().substring(r[0], r[1]);

        robot.type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(styledAt(robot, r[0], "annotation-green"));
        assertTrue(styledAt(robot, r[1] - 1, "annotation-green"));
        assertFalse(styledAt(robot, r[1] + 1, "annotation-green"));
        @SuppressWarnings("unchecked")
        ListView<AnnotationItem> list = robot.lookup("#notes-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertEquals(phrase, list.getItems().get(0).quote());
        assertTrue(robot.lookup(".note-quote").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains(phrase.substring(0, 20))));

        assertEquals("Add Note…", contextNoteItem(robot, r[0] + 2), "a highlight without a note offers to add one");

        // the selection is still there: add a note to it from the toolbar
        robot.clickOn("#toolbar-note");
        robot.clickOn("#note-text").write("Worth checking against the 2001 speech");
        robot.clickOn("#note-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Worth checking against the 2001 speech", list.getItems().get(0).note());
        assertEquals(HighlightColour.GREEN, list.getItems().get(0).colour());
        assertEquals("Edit Note…", contextNoteItem(robot, r[0] + 2));

        Path target = dir.resolve("exports");
        workbench.export().setTargetChooser((owner, name, format) -> Optional.of(target.resolve(name)));
        robot.clickOn("File").clickOn("#menu-export");
        robot.clickOn("#export-run");
        waitUntil(() -> workbench.export().viewModel().outcomeProperty().get() != null);

        ExportOutcome outcome = workbench.export().viewModel().outcomeProperty().get();
        assertTrue(outcome.succeeded(), outcome.error());
        assertTrue(outcome.file().getFileName().toString().endsWith(".md"));
        String md = Files.readString(outcome.file());
        assertTrue(md.contains(phrase), md);
        assertTrue(md.contains("Worth checking against the 2001 speech"), md);
        assertTrue(robot.lookup("#export-done").queryAs(Label.class).getText().contains(outcome.file().toString()));
        robot.clickOn("#export-close");
    }

    @Test
    void ctrlZUndoesOneStepAndCtrlShiftZRedoesIt(FxRobot robot) throws Exception {
        int[] r = selectPhrase(robot);
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(styledAt(robot, r[0], "annotation-pink"));
        robot.interact(() -> workbench.viewModel().reader().select(r[0], r[0] + 5));
        robot.type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, workbench.annotations().shown().annotations().size());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, workbench.annotations().shown().annotations().size());
        assertTrue(styledAt(robot, r[0], "annotation-pink"));
        assertFalse(styledAt(robot, r[0], "annotation-yellow"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, workbench.annotations().shown().annotations().size());
        assertTrue(styledAt(robot, r[0], "annotation-yellow"));
    }

    @Test
    void theNotesPanelShowsWhereAnnotationsAreStoredAndJumpsToAPassage(FxRobot robot) throws Exception {
        showNotes(robot);
        int[] r = selectPhrase(robot);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        Label shown = robot.lookup("#storage-path").queryAs(Label.class);
        String path = shown.getText().replace("\u200B", "");
        // wrapped, not cut off: every character of the path is drawn
        assertEquals(shown.getText(), ((javafx.scene.text.Text) shown.lookup(".text")).getText().replace("\n", ""));
        assertTrue(path.startsWith(dir.resolve("home").toString()), path);
        assertTrue(Files.exists(Path.of(path)), path);

        robot.interact(() -> workbench.viewModel().reader().select(0, 0));
        robot.clickOn(".note-quote");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(r[0], area(robot).getSelection().getStart());
        assertEquals(r[1], area(robot).getSelection().getEnd());
    }

    @Test
    void correctingEveryIdenticalMentionFromTheContextMenuRecoloursItAndUndoes(FxRobot robot) throws Exception {
        waitUntil(180, () -> workbench.entities().analysisProperty().get() != null || workbench.entities().status().failedProperty().get());
        waitUntil(20, () -> workbench.annotations().shown().readyProperty().get());
        EntityAnalysis found = workbench.entities().analysisProperty().get();
        Mention person = found.mentions().stream().filter(m -> m.label() == EntityLabel.PERSON).findFirst().orElseThrow();
        long samePerson = found.mentions().stream().filter(m -> m.text().equals(person.text())).count();
        robot.interact(() -> area(robot).showParagraphAtCenter(area(robot).offsetToPosition(person.start(),
                org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds word = WaitForAsyncUtils.asyncFx(() -> area(robot)
                .getCharacterBoundsOnScreen(person.start(), person.start() + 1).orElseThrow()).get();
        assertTrue(styledAt(robot, person.start(), "entity-person"));

        double x = word.getMinX() + word.getWidth() / 2;
        double y = word.getMinY() + word.getHeight() / 2;
        robot.moveTo(new javafx.geometry.Point2D(x, y));
        // what a right-click (or the menu key) delivers to the reader
        robot.interact(() -> {
            javafx.geometry.Point2D scene = area(robot).getScene().getRoot().screenToLocal(x, y);
            area(robot).fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), x, y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(labelled(robot, "Correct Every “" + person.text() + "”"));
        // into the submenu along its first row, so the pointer does not cross the other corrections on the way
        robot.moveTo(labelled(robot, "Change to Person"));
        robot.clickOn(labelled(robot, "Change to Place"));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(styledAt(robot, person.start(), "entity-place"));
        assertFalse(styledAt(robot, person.start(), "entity-person"));
        assertEquals(samePerson, workbench.entities().analysisProperty().get().mentions().stream()
                .filter(m -> m.text().equals(person.text()) && m.label() == EntityLabel.PLACE).count());

        robot.interact(() -> area(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(styledAt(robot, person.start(), "entity-person"));
    }

    @Test
    void aCorruptAnnotationFileShowsABannerAndHighlightingStillWorks(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.viewModel().reader().getArticle() != null && workbench.annotations().shown().readyProperty().get());
        Article seed = workbench.viewModel().reader().getArticle();
        Path file = Path.of(workbench.annotations().shown().storageFileProperty().get().toString());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"items\": [ broken");

        robot.interact(() -> workbench.viewModel().open(seed.source()));
        waitUntil(() -> workbench.annotations().shown().notice().textProperty().get() != null && workbench.annotations().shown().readyProperty().get());

        atlantafx.base.controls.Message banner = robot.lookup("#annotations-banner").queryAs(atlantafx.base.controls.Message.class);
        assertTrue(banner.isVisible());
        assertTrue(banner.getDescription().contains("could not be read"), banner.getDescription());
        assertTrue(banner.getDescription().contains(".corrupt-"), banner.getDescription());
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith(file.getFileName() + ".corrupt-")));
        }

        showNotes(robot);
        int[] r = selectPhrase(robot);
        robot.type(KeyCode.DIGIT5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(styledAt(robot, r[0], "annotation-purple"));
        assertTrue(Files.readString(file).contains("purple"));
    }

    /** The menu label on screen that starts with {@code text}. */
    private static javafx.scene.Node labelled(FxRobot robot, String text) throws TimeoutException {
        java.util.function.Predicate<javafx.scene.Node> onScreen = n -> n instanceof Label l && l.isVisible()
                && l.getText() != null && l.getText().startsWith(text)
                && l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(onScreen).tryQuery().isPresent());
        return robot.lookup(onScreen).query();
    }
}
