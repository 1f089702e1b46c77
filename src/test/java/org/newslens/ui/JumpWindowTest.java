package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Jumps in a long article (a search hit stepped to with Enter, a two-line passage selected as the Notes pane,
 * the entities pane and the quotes pane do): the whole target is on screen, its top about a third down the
 * reader, and it flashes briefly.
 */
class JumpWindowTest extends FastWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    /** Sixty paragraphs of plain prose; "zeppelin" only in paragraph 41, "wristwatch" in 12 and 48. */
    static String longText() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            String extra = i == 41 ? " A zeppelin drifted over the harbour that morning." : i == 12 || i == 48 ? " Her wristwatch had stopped." : "";
            paragraphs.add(String.format(Locale.ROOT, "Paragraph %d of the long report tells how the council met again and argued "
                    + "about the budget for roads, schools and the old bridge, and how the vote was put off once more.%s", i, extra));
        }
        return String.join("\n\n", paragraphs);
    }

    @Override
    String fileName() {
        return "long.txt";
    }

    @Override
    String articleText() {
        return longText();
    }

    /** Where the target's top sits in the reader's viewport (0 top, 1 bottom); fails unless all of it is on screen. */
    private double placement(FxRobot robot, int start, int end) throws Exception {
        StyleClassedTextArea area = FastWindow.area(robot);
        Bounds target = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(start, end).orElseThrow()).get();
        Bounds viewport = WaitForAsyncUtils.asyncFx(() -> area.localToScreen(area.getLayoutBounds())).get();
        assertTrue(target.getMinY() >= viewport.getMinY() && target.getMaxY() <= viewport.getMaxY(),
                "target " + target + " not wholly in the viewport " + viewport);
        return (target.getMinY() - viewport.getMinY()) / viewport.getHeight();
    }

    private List<Node> flashes(FxRobot robot) {
        return new ArrayList<>(robot.lookup(".jump-flash").queryAll());
    }

    @Test
    void aSearchHitFarDownLandsAThirdFromTheTopAndFlashes(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        String text = workbench.viewModel().reader().getArticle().text();
        // every set of flash boxes drawn, as the flash fades quickly
        List<Integer> drawn = new ArrayList<>();
        javafx.scene.layout.Pane layer = robot.lookup(".jump-flash-layer").queryAs(javafx.scene.layout.Pane.class);
        robot.interact(() -> layer.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            if (!layer.getChildren().isEmpty()) {
                drawn.add(layer.getChildren().size());
            }
        }));
        robot.clickOn("#article-text");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("zeppelin");
        int hit = text.indexOf("zeppelin");
        FastWindow.waitUntil(() -> FastWindow.area(robot).getSelection().getStart() == hit);

        double at = placement(robot, hit, hit + "zeppelin".length());
        assertTrue(at > 0.2 && at < 0.45, "hit's top at " + at + " of the viewport");
        assertEquals(List.of(1), drawn, "one flash box over a one-line hit");
        // the flash fades away
        FastWindow.waitUntil(() -> flashes(robot).isEmpty());
    }

    @Test
    void aTwoLinePassageIsWhollyShownAThirdFromTheTopWhetherBelowOrAbove(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        String text = workbench.viewModel().reader().getArticle().text();
        // from the middle of paragraph 30 over its line break into the next screen line: a passage on two lines
        int start = text.indexOf("Paragraph 30 ") + 40;
        int end = start + 120;
        // the window is laid out: the jump is placed and flashed at once (counted in the same FX turn, as it fades)
        int flashed = WaitForAsyncUtils.asyncFx(() -> {
            workbench.viewModel().reader().select(start, end);
            return flashes(robot).size();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double at = placement(robot, start, end);
        assertTrue(at > 0.2 && at < 0.45, "passage's top at " + at);
        assertTrue(flashed >= 2, "a flash box per screen line: " + flashed);

        // and back up, to a passage far above what is on screen
        int earlier = text.indexOf("Paragraph 9 ") + 30;
        robot.interact(() -> workbench.viewModel().reader().select(earlier, earlier + 120));
        WaitForAsyncUtils.waitForFxEvents();
        double up = placement(robot, earlier, earlier + 120);
        assertTrue(up > 0.2 && up < 0.45, "earlier passage's top at " + up);
        assertEquals(earlier, FastWindow.area(robot).getSelection().getStart());
    }
}
