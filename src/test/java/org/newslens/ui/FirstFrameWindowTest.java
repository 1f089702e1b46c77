package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.newslens.ui.entities.EntityItem;
import org.newslens.ui.task.TaskHandle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The window's first frame has its bars and the side panes' tabs, the pane in front comes right after it (so the first
 * frame styles and lays out less), and that pane then works as ever: the article's entities are listed. Opening the
 * article is the only background work that competes with the first frame; the rest starts after it.
 */
class FirstFrameWindowTest extends FastWindowTest {
    /** What the first frame held: the tab in front, and whether the Entities pane's content was in the scene. */
    private final List<String> firstFrame = new ArrayList<>();
    /** The background work started before the first frame was drawn. */
    private final List<String> startedBeforeIt = new ArrayList<>();
    private boolean drawn;

    @Start
    void start(Stage stage) {
        stage.sceneProperty().addListener((obs, old, scene) -> watchFirstFrame(scene));
        open(stage);
        // still in the FX thread's start: nothing submitted so far has been taken off the list
        window.executor().running().forEach(task -> startedBeforeIt.add(task.title()));
        window.executor().running().addListener((ListChangeListener<TaskHandle>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(task -> !drawn).forEach(task -> startedBeforeIt.add(task.title()));
            }
        });
    }

    private void watchFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            drawn = true;
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
        assertEquals(List.of("Opening valley.txt"), startedBeforeIt, "the index, the look-ups and the rest wait for the first frame");

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
