package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.newslens.ui.entities.EntityItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's first frame has its bars and the side panes' tabs, the pane in front comes right after it (so the first
 * frame styles and lays out less), and that pane then works as ever: the article's entities are listed.
 */
class FirstFrameWindowTest extends FastWindowTest {
    /** What the first frame held: the tab in front, and whether the Entities pane's content was in the scene. */
    private final List<String> firstFrame = new ArrayList<>();

    @Start
    void start(Stage stage) {
        stage.sceneProperty().addListener((obs, old, scene) -> watchFirstFrame(scene));
        open(stage);
    }

    private void watchFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Tab front = workbench.view().sidePanes().getSelectionModel().getSelectedItem();
            firstFrame.add(front == null ? "no tab" : front.getText());
            firstFrame.add(scene.lookup("#entities-pane") == null ? "pane not yet made" : "pane in the scene");
            firstFrame.add(scene.lookup("#menu-help") == null && workbench.view().menuBar().getMenus().isEmpty() ? "no menus" : "menus");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Test
    void theEntitiesPaneComesRightAfterTheFirstFrameAndListsTheEntities(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> !firstFrame.isEmpty());
        assertEquals(List.of("Entities", "pane not yet made", "menus"), firstFrame);

        FastWindow.waitUntil(() -> robot.lookup("#entities-tree").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#entities-tree").queryAs(TreeView.class);
        FastWindow.waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        List<String> listed = new ArrayList<>();
        for (TreeItem<Object> heading : tree.getRoot().getChildren()) {
            heading.getChildren().forEach(item -> listed.add(((EntityItem) item.getValue()).name()));
        }
        assertTrue(listed.containsAll(List.of("Al Qaeda", "Kandor", "Maria Ortiz")), listed.toString());
        assertTrue(workbench.view().sidePanes().getTabs().get(0).isSelected(), "the Entities pane stays in front");
    }
}
