package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;
import org.newslens.ui.entities.CategoryStyle;
import org.newslens.ui.entities.EntitiesViewModel;
import org.newslens.ui.entities.EntityGroup;
import org.newslens.ui.entities.EntityItem;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The seed article's entities in the real window, recognised by the real CoreNLP pipeline. */
@ExtendWith(ApplicationExtension.class)
class EntitiesWindowTest {
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

    private static void waitUntil(long seconds, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for the seed article and its entities (loading the models takes a while on a busy machine). */
    private EntityAnalysis seedEntities() throws Exception {
        EntitiesViewModel entities = workbench.entities();
        waitUntil(180, () -> entities.analysisProperty().get() != null || entities.status().failedProperty().get());
        assertFalse(entities.status().failedProperty().get(), entities.status().textProperty().get());
        return entities.analysisProperty().get();
    }

    private StyleClassedTextArea area(FxRobot robot) {
        return robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree(FxRobot robot) {
        return robot.lookup("#entities-tree").queryAs(TreeView.class);
    }

    private static Collection<String> classesOf(StyleClassedTextArea area, int offset) {
        return area.getStyleOfChar(offset);
    }

    @Test
    void theSeedsEntitiesAreHighlightedInTheirCategoryAndListedInTheSidebar(FxRobot robot) throws Exception {
        EntityAnalysis analysis = seedEntities();
        StyleClassedTextArea area = area(robot);
        Article seed = workbench.viewModel().reader().getArticle();
        assertEquals(seed.text(), area.getText());

        Set<EntityLabel> found = EnumSet.noneOf(EntityLabel.class);
        for (Mention m : analysis.mentions()) {
            found.add(m.label());
            String expected = CategoryStyle.styleClass(m.label());
            assertTrue(classesOf(area, m.start()).contains(expected), m + " starts " + classesOf(area, m.start()));
            assertTrue(classesOf(area, m.end() - 1).contains(expected), m + " ends " + classesOf(area, m.end() - 1));
        }
        assertEquals(EnumSet.allOf(EntityLabel.class), found, "the seed has people, places, groups, figures and dates");
        assertTrue(mentionOf(analysis, seed, "George W. Bush", EntityLabel.PERSON));
        assertTrue(mentionOf(analysis, seed, "Kabul", EntityLabel.PLACE));
        assertTrue(mentionOf(analysis, seed, "Taliban", EntityLabel.GROUP));
        int plain = seed.text().indexOf("reeled");
        assertTrue(classesOf(area, plain).stream().noneMatch(c -> c.startsWith("entity-")), "ordinary words stay plain");

        TreeView<Object> tree = tree(robot);
        List<TreeItem<Object>> headings = tree.getRoot().getChildren();
        assertEquals(found.size(), headings.size());
        int listed = 0;
        for (TreeItem<Object> heading : headings) {
            EntityGroup group = (EntityGroup) heading.getValue();
            assertEquals(group.items().size(), heading.getChildren().size());
            for (TreeItem<Object> child : heading.getChildren()) {
                EntityItem item = (EntityItem) child.getValue();
                assertEquals(group.label(), item.label());
                listed++;
            }
        }
        assertEquals(analysis.entities().stream().filter(e -> e.mentions() > 0).count(), listed);
        List<String> shownNames = robot.lookup(".entity-cell .entity-name").<Label>queryAll().stream().map(Label::getText).toList();
        assertFalse(shownNames.isEmpty());
        assertTrue(robot.lookup("#entities-status").queryAs(Label.class).getText().contains(analysis.mentions().size() + " mentions"));
    }

    private static boolean mentionOf(EntityAnalysis analysis, Article seed, String text, EntityLabel label) {
        return analysis.mentions().stream().anyMatch(m -> m.label() == label
                && seed.text().substring(m.start(), m.end()).equals(text));
    }

    @Test
    void clickingAnEntityInTheSidebarSelectsItsMentionsOneByOne(FxRobot robot) throws Exception {
        seedEntities();
        TreeView<Object> tree = tree(robot);
        EntityItem most = tree.getRoot().getChildren().stream()
                .map(h -> (EntityItem) h.getChildren().get(0).getValue())
                .max(Comparator.comparingInt(EntityItem::count)).orElseThrow();
        assertTrue(most.count() >= 2, "the seed names something more than once");
        TreeCell<?> cell = showCell(robot, tree, most);

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        StyleClassedTextArea area = area(robot);
        Mention first = most.mentions().get(0);
        assertEquals(first.start(), area.getSelection().getStart());
        assertEquals(first.end(), area.getSelection().getEnd());
        assertEquals(first.text(), area.getSelectedText());
        for (Mention m : most.mentions()) {
            assertTrue(classesOf(area, m.start()).contains(EntitiesViewModel.FOCUS_CLASS), "every mention is emphasised");
        }
        assertTrue(robot.lookup("#entities-position").queryAs(Label.class).getText().endsWith("1 of " + most.count()));

        robot.clickOn(showCell(robot, tree, most));
        WaitForAsyncUtils.waitForFxEvents();
        Mention second = most.mentions().get(1);
        assertEquals(second.start(), area.getSelection().getStart());
        assertEquals(second.end(), area.getSelection().getEnd());
        assertTrue(robot.lookup("#entities-position").queryAs(Label.class).getText().endsWith("2 of " + most.count()));

        robot.clickOn("#entities-previous");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.start(), area.getSelection().getStart());
    }

    private static TreeCell<?> showCell(FxRobot robot, TreeView<Object> tree, EntityItem item) {
        robot.interact(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                if (tree.getTreeItem(row).getValue() == item) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".entity-cell").<TreeCell<?>>queryAll().stream()
                .filter(c -> c.getItem() == item && c.isVisible()).findFirst().orElseThrow();
    }

    @Test
    void aLegendToggleHidesACategorysHighlightsAndHoverNamesTheEntity(FxRobot robot) throws Exception {
        EntityAnalysis analysis = seedEntities();
        StyleClassedTextArea area = area(robot);
        Mention place = analysis.mentions().stream().filter(m -> m.label() == EntityLabel.PLACE).findFirst().orElseThrow();
        Mention person = analysis.mentions().stream().filter(m -> m.label() == EntityLabel.PERSON).findFirst().orElseThrow();

        robot.clickOn("#legend-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#legend-place").queryAs(CheckBox.class).isSelected());
        assertFalse(classesOf(area, place.start()).contains("entity-place"));
        assertTrue(classesOf(area, person.start()).contains("entity-person"));

        robot.clickOn("#legend-place");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(classesOf(area, place.start()).contains("entity-place"));

        javafx.scene.control.TabPane panes = robot.lookup("#side-panes").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> panes.getSelectionModel().selectLast());
        robot.clickOn("#article-text").press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Entities", panes.getSelectionModel().getSelectedItem().getText());
        assertTrue(robot.lookup("#entities-pane").query().isVisible());

        robot.interact(() -> area.showParagraphAtTop(0));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds onScreen = WaitForAsyncUtils.asyncFx(() -> area.getCharacterBoundsOnScreen(person.start(), person.start() + 1))
                .get().orElseThrow();
        robot.moveTo(new Point2D(onScreen.getMinX() + 3, onScreen.getCenterY()));
        String name = workbench.entities().item(person.entity()).orElseThrow().name();
        waitUntil(10, () -> robot.lookup(".tooltip").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.isVisible() && l.getText().startsWith("Person · " + name)));
    }
}
