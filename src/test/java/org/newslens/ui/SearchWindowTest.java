package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.search.SearchViewModel;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window: Ctrl+F, a query typed, hits highlighted in the text and stepped through, a bad query explained. */
class SearchWindowTest extends FastWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private String text;


    private String counter(FxRobot robot) {
        return robot.lookup("#search-counter").queryAs(Label.class).getText();
    }

    private static boolean styled(StyleClassedTextArea area, int offset, String style) {
        Collection<String> classes = area.getStyleOfChar(offset);
        return classes.contains(style);
    }

    private void openAndFind(FxRobot robot, String query) throws TimeoutException {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        text = workbench.viewModel().reader().getArticle().text();
        robot.clickOn("#article-text");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        assertTrue(field.isVisible());
        assertTrue(field.isFocused());
        robot.write(query);
    }

    @Test
    void typedQueryHighlightsTheHitsAndEnterAndF3StepThroughThem(FxRobot robot) throws Exception {
        openAndFind(robot, "Kandor");
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)));

        StyleClassedTextArea area = FastWindow.area(robot);
        List<Integer> hits = SearchFixtures.offsets(text, "Kandor");
        for (int at : hits) {
            assertTrue(styled(area, at, SearchViewModel.HIT_STYLE), "hit at " + at);
            assertTrue(styled(area, at + 5, SearchViewModel.HIT_STYLE), "hit end at " + at);
            assertFalse(styled(area, at + 6, SearchViewModel.HIT_STYLE), "after the hit at " + at);
        }
        assertFalse(styled(area, 0, SearchViewModel.HIT_STYLE));
        assertTrue(styled(area, hits.get(0), SearchViewModel.CURRENT_STYLE));
        assertFalse(styled(area, hits.get(1), SearchViewModel.CURRENT_STYLE));
        assertEquals(hits.get(0), area.getSelection().getStart());
        assertEquals(3, robot.lookup(".result-hit").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).count());

        robot.type(KeyCode.ENTER);
        FastWindow.waitUntil(() -> "2 of 3".equals(counter(robot)));
        assertEquals(hits.get(1), area.getSelection().getStart());
        assertEquals(hits.get(1) + 6, area.getSelection().getEnd());
        assertTrue(styled(area, hits.get(1), SearchViewModel.CURRENT_STYLE));
        assertFalse(styled(area, hits.get(0), SearchViewModel.CURRENT_STYLE));

        robot.type(KeyCode.F3);
        FastWindow.waitUntil(() -> "3 of 3".equals(counter(robot)));
        assertEquals(hits.get(2), area.getSelection().getStart());
        robot.type(KeyCode.F3);
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)));
        assertEquals(hits.get(0), area.getSelection().getStart());
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        FastWindow.waitUntil(() -> "3 of 3".equals(counter(robot)));
        assertEquals(hits.get(2), area.getSelection().getStart());
    }

    @Test
    void clickingAResultJumpsToItsHit(FxRobot robot) throws Exception {
        openAndFind(robot, "rebels");
        FastWindow.waitUntil(() -> "1 of 2".equals(counter(robot)));
        List<Integer> hits = SearchFixtures.offsets(text.toLowerCase(), "rebels");

        ListCell<?> second = robot.lookup(".result-hit").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null && c.getIndex() == 1)
                .map(n -> (ListCell<?>) n).findFirst().orElseThrow();
        assertTrue(robot.lookup(".result-paragraph").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals("¶3")));
        robot.clickOn(second);

        FastWindow.waitUntil(() -> "2 of 2".equals(counter(robot)));
        assertEquals(hits.get(1), FastWindow.area(robot).getSelection().getStart());
    }

    @Test
    void aBadQueryIsExplainedUnderTheBarAndTheHitsStayUntilEscClearsThem(FxRobot robot) throws Exception {
        openAndFind(robot, "Kandor");
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)));

        robot.type(KeyCode.HOME);
        robot.write("(");
        Label error = robot.lookup("#search-error").queryAs(Label.class);
        FastWindow.waitUntil(error::isVisible);
        assertEquals("(Kandor", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertTrue(error.getText().startsWith("The query ends too early"), error.getText());
        assertEquals("1 of 3", counter(robot));
        int first = SearchFixtures.offsets(text, "Kandor").get(0);
        assertTrue(styled(FastWindow.area(robot), first, SearchViewModel.HIT_STYLE));

        robot.type(KeyCode.ESCAPE);
        FastWindow.waitUntil(() -> counter(robot).isEmpty());
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertFalse(error.isVisible());
        assertFalse(styled(FastWindow.area(robot), first, SearchViewModel.HIT_STYLE));
        assertTrue(workbench.search().cursor().hits().isEmpty());
    }

    @Test
    void typingSuggestsEntitiesAndPickingOneSearchesForAllItsNames(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        FastWindow.waitUntil(() -> workbench.search().indexStatusProperty().get().isEmpty());
        openAndFind(robot, "ameri");

        FastWindow.waitUntil(() -> suggestionNames(robot).contains("America"));
        assertTrue(robot.lookup(".suggestion-detail").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("place · United States")));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)));
        assertEquals("entity:\"United States\"", field.getText());
        StyleClassedTextArea area = FastWindow.area(robot);
        for (String name : List.of("United States", "US officials", "America")) {
            assertTrue(styled(area, text.indexOf(name), SearchViewModel.HIT_STYLE), name);
        }
        assertTrue(field.isFocused());

        robot.type(KeyCode.ESCAPE);
        robot.write("kand");
        FastWindow.waitUntil(() -> suggestionNames(robot).contains("Kandor"));
        robot.clickOn(robot.lookup(".suggestion-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Kandor")).findFirst().orElseThrow());
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)));
        assertEquals("entity:\"Kandor\"", field.getText());
    }

    @Test
    void aQueryWithoutHitsSaysNoMatchesOnce(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        FastWindow.waitUntil(() -> workbench.search().indexStatusProperty().get().isEmpty());
        openAndFind(robot, "zzqxv");
        robot.push(KeyCode.ENTER);
        FastWindow.waitUntil(() -> "No matches".equals(counter(robot)));
        assertTrue(robot.lookup("#search-results").query().isVisible(), "the results pane is in front");
        List<String> said = robot.lookup(".label").match(org.testfx.util.NodeQueryUtils.isVisible()).queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() == robot.lookup("#search-field").query().getScene())
                .map(Label::getText).filter(t -> t != null && (t.contains("No match") || t.contains("No result"))).toList();
        assertEquals(List.of("No matches"), said);
    }

    @Test
    void aPartWordsHintShowsBesideTheOpenSuggestionsNotBehindThem(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        FastWindow.waitUntil(() -> workbench.search().indexStatusProperty().get().isEmpty());
        openAndFind(robot, "ameri");
        Label hint = robot.lookup("#search-hint").queryAs(Label.class);
        // The search of a shorter prefix typed on the way ("am") also ends in "No matches": wait for this query's.
        FastWindow.waitUntil(() -> suggestionNames(robot).contains("America") && "No matches".equals(counter(robot))
                && hint.getText().contains("ameri"));

        assertTrue(hint.isVisible(), "the hint is shown");
        assertTrue(hint.getText().contains("ameri*"), hint.getText());
        Bounds hintAt = WaitForAsyncUtils.asyncFx(() -> hint.localToScreen(hint.getBoundsInLocal())).get();
        javafx.stage.Window popup = suggestionList(robot).getScene().getWindow();
        Bounds popupAt = new javafx.geometry.BoundingBox(popup.getX(), popup.getY(), popup.getWidth(), popup.getHeight());
        assertFalse(hintAt.intersects(popupAt), "hint " + hintAt + " under the suggestions " + popupAt);
    }

    @Test
    void theFirstClickOnAResultWorksWhileSuggestionsAreOpenAndTheCurrentRowStaysSelected(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        FastWindow.waitUntil(() -> workbench.search().indexStatusProperty().get().isEmpty());
        openAndFind(robot, "Kandor");
        FastWindow.waitUntil(() -> "1 of 3".equals(counter(robot)) && suggestionNames(robot).contains("Kandor"));
        ListView<?> results = robot.lookup("#search-results-list").queryAs(ListView.class);
        assertEquals(0, results.getSelectionModel().getSelectedIndex(), "the current hit's row is selected");

        javafx.scene.Node third = robot.lookup(".result-hit").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof org.newslens.ui.search.ResultRow.HitRow h && h.index() == 2)
                .findFirst().orElseThrow();
        assertTrue(suggestionList(robot).getScene().getWindow().isShowing(), "the suggestions are open");
        robot.clickOn(third);
        FastWindow.waitUntil(() -> "3 of 3".equals(counter(robot)));
        assertEquals(SearchFixtures.offsets(text, "Kandor").get(2), FastWindow.area(robot).getSelection().getStart());
        assertEquals(2, results.getSelectionModel().getSelectedIndex());

        // a refined query with the same hits keeps the current one, and its row selected
        robot.clickOn("#search-field");
        robot.type(KeyCode.END);
        robot.write("*");
        robot.type(KeyCode.ENTER);
        FastWindow.waitUntil(() -> "Kandor*".equals(workbench.search().queryProperty().get()) && workbench.search().cursor().hits().size() == 3);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        int current = workbench.search().cursor().currentProperty().get();
        assertTrue(current >= 0);
        assertTrue(results.getSelectionModel().getSelectedItem() instanceof org.newslens.ui.search.ResultRow.HitRow h
                && h.index() == current, "row of hit " + current + " selected: " + results.getSelectionModel().getSelectedItem());
    }

    private static ListView<?> suggestionList(FxRobot robot) {
        return robot.lookup("#search-suggestions").queryAs(ListView.class);
    }

    private static List<String> suggestionNames(FxRobot robot) {
        return robot.lookup(".suggestion-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow() != null && l.getScene().getWindow().isShowing())
                .map(Label::getText).toList();
    }

    @Test
    void aFolderAddedToTheLibraryIsListedAndSearchedWithHitsGroupedByArticle(FxRobot robot) throws Exception {
        FastWindow.waitUntil(() -> workbench.viewModel().reader().getArticle() != null);
        Path folder = dir.resolve("library");
        SearchFixtures.write(folder, "harbour.txt", SearchFixtures.HARBOUR);
        Path drought = SearchFixtures.write(folder, "drought.txt", SearchFixtures.DROUGHT);

        robot.interact(() -> workbench.library().addFolder(folder));
        Label summary = robot.lookup("#library-summary").queryAs(Label.class);
        FastWindow.waitUntil(() -> summary.getText().startsWith("Added"));
        assertEquals("Added “library”: 2 new, 0 changed, 0 unchanged.", summary.getText());
        FastWindow.waitUntil(() -> robot.lookup(".library-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("A drought")));

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.write("Kandor");
        FastWindow.waitUntil(() -> "4 matches in 2 articles".equals(counter(robot)));
        assertEquals(2, robot.lookup(".result-article").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null).count());

        Path wanted = drought.toAbsolutePath().normalize();
        Supplier<Boolean> droughtOpen = () -> workbench.viewModel().reader().getArticle() != null
                && wanted.equals(workbench.viewModel().reader().getArticle().source());
        for (int i = 0; i < 4 && !droughtOpen.get(); i++) {
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        }
        FastWindow.waitUntil(droughtOpen);
        String droughtText = workbench.viewModel().reader().getArticle().text();
        int at = droughtText.indexOf("Kandor");
        FastWindow.waitUntil(() -> FastWindow.area(robot).getSelection().getStart() == at);
        assertTrue(styled(FastWindow.area(robot), at, SearchViewModel.CURRENT_STYLE));
        assertTrue(counter(robot).endsWith(" of 4 in 2 articles"), counter(robot));
    }
}
