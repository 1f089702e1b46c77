package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export…: every word of the dialog on screen, and no "Wrote …" left from an export made for another choice. */
class ExportDialogWindowTest extends FastWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    /** Texts in the dialog drawn with "…" where the whole would not fit. */
    private static List<String> cutOff(FxRobot robot) {
        Node pane = robot.lookup("#export-dialog").query();
        List<Node> labeled = new java.util.ArrayList<>(pane.lookupAll(".label"));
        labeled.addAll(pane.lookupAll(".radio-button"));
        return labeled.stream()
                .filter(n -> n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && n.isVisible())
                .filter(n -> n.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()).anyMatch(shown -> shown.endsWith(((Labeled) n).getEllipsisString())
                                && !((Labeled) n).getText().endsWith(((Labeled) n).getEllipsisString())))
                .map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void theDialogsTextsFitAndAWroteLineGoesWhenTheChoiceChangesOrTheDialogOpensAgain(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null && workbench.annotations().shown().readyProperty().get());
        String text = workbench.viewModel().reader().getArticle().text();
        int start = text.indexOf("condemned the attack");
        robot.interact(() -> workbench.annotations().highlight(new org.newslens.article.TextRange(start, start + 20),
                org.newslens.annotation.HighlightColour.YELLOW));
        Path target = dir.resolve("exports");
        workbench.export().setTargetChooser((owner, name, format) -> Optional.of(target.resolve(name)));

        robot.interact(() -> workbench.export().open());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutOff(robot), "cut off in the Export dialog");
        TextField query = robot.lookup("#export-query").queryAs(TextField.class);
        Text prompt = (Text) query.lookupAll(".text").stream().filter(Text.class::isInstance)
                .filter(t -> ((Text) t).getText().equals(query.getPromptText())).findFirst().orElseThrow();
        assertTrue(prompt.getLayoutBounds().getWidth() <= query.getWidth() - 8, "the query's placeholder fits its field");

        // narrowed, the fields give way and the choices stay whole
        robot.interact(() -> robot.lookup("#export-dialog").query().getScene().getWindow().setWidth(470));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), cutOff(robot), "cut off in the narrowed Export dialog");
        robot.clickOn("#export-run");
        FastWindow.waitUntil(() -> !robot.lookup("#export-done").queryAll().isEmpty());
        assertEquals(List.of(), cutOff(robot), "cut off after the export");
        robot.clickOn(robot.lookup("#export-what-tag").queryAs(RadioButton.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-done").queryAll().isEmpty(), "no \"Wrote …\" under another choice");

        robot.clickOn("#export-what-all-highlights");
        robot.clickOn("#export-run");
        FastWindow.waitUntil(() -> !robot.lookup("#export-done").queryAll().isEmpty());
        robot.clickOn("#export-close");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> workbench.export().open());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#export-done").tryQuery().isPresent(), "no \"Wrote …\" when opened again");
        robot.clickOn("#export-close");
    }
}
