package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.Figure;
import org.newslens.analysis.Quote;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.ui.analysis.QuotesViewModel;
import org.newslens.ui.analysis.TimelineViewModel;
import org.newslens.ui.task.FxTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Quotes, Timeline and Figures panes on the seed article in the real window, with the real pipeline. */
@ExtendWith(ApplicationExtension.class)
class AnalysisPanesWindowTest {
    @TempDir
    Path dir;

    private Workbench workbench;
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(2);
        workbench = new Workbench(new AppHome(dir.resolve("home")), executor, TestEntities.coreNlp());
        workbench.show(stage, List.of(), EntitiesWindowTest.SEEDS);
    }

    @AfterEach
    void stop() {
        assertEquals(List.of(), workbench.fxThreadGuard().violations(), "core services called on the FX thread");
        executor.shutdown();
    }

    private static void waitUntil(long seconds, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showPane(FxRobot robot, String title) throws Exception {
        waitUntil(180, () -> workbench.analysis().resultProperty().get() != null);
        TabPane panes = robot.lookup(".tab-pane").<TabPane>queryAll().stream()
                .filter(p -> p.getTabs().stream().anyMatch(t -> t.getText().equals(title))).findFirst().orElseThrow();
        robot.interact(() -> panes.getSelectionModel().select(
                panes.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void quotesAreListedWithTheirSpeakerMarkedInTheTextAndAClickJumpsToThem(FxRobot robot) throws Exception {
        showPane(robot, "Quotes");
        Article seed = workbench.viewModel().reader().getArticle();
        ListView<Quote> list = robot.lookup("#quotes-list").queryListView();
        waitUntil(10, () -> !list.getItems().isEmpty());
        Quote bush = list.getItems().stream().filter(q -> q.text().startsWith("In Afghanistan we see")).findFirst().orElseThrow();
        assertEquals("George W. Bush", bush.speaker().name());
        StyleClassedTextArea area = robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
        assertTrue(area.getStyleOfChar(bush.start()).contains("quote-mark"), "the quote is marked in the text");
        int plain = seed.text().indexOf("reeled");
        assertFalse(area.getStyleOfChar(plain).contains("quote-mark"));

        robot.interact(() -> list.getSelectionModel().select(bush));
        assertEquals(bush.start(), area.getSelection().getStart(), "a click selects the quote in the text");
        assertEquals(bush.end(), area.getSelection().getEnd());

        int all = list.getItems().size();
        // one click on the quote's "Their quotes"
        robot.interact(() -> list.scrollTo(bush));
        Node theirs = robot.lookup(".list-cell").queryAll().stream()
                .filter(c -> c instanceof ListCell<?> cell && cell.getItem() == bush).findFirst().orElseThrow()
                .lookup(".button");
        robot.clickOn(theirs);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> speaker = robot.lookup("#quotes-speaker").queryAs(ComboBox.class);
        assertEquals("George W. Bush", speaker.getValue());
        assertTrue(list.getItems().size() < all && list.getItems().size() >= 3, "only Bush's quotes: " + list.getItems());
        assertTrue(list.getItems().stream().allMatch(q -> q.speaker().name().equals("George W. Bush")));
        robot.interact(() -> speaker.setValue(QuotesViewModel.ALL));
        assertEquals(all, list.getItems().size());
    }

    @Test
    void aQuotesSpeakerIsChangedInADialogAndUndoTakesItBack(FxRobot robot) throws Exception {
        showPane(robot, "Quotes");
        ListView<Quote> list = robot.lookup("#quotes-list").queryListView();
        waitUntil(60, () -> workbench.annotations().shown().readyProperty().get() && !list.getItems().isEmpty());
        Quote bush = list.getItems().stream().filter(q -> q.text().startsWith("In Afghanistan we see")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(bush));

        robot.clickOn("#quotes-change-speaker");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> who = robot.lookup("#speaker-choice").queryAs(ComboBox.class);
        assertEquals("George W. Bush", who.getEditor().getText(), "the dialog starts from the speaker found");
        assertTrue(who.getItems().contains("Joe Biden"), "the article's people are offered: " + who.getItems());
        robot.interact(() -> who.getEditor().setText("Joe Biden"));
        robot.clickOn("OK");
        waitUntil(10, () -> speakerOf(list, bush).equals("Joe Biden"));
        assertEquals(bush.start(), list.getSelectionModel().getSelectedItem().start(), "the quote stays selected");
        assertTrue(workbench.viewModel().statusProperty().get().startsWith("Speaker of “In Afghanistan we see"),
                workbench.viewModel().statusProperty().get());

        assertEquals("Undo Speaker of “In Afghanistan we see…” is Joe Biden".substring(0, 33),
                workbench.annotations().history().undoTextProperty().get().substring(0, 33), "one step on the window's history");
        // search follows: the article is indexed again with the corrected speaker
        waitUntil(60, () -> saidBy(robot, "speaker:biden").contains(bush.start()));
        assertFalse(saidBy(robot, "speaker:bush").contains(bush.start()), "Bush no longer said it");

        robot.interact(() -> workbench.actions().get("undo").run()); // Edit ▸ Undo
        waitUntil(10, () -> speakerOf(list, bush).equals("George W. Bush"));
        waitUntil(60, () -> saidBy(robot, "speaker:bush").contains(bush.start()));
        assertFalse(saidBy(robot, "speaker:biden").contains(bush.start()));
        robot.interact(() -> workbench.actions().get("redo").run());
        waitUntil(10, () -> speakerOf(list, bush).equals("Joe Biden"));
    }

    /** Searches the article on screen for {@code query} through the search bar's view model: where its hits start. */
    private List<Integer> saidBy(FxRobot robot, String query) {
        robot.interact(() -> {
            workbench.search().queryProperty().set(query);
            workbench.search().search();
        });
        try {
            waitUntil(30, () -> workbench.search().result() != null && workbench.search().result().query().equals(query));
        } catch (Exception e) {
            throw new AssertionError("no result for " + query, e);
        }
        return workbench.search().result().articles().stream().flatMap(a -> a.hits().stream()).map(h -> h.start()).toList();
    }

    private static String speakerOf(ListView<Quote> list, Quote q) {
        return list.getItems().stream().filter(x -> x.start() == q.start()).findFirst().map(QuotesViewModel::speakerOf).orElse("");
    }

    @Test
    void theTimelineAsksForTheArticlesDateAndThenPlacesRelativeDates(FxRobot robot) throws Exception {
        showPane(robot, "Timeline");
        ListView<TimelineViewModel.Entry> list = robot.lookup("#timeline-list").queryListView();
        waitUntil(10, () -> !list.getItems().isEmpty());
        assertTrue(robot.lookup("#article-date").query().isVisible(), "the seed states no date: the header asks");
        robot.interact(() -> workbench.analysis().setArticleDate(java.time.LocalDate.of(2021, 7, 9)));
        waitUntil(10, () -> !workbench.analysis().needsDateProperty().get());
        TimelineViewModel.Entry wednesday = list.getItems().stream()
                .filter(e -> e.time().text().equals("Wednesday")).findFirst().orElseThrow();
        assertEquals("2021-07-07", wednesday.time().value());
        assertTrue(wednesday.names().contains("Taliban"), wednesday.names().toString());
        assertEquals("2001", list.getItems().get(0).time().value(), "time order: 2001 first");
        StyleClassedTextArea area = robot.lookup("#article-text").queryAs(StyleClassedTextArea.class);
        robot.interact(() -> list.getSelectionModel().select(wednesday));
        assertEquals(wednesday.time().start(), area.getSelection().getStart());
    }

    @Test
    void figuresAreSortableWithTheirValuesAndCopyAsATable(FxRobot robot) throws Exception {
        showPane(robot, "Figures");
        TableView<Figure> table = robot.lookup("#figures-table").queryTableView();
        waitUntil(10, () -> !table.getItems().isEmpty());
        Figure refugees = table.getItems().stream().filter(f -> f.text().equals("2.7 million")).findFirst().orElseThrow();
        assertEquals(2_700_000d, refugees.value());
        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(table.getColumns().get(2)));
            table.sort();
        });
        Double previous = null;
        for (Figure f : table.getItems()) {
            if (f.value() != null && previous != null) {
                assertTrue(previous <= f.value(), "sorted by value");
            }
            previous = f.value() == null ? previous : f.value();
        }
        robot.clickOn("#figures-copy");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(clip[0].startsWith("Figure\tCounts\tValue"), clip[0]);
        assertTrue(clip[0].contains("2.7 million\trefugees\t2,700,000"), clip[0]);
    }
}
