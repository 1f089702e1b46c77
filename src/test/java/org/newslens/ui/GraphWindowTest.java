package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.article.TextRange;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.InventedLibrary;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.EntityService;
import org.newslens.ui.graph.GraphCanvas;
import org.newslens.ui.graph.GraphWindow;
import org.newslens.ui.graph.VisibleGraph;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: View ▸ Who Appears with Whom in the Library, a link clicked, its sentence opened, a node's page opened, a node dragged. */
@ExtendWith(ApplicationExtension.class)
class GraphWindowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor(2);
    @TempDir
    Path dir;
    private Workbench workbench;

    /** The three invented articles on disk and in the library's index; the first one open. */
    @Start
    void start(Stage stage) {
        try {
            Path articles = Files.createDirectories(dir.resolve("articles"));
            Files.writeString(articles.resolve("meeting.txt"), InventedLibrary.MEETING);
            Files.writeString(articles.resolve("harbour.txt"), InventedLibrary.HARBOUR);
            Files.writeString(articles.resolve("shop.txt"), InventedLibrary.SHOP);
            AppHome home = new AppHome(Files.createDirectories(dir.resolve("home")));
            try (LuceneArticleIndex index = LuceneArticleIndex.open(home.root().resolve("index"))) {
                InventedLibrary.fill(index, articles);
            }
            EntityService entities = new EntityService(SearchFixtures.Entities.news().knows(EntityLabel.PERSON, "Paul Kern", "Kern"),
                    new EntityCache(Files.createDirectories(dir.resolve("entities"))));
            workbench = new Workbench(home, executor, entities);
            workbench.show(stage, List.of(articles.resolve("meeting.txt").toString()), dir.resolve("no-seeds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void stop() {
        assertEquals(List.of(), workbench.fxThreadGuard().violations(), "core services called on the FX thread");
        executor.shutdown();
        workbench.close();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static GraphWindow graphWindow() {
        return Window.getWindows().stream().filter(GraphWindow.class::isInstance).map(GraphWindow.class::cast)
                .filter(Window::isShowing).findFirst().orElseThrow();
    }

    private static int link(VisibleGraph g, String a, String b) {
        for (int e = 0; e < g.edges().size(); e++) {
            if (Set.of(g.nodes().get(g.from()[e]).name(), g.nodes().get(g.to()[e]).name()).equals(Set.of(a, b))) {
                return e;
            }
        }
        throw new AssertionError("no link between " + a + " and " + b);
    }

    @Test
    void clickingALinkListsItsSentencesAndOneOpensItsArticleThere(FxRobot robot) throws Exception {
        waitUntil(() -> workbench.state().article() != null);
        robot.clickOn("View");
        robot.clickOn("#menu-graph-library");
        WaitForAsyncUtils.waitForFxEvents();
        GraphWindow window = graphWindow();
        GraphCanvas canvas = window.canvas();
        waitUntil(() -> canvas.graph().nodes().size() == 5 && canvas.forceLayout().settled());
        assertTrue(robot.lookup("#graph-status").queryAs(Label.class).getText().startsWith("5 entities, "));
        List<javafx.geometry.Bounds> labels = WaitForAsyncUtils.asyncFx(canvas::labelBoxes).get();
        assertEquals(5, labels.size(), "five nodes, five labels with room");
        for (javafx.geometry.Bounds b : labels) {
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= canvas.getWidth() && b.getMaxY() <= canvas.getHeight(),
                    "inside the canvas: " + b);
            assertEquals(1, labels.stream().filter(o -> o.intersects(b)).count(), "covers no other label: " + b);
        }

        int e = link(canvas.graph(), "Maria Ortiz", "Paul Kern");
        Point2D at = canvas.localToScreen(canvas.linkPoint(e));
        robot.clickOn(at);
        @SuppressWarnings("unchecked")
        ListView<org.newslens.ui.graph.EvidenceRow> evidence = robot.lookup("#graph-evidence").queryAs(ListView.class);
        try {
            waitUntil(() -> evidence.getItems().size() == 2);
        } catch (TimeoutException ex) {
            throw new AssertionError("clicked " + at + " on " + canvas.localToScreen(canvas.getBoundsInLocal()) + ", window at "
                    + window.getX() + "," + window.getY() + ": " + robot.lookup("#graph-link-title").queryAs(Label.class).getText()
                    + " / " + evidence.getItems());
        }
        assertEquals("Maria Ortiz and Paul Kern: 2 sentences", robot.lookup("#graph-link-title").queryAs(Label.class).getText());

        robot.clickOn("Maria Ortiz was absent, Kern said.");
        waitUntil(() -> workbench.state().article().source().endsWith("harbour.txt")
                && !workbench.state().selectionProperty().get().isEmpty());
        TextRange selected = workbench.state().selectionProperty().get();
        assertEquals("Maria Ortiz was absent, Kern said.", workbench.state().article().text().substring(selected.start(), selected.end()));

        int kern = node(canvas, "Paul Kern");
        robot.interact(window::toFront);
        robot.doubleClickOn(canvas.localToScreen(canvas.nodePoint(kern)));
        waitUntil(() -> "Paul Kern".equals(workbench.entityPage().model().nameProperty().get()));
    }

    @Test
    void aDraggedNodeStaysWhereItWasDropped(FxRobot robot) throws Exception {
        GraphWindow window = open(robot, () -> workbench.graphs().openArticle());
        GraphCanvas canvas = window.canvas();
        waitUntil(() -> canvas.graph().nodes().size() >= 3 && canvas.forceLayout().settled());
        assertTrue(window.getTitle().endsWith("Maria Ortiz met Paul Kern in Kandor"), window.getTitle());
        Point2D to = drag(robot, canvas, 0, new Point2D(40, 40));
        assertHeldAt(canvas, 0, to);
    }

    /** The graph window {@code how} opens once the first article is shown. */
    private GraphWindow open(FxRobot robot, Runnable how) throws TimeoutException {
        waitUntil(() -> workbench.state().article() != null);
        robot.interact(how);
        return graphWindow();
    }

    private static int node(GraphCanvas canvas, String name) {
        return canvas.graph().nodes().stream().map(n -> n.name()).toList().indexOf(name);
    }

    /** Drags node {@code i} to {@code place} of the canvas and waits for the layout to settle; where it was dropped, on screen. */
    private static Point2D drag(FxRobot robot, GraphCanvas canvas, int i, Point2D place) throws TimeoutException {
        Point2D to = canvas.localToScreen(place);
        robot.drag(canvas.localToScreen(canvas.nodePoint(i))).dropTo(to);
        waitUntil(() -> canvas.forceLayout().settled());
        return to;
    }

    private static void assertHeldAt(GraphCanvas canvas, int i, Point2D to) {
        assertTrue(canvas.forceLayout().pinned(i), "the dragged node is held");
        Point2D now = canvas.localToScreen(canvas.nodePoint(i));
        assertTrue(now.distance(to) < 4, now + " is not where it was dropped, " + to);
    }

    @Test
    void theLibraryGraphFollowsAnAddedArticleAndADraggedNodeStaysWhereItWasDropped(FxRobot robot) throws Exception {
        GraphCanvas canvas = open(robot, () -> workbench.graphs().openLibrary()).canvas();
        waitUntil(() -> canvas.graph().nodes().size() == 5 && canvas.forceLayout().settled());
        Point2D to = drag(robot, canvas, node(canvas, "Maria Ortiz"), new Point2D(60, 60));

        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("visit.txt"), "Maria Ortiz met Al Qaeda envoys in Kandor.");
        robot.interact(() -> workbench.library().addFolder(more));
        waitUntil(() -> node(canvas, "Al Qaeda") >= 0 && canvas.forceLayout().settled());
        assertEquals(6, canvas.graph().nodes().size());
        assertHeldAt(canvas, node(canvas, "Maria Ortiz"), to);
    }
}
