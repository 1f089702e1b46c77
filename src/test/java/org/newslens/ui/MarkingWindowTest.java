package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.newslens.annotation.HighlightColour;
import org.newslens.ui.annotations.AnnotationItem;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Marking text with the mouse: drags snap to whole words (Alt keeps the exact range); a click picks a highlight. */
class MarkingWindowTest extends FastWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    static final String TEXT = String.join("\n\n",
            "The council debated the action over the old bridge for hours. Instead, the mayor asked for a second survey of the river.",
            "In March 2020 the river flooded the lower town of Kandor.",
            "Builders said the repairs would take a year and cost more than the town could pay without help from the region.");


    @Override
    String fileName() {
        return "bridge.txt";
    }

    @Override
    String articleText() {
        return TEXT;
    }

    private String text() {
        return workbench.viewModel().reader().getArticle().text();
    }

    private void ready() throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null && workbench.annotations().shown().readyProperty().get());
    }

    /** The middle of the character at {@code offset}, on screen. */
    private Point2D pointAt(FxRobot robot, int offset) throws Exception {
        StyleClassedTextArea area = FastWindow.area(robot);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow()).get();
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private void drag(FxRobot robot, int from, int to, KeyCode... held) throws Exception {
        Point2D start = pointAt(robot, from);
        Point2D end = pointAt(robot, to);
        robot.press(held);
        robot.moveTo(start).press(MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);
        robot.release(held);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selected(FxRobot robot) {
        return FastWindow.area(robot).getSelectedText();
    }

    @Test
    void aDragCuttingWordsSelectsAndHighlightsWholeWordsAndAltKeepsTheExactRange(FxRobot robot) throws Exception {
        ready();
        String text = text();
        int from = text.indexOf("action") + 1;
        int to = text.indexOf("the mayor") + 1;
        drag(robot, from, to);
        assertEquals("action over the old bridge for hours. Instead, the", selected(robot));

        robot.type(KeyCode.DIGIT1);
        FastWindow.waitUntil(() -> workbench.annotations().shown().annotations().size() == 1);
        AnnotationItem mark = workbench.annotations().shown().annotations().get(0);
        assertEquals("action over the old bridge for hours. Instead, the", mark.quote());

        int exactFrom = text.indexOf("repairs") + 2;
        int exactTo = text.indexOf("year") + 2;
        drag(robot, exactFrom, exactTo, KeyCode.ALT);
        String exact = selected(robot);
        assertTrue(exact.startsWith("pairs would take a ye"), exact);
        assertFalse(exact.startsWith("repairs"), exact);
    }

    @Test
    void clickingAHighlightPicksItAndDeleteRemovesItUndoably(FxRobot robot) throws Exception {
        ready();
        String text = text();
        int start = text.indexOf("second survey");
        int end = start + "second survey".length();
        robot.interact(() -> {
            FastWindow.area(robot).requestFocus();
            workbench.viewModel().reader().select(start, end);
        });
        robot.type(KeyCode.DIGIT2);
        FastWindow.waitUntil(() -> workbench.annotations().shown().annotations().size() == 1);
        // click somewhere plain: nothing selected, Note… disabled
        robot.clickOn(pointAt(robot, text.indexOf("Builders") + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FastWindow.area(robot).getSelectedText().isEmpty());
        assertTrue(robot.lookup("#toolbar-note").queryAs(Button.class).isDisabled());

        robot.clickOn(pointAt(robot, start + 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("second survey", selected(robot));
        assertFalse(robot.lookup("#toolbar-note").queryAs(Button.class).isDisabled(), "Note… acts on the picked highlight");
        assertFalse(robot.lookup("#toolbar-tags").queryAs(Button.class).isDisabled());
        FastWindow.showPane(robot, workbench, "Notes");
        @SuppressWarnings("unchecked")
        ListView<AnnotationItem> notes = robot.lookup("#notes-list").queryAs(ListView.class);
        assertEquals(start, notes.getSelectionModel().getSelectedItem().start(), "its row in the Notes pane is selected");
        String status = robot.lookup("#status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Green highlight"), status);

        robot.type(KeyCode.DELETE);
        FastWindow.waitUntil(() -> workbench.annotations().shown().annotations().isEmpty());
        assertFalse(FastWindow.area(robot).getStyleOfChar(start + 1).contains("annotation-" + HighlightColour.GREEN.id()));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        FastWindow.waitUntil(() -> workbench.annotations().shown().annotations().size() == 1);
        assertEquals(List.of(start, end), List.of(workbench.annotations().shown().annotations().get(0).start(),
                workbench.annotations().shown().annotations().get(0).end()));
    }

    /** The first run of text drawn with {@code styleClass}. */
    private static org.fxmisc.richtext.TextExt run(FxRobot robot, String styleClass, String without) {
        return robot.lookup(".article-text .text").queryAll().stream()
                .filter(n -> n instanceof org.fxmisc.richtext.TextExt t && t.getStyleClass().contains(styleClass)
                        && !t.getStyleClass().contains(without) && !t.getText().isBlank())
                .map(org.fxmisc.richtext.TextExt.class::cast).findFirst().orElseThrow(() -> new AssertionError("no run " + styleClass));
    }

    private static void assertHighlightAndEntityLookApart(FxRobot robot, String theme) {
        org.fxmisc.richtext.TextExt highlight = run(robot, "annotation-yellow", "-");
        org.fxmisc.richtext.TextExt date = run(robot, "entity-date", "annotation-yellow");
        javafx.scene.paint.Color block = (javafx.scene.paint.Color) highlight.getBackgroundColor();
        javafx.scene.paint.Color tint = (javafx.scene.paint.Color) date.getBackgroundColor();
        assertEquals(1.0, block.getOpacity(), 1e-9, theme + ": a highlight is a solid block");
        assertTrue(tint.getOpacity() < 0.6, theme + ": an entity is a see-through tint " + tint);
        assertEquals(null, highlight.getUnderlineColor(), theme + ": a highlight has no underline");
        assertTrue(date.getUnderlineColor() != null, theme + ": an entity is underlined");
        // dark ink on the block in both themes
        assertTrue(((javafx.scene.paint.Color) highlight.getFill()).getBrightness() < 0.3, theme + ": " + highlight.getFill());
        // and a mark in the margin beside the highlight's paragraph, none beside the entity's
        assertEquals(1, robot.lookup(".margin-mark").queryAll().stream().filter(javafx.scene.Node::isVisible).count(), theme);
        assertEquals(1, robot.lookup(".margin-mark.annotation-yellow").queryAll().size(), theme);
        // each theme's own yellow: the block and its margin bar
        boolean dark = theme.equals("dark");
        assertEquals(javafx.scene.paint.Color.web(dark ? "#f2d64b" : "#ffe45e"), block, theme);
        javafx.scene.layout.Region mark = robot.lookup(".margin-mark.annotation-yellow").queryAs(javafx.scene.layout.Region.class);
        assertEquals(javafx.scene.paint.Color.web(dark ? "#ffd84d" : "#c9a800"), mark.getBackground().getFills().get(0).getFill(), theme);
    }

    @Test
    void highlightsAreBlocksWithAMarginMarkEntitiesUnderlinedTintsAndTheColoursAreNamed(FxRobot robot) throws Exception {
        ready();
        FastWindow.waitUntil(() -> !robot.lookup(".entity-date").queryAll().isEmpty());
        String text = text();
        int start = text.indexOf("old bridge");
        robot.interact(() -> {
            FastWindow.area(robot).requestFocus();
            workbench.viewModel().reader().select(start, start + "old bridge".length());
        });
        robot.type(KeyCode.DIGIT1);
        FastWindow.waitUntil(() -> workbench.annotations().shown().annotations().size() == 1);
        assertHighlightAndEntityLookApart(robot, "light");

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertHighlightAndEntityLookApart(robot, "dark");

        // the colours by name: in the bar and in the Notes pane
        FastWindow.showPane(robot, workbench, "Notes");
        List<String> bar = robot.lookup("#highlight-toolbar .colour-name").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("Yellow", "Green", "Blue", "Pink", "Purple"), bar);
        // the pane is made when first shown: wait for its list, as a reader would
        FastWindow.waitUntil(() -> robot.lookup(".note-colour").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().equals("Yellow")));
        robot.clickOn("View").clickOn("Dark theme");
    }
}
