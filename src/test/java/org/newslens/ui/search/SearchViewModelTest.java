package org.newslens.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.ui.search.SearchFixtures.DROUGHT;
import static org.newslens.ui.search.SearchFixtures.HARBOUR;
import static org.newslens.ui.search.SearchFixtures.VALLEY;
import static org.newslens.ui.search.SearchFixtures.offsets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.analysis.Quote;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.CorrectedEntities;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.SpeakerCorrection;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;
import org.newslens.article.TextRange;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySource;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.SearchHit;
import org.newslens.index.Suggestion;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.library.LibraryViewModel;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.reader.Highlight;
import org.newslens.ui.reader.HighlightLayers;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.QueuedTaskExecutor;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The query bar's view model over a real Lucene index in a temporary folder, without the FX thread. */
class SearchViewModelTest {
    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final ReaderViewModel reader = new ReaderViewModel();
    private final AppState state = new AppState(reader);
    private final SearchFixtures.Entities entities = SearchFixtures.Entities.news();
    private ArticleIndex index;
    private MainViewModel main;
    private SearchViewModel search;

    @BeforeEach
    void setUp() {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        main = new MainViewModel(new SettingsStore(new AppHome(dir.resolve("home"))), executor, new ArticleLoader(), reader);
        search = newSearch(entities);
    }

    private SearchViewModel newSearch(EntitySource source) {
        return new SearchViewModel(index, source, executor, state, main::open);
    }

    @AfterEach
    void tearDown() {
        search.dispose();
        index.close();
    }

    private Path open(String name, String text) throws IOException {
        Path file = SearchFixtures.write(dir.resolve("articles"), name, text);
        main.open(file);
        return file;
    }

    private void type(String query) {
        search.queryProperty().set(query);
        search.search();
    }

    private List<Integer> hitStarts() {
        return search.cursor().hits().stream().map(SearchHit::start).toList();
    }

    private List<Highlight> layer() {
        return reader.layers().layer(HighlightLayers.SEARCH);
    }

    private List<Integer> highlighted(String style) {
        return layer().stream().filter(h -> h.styleClass().equals(style)).map(Highlight::start).toList();
    }

    private String articleText() {
        return reader.getArticle().text();
    }

    @Test
    void aQueryHighlightsEveryHitInTheArticleAndSelectsTheFirst() throws IOException {
        open("valley.txt", VALLEY);
        search.showBar();

        type("Kandor");

        List<Integer> expected = offsets(articleText(), "Kandor");
        assertEquals(3, expected.size());
        assertEquals(expected, hitStarts());
        assertEquals(expected, highlighted(SearchViewModel.HIT_STYLE));
        assertEquals(List.of(expected.get(0)), highlighted(SearchViewModel.CURRENT_STYLE));
        assertEquals("1 of 3", search.counterProperty().get());
        assertEquals(new TextRange(expected.get(0), expected.get(0) + 6), reader.selectionProperty().get());
        assertEquals("", search.errorProperty().get());
        assertEquals(List.of(1, 3, 4), search.cursor().hits().stream().map(SearchHit::paragraph).toList());
        assertTrue(search.rows().stream().allMatch(r -> r instanceof ResultRow.HitRow));
        assertTrue(search.cursor().hits().get(0).snippet().marked().contains("«Kandor»"), search.cursor().hits().get(0).snippet().marked());
    }

    @Test
    void indexingTheShownArticleAgainWithNothingChangedDoesNotMakeTheLibraryViewsRecompute() throws IOException {
        List<AppEvent> changes = new java.util.ArrayList<>();
        state.on(AppEvent.IndexChanged.class, changes::add);
        open("valley.txt", VALLEY);
        assertEquals(1, changes.size(), "a new article in the index");

        state.publish(new AppEvent.CorrectionsChanged());
        state.publish(new AppEvent.AnnotationsSaved());

        assertEquals(1, changes.size(), "indexed again as it was: the graph, watch lists and library have nothing new");
        type("Kandor");
        assertEquals(offsets(articleText(), "Kandor"), hitStarts());
    }

    @Test
    void wordsMatchTheirInflectionsAndPhrasesMatchWholeRuns() throws IOException {
        open("valley.txt", VALLEY);

        type("brutalise");
        assertEquals(offsets(articleText(), "brutalised"), hitStarts());

        type("\"the rebels now control\"");
        int at = articleText().indexOf("the rebels now control");
        assertEquals(1, search.cursor().hits().size());
        assertEquals(at, search.cursor().hits().get(0).start());
        assertEquals(at + "the rebels now control".length(), search.cursor().hits().get(0).end());
    }

    @Test
    void anEntityQueryFindsEveryNameOfTheEntityOnceTheArticleIsIndexed() throws IOException {
        open("valley.txt", VALLEY);

        type("entity:\"United States\"");

        String text = articleText();
        List<Integer> expected = List.of(text.indexOf("United States"), text.indexOf("US officials"), text.indexOf("America"));
        assertEquals(expected, hitStarts());
        assertEquals("1 of 3", search.counterProperty().get());
        assertEquals(1, entities.calls.get());
        assertEquals("", search.indexStatusProperty().get());
    }

    @Test
    void speakerQuoteAndDateRangeQueriesLightUpTheQuoteAndTheDate() throws IOException {
        open("valley.txt", VALLEY);
        String text = articleText();
        int said = text.indexOf("the rebels now control the valley");

        type("speaker:ortiz");
        assertEquals(List.of(said), hitStarts());
        assertEquals(said + "the rebels now control the valley".length(), search.cursor().hits().get(0).end());
        assertEquals(List.of(said), highlighted(SearchViewModel.CURRENT_STYLE));

        type("quote:controls");
        assertEquals(List.of(text.indexOf("control the valley")), hitStarts());

        type("date:[2020-01 TO 2020-06]");
        assertEquals(List.of(text.indexOf("March 2020")), hitStarts());
        assertEquals("1 of 1", search.counterProperty().get());

        type("date:[2021 TO *]");
        assertEquals(List.of(), hitStarts());
        assertEquals("", search.errorProperty().get());
    }

    @Test
    void aCorrectionMadeAfterIndexingIsWhatEntitySearchFinds() throws IOException {
        AnnotationStorage storage = AnnotationStorage.in(new AppHome(dir.resolve("home")));
        search.dispose();
        search = newSearch(new CorrectedEntities(entities, storage));
        open("valley.txt", VALLEY);
        type("person:kandor");
        assertEquals(List.of(), hitStarts(), "the recogniser calls Kandor a place");

        int at = articleText().indexOf("Kandor");
        storage.open(reader.getArticle()).addCorrection(
                EntityCorrection.mark(at, at + 6, "Kandor", EntityLabel.PERSON, EntityCorrection.Scope.ALL));
        search.entitiesChanged();

        assertEquals(offsets(articleText(), "Kandor"), hitStarts(), "the open query shows the corrected hits at once");
        assertEquals("3 matches", search.counterProperty().get());
        type("place:kandor");
        assertEquals(List.of(), hitStarts(), "the corrected label replaced the recognised one");
    }

    @Test
    void aSpeakerCorrectionReachesSpeakerSearchOnceItIsSaved() throws IOException {
        AnnotationStorage storage = AnnotationStorage.in(new AppHome(dir.resolve("home")));
        search.dispose();
        CorrectedEntities corrected = new CorrectedEntities(entities, storage);
        search = newSearch(corrected);
        open("valley.txt", VALLEY);
        int said = articleText().indexOf("the rebels now control");
        type("speaker:ortiz");
        assertEquals(List.of(said), hitStarts());

        // the window changes the store in memory first (and says so), and writes the file a moment later
        state.publish(new AppEvent.SpeakerCorrectionsChanged());
        Quote q = corrected.quotes(reader.getArticle(), corrected.analyse(reader.getArticle())).stream()
                .filter(x -> x.start() == said).findFirst().orElseThrow();
        storage.open(reader.getArticle()).addSpeakerCorrection(new SpeakerCorrection(q.start(), q.end(), q.text(), "The regional governor"));
        type("speaker:governor");
        assertEquals(List.of(), hitStarts(), "indexed again before the file held the correction");

        state.publish(new AppEvent.AnnotationsSaved());
        assertEquals(List.of(said), hitStarts(), "once saved, the article is indexed again and the open query follows");
        type("speaker:ortiz");
        assertEquals(List.of(), hitStarts());
    }

    @Test
    void anArticleAlreadyIndexedIsNotAnalysedAgainAndSurvivesARestart() throws IOException {
        Path valley = open("valley.txt", VALLEY);
        open("harbour.txt", HARBOUR);
        main.open(valley);
        assertEquals(2, entities.calls.get());

        search.dispose();
        index.close();
        index = LuceneArticleIndex.open(dir.resolve("index"));
        search = newSearch(entities);
        main.open(valley);
        type("person:Ortiz");

        assertEquals(2, entities.calls.get());
        assertEquals(List.of(articleText().indexOf("Maria Ortiz")), hitStarts());
    }

    @Test
    void aChangedArticleIsIndexedAgainAndItsNewTextIsWhatIsFound() throws IOException {
        Path file = open("harbour.txt", HARBOUR);
        type("quotas");
        assertEquals(2, search.cursor().hits().size());

        Files.writeString(file, "Quotas lifted\n\nThe new quotas were lifted on Friday after a week of protests.");
        main.open(file);

        assertEquals(offsets(articleText(), "quotas"), hitStarts());
        assertEquals(1, search.cursor().hits().size());
        assertEquals(2, entities.calls.get());
    }

    @Test
    void aSyntaxErrorIsExplainedAndThePreviousResultsAndHighlightsStay() throws IOException {
        open("valley.txt", VALLEY);
        type("Kandor");
        List<Highlight> before = layer();

        type("Kandor AND (rebels");

        assertFalse(search.errorProperty().get().isEmpty());
        assertTrue(search.errorProperty().get().contains("\")\""), search.errorProperty().get());
        assertEquals(offsets(articleText(), "Kandor"), hitStarts());
        assertEquals(before, layer());
        assertEquals("1 of 3", search.counterProperty().get());

        type("Kandor AND rebels");
        assertEquals("", search.errorProperty().get());
    }

    @Test
    void anUnknownFieldIsExplained() throws IOException {
        open("valley.txt", VALLEY);

        type("author:Smith");

        assertTrue(search.errorProperty().get().contains("There is no field \"author:\""), search.errorProperty().get());
        assertTrue(search.cursor().hits().isEmpty());
    }

    @Test
    void nextAndPreviousStepThroughTheHitsAndWrapAround() throws IOException {
        open("valley.txt", VALLEY);
        type("Kandor");
        List<Integer> at = offsets(articleText(), "Kandor");

        search.next();
        assertEquals("2 of 3", search.counterProperty().get());
        assertEquals(at.get(1), reader.selectionProperty().get().start());
        assertEquals(List.of(at.get(1)), highlighted(SearchViewModel.CURRENT_STYLE));
        search.enter();
        assertEquals("3 of 3", search.counterProperty().get());
        search.next();
        assertEquals("1 of 3", search.counterProperty().get());
        assertEquals(at.get(0), reader.selectionProperty().get().start());
        search.previous();
        assertEquals("3 of 3", search.counterProperty().get());
        assertEquals(at.get(2), reader.selectionProperty().get().start());
        assertEquals(List.of(at.get(2)), highlighted(SearchViewModel.CURRENT_STYLE));
    }

    @Test
    void enterRunsANewQueryAndTypingPausesDoNotRunTheSameOneTwice() throws IOException {
        open("valley.txt", VALLEY);
        search.queryProperty().set("aid");
        search.queryTyped();
        assertEquals("1 of 2", search.counterProperty().get());
        search.next();
        search.queryTyped();
        assertEquals("2 of 2", search.counterProperty().get());

        search.queryProperty().set("rebels");
        search.enter();
        assertEquals(offsets(articleText().toLowerCase(), "rebels"), hitStarts());
        assertEquals("1 of 2", search.counterProperty().get());
    }

    @Test
    void aQueryWithoutHitsSaysSoAndClearsTheHighlights() throws IOException {
        open("valley.txt", VALLEY);
        type("Kandor");

        type("zeppelin");

        assertEquals("No matches", search.counterProperty().get());
        assertTrue(layer().isEmpty());
        assertTrue(search.rows().isEmpty());
    }

    @Test
    void escapeClearsTheQueryTheHighlightsAndTheListAndThenHidesTheBar() throws IOException {
        open("valley.txt", VALLEY);
        search.showBar();
        type("Kandor");

        search.clear();

        assertEquals("", search.queryProperty().get());
        assertTrue(layer().isEmpty());
        assertTrue(search.cursor().hits().isEmpty());
        assertTrue(search.rows().isEmpty());
        assertEquals("", search.counterProperty().get());
        assertTrue(search.barVisibleProperty().get());
        search.queryTyped();
        assertTrue(search.cursor().hits().isEmpty());
        assertEquals("", search.counterProperty().get());
        search.clear();
        assertFalse(search.barVisibleProperty().get());
    }

    @Test
    void openingAnotherArticleSearchesItForTheSameQuery() throws IOException {
        open("valley.txt", VALLEY);
        type("Kandor");

        open("drought.txt", DROUGHT);

        assertEquals(offsets(articleText(), "Kandor"), hitStarts());
        assertEquals(offsets(articleText(), "Kandor"), highlighted(SearchViewModel.HIT_STYLE));
        assertEquals("1 match", search.counterProperty().get());
    }

    @Test
    void typingSuggestsEntitiesByAnyOfTheirNamesAndPickingOneSearchesForIt() throws IOException {
        open("valley.txt", VALLEY);

        search.suggest("ameri");

        Suggestion america = search.suggestions().stream().filter(s -> s.entity().equals("United States")).findFirst().orElseThrow();
        assertEquals("America", america.text());
        search.pick(america);

        assertEquals("entity:\"United States\"", search.queryProperty().get());
        assertTrue(search.suggestions().isEmpty());
        assertEquals(3, search.cursor().hits().size());
        assertEquals("1 of 3", search.counterProperty().get());
    }

    @Test
    void suggestionsStayWhileTheTypedWordIsSearchedAndAPartWordGetsAHint() throws IOException {
        open("valley.txt", VALLEY);
        search.queryProperty().set("kand");
        search.suggest("kand");

        search.queryTyped();

        assertEquals("No matches", search.counterProperty().get());
        assertEquals(List.of("Kandor"), search.suggestions().stream().map(Suggestion::entity).toList());
        assertEquals("“kand” matches whole words only. For words starting with it, search kand*", search.hintProperty().get());
        type("kand*");
        assertEquals("1 of 3", search.counterProperty().get());
        assertEquals("", search.hintProperty().get());
        assertTrue(search.suggestions().isEmpty());
    }

    @Test
    void noSuggestionsForOneLetterOrForQuerySyntax() throws IOException {
        open("valley.txt", VALLEY);

        search.suggest("k");
        assertTrue(search.suggestions().isEmpty());
        search.suggest("kan");
        assertEquals(List.of("Kandor"), search.suggestions().stream().map(Suggestion::entity).toList());
        search.suggest("place:kan");
        assertTrue(search.suggestions().isEmpty());
        search.suggest("(kan");
        assertTrue(search.suggestions().isEmpty());
        search.suggest("maria ort");
        assertEquals(List.of("Maria Ortiz"), search.suggestions().stream().map(Suggestion::entity).toList());
    }

    @Test
    void whenEntitiesCannotBeRecognisedTheTextIsStillSearchable() throws IOException {
        ReaderViewModel otherReader = new ReaderViewModel();
        MainViewModel otherMain = new MainViewModel(new SettingsStore(new AppHome(dir.resolve("home2"))), executor,
                new ArticleLoader(), otherReader);
        SearchViewModel failing = new SearchViewModel(index, article -> {
            throw new IllegalStateException("models missing");
        }, executor, new AppState(otherReader), otherMain::open);
        otherMain.open(SearchFixtures.write(dir.resolve("articles"), "valley.txt", VALLEY));

        failing.queryProperty().set("Kandor");
        failing.search();
        assertEquals(offsets(otherReader.getArticle().text(), "Kandor"), failing.cursor().hits().stream().map(SearchHit::start).toList());
        assertTrue(failing.indexStatusProperty().get().contains("models missing"), failing.indexStatusProperty().get());

        failing.queryProperty().set("place:Kandor");
        failing.search();
        assertEquals("No matches", failing.counterProperty().get());
        failing.dispose();
    }

    @Test
    void whileEntitiesAreBeingRecognisedTheTextIsSearchedAndOnlyTheLatestArticleWaitsToBeIndexed() throws IOException {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        ReaderViewModel slowReader = new ReaderViewModel();
        MainViewModel slowMain = new MainViewModel(new SettingsStore(new AppHome(dir.resolve("home2"))), queued,
                new ArticleLoader(), slowReader);
        SearchViewModel slow = new SearchViewModel(index, entities, queued, new AppState(slowReader), slowMain::open);
        Path articles = dir.resolve("articles");
        Path valley = SearchFixtures.write(articles, "valley.txt", VALLEY);
        Path harbour = SearchFixtures.write(articles, "harbour.txt", HARBOUR);
        Path drought = SearchFixtures.write(articles, "drought.txt", DROUGHT);
        slowMain.open(valley);
        queued.runNext();
        queued.runNext(); // is the article in the index? no: its own small index and its indexing wait
        queued.runNext(); // the settings' save (the article as the last one opened)
        slow.queryProperty().set("Kandor");
        slow.search();
        queued.runNewest(); // the search runs before the article's own index is ready
        assertTrue(slow.indexStatusProperty().get().startsWith("Indexing"), slow.indexStatusProperty().get());
        assertEquals("Preparing search…", slow.counterProperty().get());
        assertEquals("", slow.hintProperty().get());

        queued.runNext(); // the article's own index: the search runs again in it
        queued.runNewest();

        assertEquals(offsets(slowReader.getArticle().text(), "Kandor"), slow.cursor().hits().stream().map(SearchHit::start).toList());
        assertEquals("3 matches", slow.counterProperty().get());
        assertEquals(0, entities.calls.get());
        slowMain.open(harbour);
        queued.runNewest();
        slowMain.open(drought);
        queued.runNewest();
        queued.runAll();

        assertEquals(2, entities.calls.get());
        assertTrue(index.isIndexed(SearchFixtures.load(valley)));
        assertFalse(index.isIndexed(SearchFixtures.load(harbour)));
        assertTrue(index.isIndexed(SearchFixtures.load(drought)));
        slow.queryProperty().set("place:Kandor");
        slow.search();
        queued.runAll();
        assertEquals(offsets(slowReader.getArticle().text(), "Kandor"), slow.cursor().hits().stream().map(SearchHit::start).toList());
        assertEquals("", slow.indexStatusProperty().get());
        slow.dispose();
    }

    @Test
    void theLibraryScopeGroupsHitsByArticleAndOpensAnArticleAtItsHit() throws IOException {
        Path folder = dir.resolve("news");
        SearchFixtures.write(folder, "valley.txt", VALLEY);
        SearchFixtures.write(folder, "harbour.txt", HARBOUR);
        Path drought = SearchFixtures.write(folder, "drought.txt", DROUGHT);
        LibraryViewModel library = new LibraryViewModel(index, new LibraryIndexer(index, new ArticleLoader(), entities), executor, state, main::open);
        library.addFolder(folder);
        open("elsewhere.txt", "Elsewhere\n\nNothing happened in Port Elma today.");

        search.scopeProperty().set(SearchViewModel.Scope.LIBRARY);
        type("Kandor");

        List<ResultRow> rows = search.rows();
        List<String> headings = rows.stream().filter(r -> r instanceof ResultRow.ArticleRow)
                .map(r -> ((ResultRow.ArticleRow) r).article().title()).sorted().toList();
        assertEquals(2, headings.size());
        assertEquals(4, search.cursor().hits().size());
        assertInstanceOf(ResultRow.ArticleRow.class, rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i) instanceof ResultRow.HitRow hit) {
                ResultRow.ArticleRow heading = headingAbove(rows, i);
                assertEquals(heading.article().file(), hit.hit().file());
            }
        }
        assertEquals("4 matches in 2 articles", search.counterProperty().get());
        assertEquals(Path.of("elsewhere.txt"), reader.getArticle().source().getFileName());
        assertTrue(layer().isEmpty());

        int inDrought = indexOfHitIn(drought);
        search.goTo(inDrought);

        assertEquals(drought.toAbsolutePath().normalize(), reader.getArticle().source());
        int expected = articleText().indexOf("Kandor");
        assertEquals(new TextRange(expected, expected + 6), reader.selectionProperty().get());
        assertEquals(List.of(expected), highlighted(SearchViewModel.CURRENT_STYLE));
        assertEquals((inDrought + 1) + " of 4 in 2 articles", search.counterProperty().get());
    }

    @Test
    void steppingThroughLibraryHitsMovesFromArticleToArticle() throws IOException {
        Path folder = dir.resolve("news");
        SearchFixtures.write(folder, "valley.txt", VALLEY);
        SearchFixtures.write(folder, "drought.txt", DROUGHT);
        new LibraryViewModel(index, new LibraryIndexer(index, new ArticleLoader(), entities), executor, state, main::open).addFolder(folder);
        search.scopeProperty().set(SearchViewModel.Scope.LIBRARY);
        type("America");
        assertEquals(2, search.cursor().hits().size());

        List<Path> visited = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            search.next();
            visited.add(reader.getArticle().source().getFileName());
            assertEquals("America", reader.selectedText());
        }

        assertEquals(visited.get(0), visited.get(2));
        assertFalse(visited.get(0).equals(visited.get(1)));
    }

    private static ResultRow.ArticleRow headingAbove(List<ResultRow> rows, int i) {
        for (int j = i; j >= 0; j--) {
            if (rows.get(j) instanceof ResultRow.ArticleRow a) {
                return a;
            }
        }
        throw new AssertionError("no heading above row " + i);
    }

    private int indexOfHitIn(Path file) {
        Path wanted = file.toAbsolutePath().normalize();
        for (int i = 0; i < search.cursor().hits().size(); i++) {
            if (wanted.equals(search.cursor().hits().get(i).file())) {
                return i;
            }
        }
        throw new AssertionError("no hit in " + file);
    }
}
