package org.newslens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.IndexedArticle;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.ReadingStates;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.SameThreadTaskExecutor;
import org.newslens.ui.task.TaskHandle;

/** File ▸ Add folder and the library list, over a real Lucene index in a temporary folder. */
class LibraryViewModelTest {
    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final SearchFixtures.Entities entities = SearchFixtures.Entities.news();
    private final List<Path> opened = new ArrayList<>();
    private ArticleIndex index;
    private LibraryViewModel library;
    private final List<AppEvent> events = new ArrayList<>();
    private Path folder;
    private AppState state;

    @BeforeEach
    void setUp() throws IOException {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        state = new AppState(new ReaderViewModel());
        state.on(AppEvent.LibraryChanged.class, events::add);
        library = new LibraryViewModel(index, new LibraryIndexer(index, new ArticleLoader(), entities),
                new ReadingStates(dir.resolve("states.json"), java.time.Clock.systemUTC()), executor, state, opened::add);
        folder = dir.resolve("news");
        SearchFixtures.write(folder, "valley.txt", SearchFixtures.VALLEY);
        SearchFixtures.write(folder, "harbour.md", SearchFixtures.HARBOUR);
        SearchFixtures.write(folder, "drought.txt", SearchFixtures.DROUGHT);
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private List<String> titles() {
        return library.articles().stream().map(IndexedArticle::title).toList();
    }

    @Test
    void addingAFolderIndexesEveryArticleAndListsItWithItsTopEntities() {
        library.addFolder(folder);

        assertFalse(library.addingProperty().get());
        assertTrue(library.shownProperty().get());
        assertEquals("Added “news”: 3 new, 0 changed, 0 unchanged.", library.summaryProperty().get());
        assertEquals(3, library.articles().size());
        IndexedArticle valley = library.articles().stream().filter(a -> a.file().getFileName().toString().equals("valley.txt"))
                .findFirst().orElseThrow();
        List<String> top = valley.topEntities().stream().map(EntitySummary::name).toList();
        assertTrue(top.contains("Kandor") && top.contains("United States"), top.toString());
        assertTrue(top.contains("March 2020"), top.toString());
        List<String> shown = LibraryViewModel.topNames(valley);
        assertEquals(4, shown.size());
        assertTrue(shown.containsAll(List.of("Kandor", "United States", "Al Qaeda", "Maria Ortiz")), shown.toString());
        assertEquals(3, entities.calls.get());
        assertEquals(List.of(new AppEvent.LibraryChanged()), events, "searches over the library run again");
    }

    @Test
    void articlesAnotherFeatureAddedAreListedWhenItSaysTheLibraryChanged() throws IOException {
        library.setShown(true);
        library.addFolder(folder);
        assertEquals(3, library.list().entries().size());
        Path more = dir.resolve("more");
        SearchFixtures.write(more, "ferry.txt", "Ferry strike\n\nThe ferry crews of Port Elma stopped work on Monday.");
        // as the window's rebuild of a damaged index does: indexed by another indexer, then LibraryChanged
        new LibraryIndexer(index, new ArticleLoader(), entities).addFolder(more, (done, total, current) -> { }, () -> false);
        state.publish(new AppEvent.LibraryChanged());
        assertEquals(4, library.list().entries().size(), "the Library lists what the rebuild indexed");
        assertEquals(2, events.size(), "its own folder run and the rebuild; no event of its own in reply");
    }

    @Test
    void whatACommandLineAskedForWhileTheWindowHeldTheIndexIsAddedAndListed() throws IOException {
        org.newslens.index.PendingAdditions pending = new org.newslens.index.PendingAdditions(dir.resolve("index"));
        library.addPending(pending);
        assertEquals("", library.summaryProperty().get(), "nothing asked for, nothing said");
        assertTrue(events.isEmpty());

        pending.request(List.of(folder.resolve("valley.txt"), folder.resolve("harbour.md")));
        library.addPending(pending);
        assertEquals("Added “the command line’s articles”: 2 new, 0 changed, 0 unchanged.", library.summaryProperty().get());
        assertEquals(2, library.articles().size());
        assertFalse(library.shownProperty().get(), "the pane is not pushed forward at start-up");
        assertEquals(List.of(new AppEvent.LibraryChanged()), events, "searches over the library run again");
        assertFalse(pending.any());
    }

    @Test
    void aNameInTwoCategoriesIsShownOnce() {
        List<EntitySummary> top = List.of(new EntitySummary("Facebook", EntityLabel.GROUP, List.of(), 33),
                new EntitySummary("Facebook", EntityLabel.PLACE, List.of(), 8), new EntitySummary("March 2020", EntityLabel.DATE, List.of(), 7),
                new EntitySummary("FACEBOOK", EntityLabel.PERSON, List.of(), 6), new EntitySummary("Cambridge Analytica", EntityLabel.GROUP, List.of(), 5));
        assertEquals(List.of("Facebook", "Cambridge Analytica"), LibraryViewModel.topNames(top));
        assertEquals("Facebook · Cambridge Analytica", LibraryRows.namesLine(entry(top)));
        // a results table: 44 mentions, all figures and dates; "no entities" beside "44 mentions" read as a contradiction
        assertEquals("no people, places or groups", LibraryRows.namesLine(entry(List.of(
                new EntitySummary("12", EntityLabel.FIGURE, List.of(), 30), new EntitySummary("Thursday", EntityLabel.DATE, List.of(), 14)))));
    }

    private static org.newslens.library.LibraryEntry entry(List<EntitySummary> top) {
        return new org.newslens.library.LibraryEntry("hash", "Results", List.of(Path.of("results.txt")), null, null,
                top.stream().mapToInt(EntitySummary::mentions).sum(), top);
    }

    @Test
    void unreadableFilesAreSummarisedAndTheRestIsIndexed() throws IOException {
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7, 0, 0, 0});

        library.addFolder(folder);

        assertEquals("Added “news”: 3 new, 0 changed, 0 unchanged. 1 file could not be fully read.", library.summaryProperty().get());
        assertEquals(1, library.problems().size());
        assertEquals("broken.txt", library.problems().get(0).file().getFileName().toString());
        assertEquals(3, library.articles().size());
    }

    @Test
    void addingTheFolderAgainIndexesOnlyWhatChanged() throws IOException {
        library.addFolder(folder);
        SearchFixtures.write(folder, "drought.txt", "Rain at last\n\nRain fell on Kandor for the first time in a year.");
        SearchFixtures.write(folder, "sub/port.txt", "Port news\n\nThe ferry to Port Elma runs again.");

        library.addFolder(folder);

        assertEquals("Added “news”: 1 new, 1 changed, 2 unchanged.", library.summaryProperty().get());
        assertEquals(5, entities.calls.get());
        assertEquals(4, library.articles().size());
        assertTrue(titles().contains("Rain at last"), titles().toString());
    }

    @Test
    void progressCountsFilesAndCancelStopsAfterTheFileBeingIndexed() throws IOException {
        SearchFixtures.write(folder, "zebra.txt", "Zebras\n\nZebras crossed the road near Kandor.");
        List<String> messages = new ArrayList<>();
        List<Double> fractions = new ArrayList<>();
        List<Boolean> addingWhileRunning = new ArrayList<>();
        executor.running().addListener((ListChangeListener<TaskHandle>) change -> {
            while (change.next()) {
                for (TaskHandle task : change.getAddedSubList()) {
                    task.messageProperty().addListener((obs, old, message) -> {
                        messages.add(message);
                        fractions.add(task.progressProperty().get());
                        addingWhileRunning.add(library.addingProperty().get());
                        if (message.equals("2 of 4 files") && messages.size() == 3) {
                            library.cancel();
                        }
                    });
                }
            }
        });

        library.addFolder(folder);

        assertEquals(List.of("0 of 4 files", "1 of 4 files", "2 of 4 files"), messages);
        assertEquals(List.of(0.0, 0.25, 0.5), fractions);
        assertTrue(addingWhileRunning.stream().allMatch(b -> b));
        assertEquals("Stopped adding “news” after 3 of 4 files: 3 new, 0 changed, 0 unchanged.", library.summaryProperty().get());
        assertEquals(3, index.size());
        assertFalse(library.addingProperty().get());
        assertEquals("", library.progressTextProperty().get());

        library.addFolder(folder);
        assertEquals("Added “news”: 1 new, 0 changed, 3 unchanged.", library.summaryProperty().get());
        assertEquals(4, index.size());
    }

    @Test
    void aFolderThatCannotBeListedIsReportedAndNothingIsLost() {
        library.addFolder(folder);

        library.addFolder(dir.resolve("gone"));

        assertTrue(library.summaryProperty().get().startsWith("Could not add “gone”"), library.summaryProperty().get());
        assertFalse(library.addingProperty().get());
        assertEquals(3, library.articles().size());
    }

    @Test
    void aFolderWithoutArticlesSaysSo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("photos"));
        Files.write(empty.resolve("cat.jpg"), new byte[] {1, 2, 3});

        library.addFolder(empty);

        assertEquals("“photos” has no articles (.txt, .md, .html, .pdf, .epub, .docx, .eml files).", library.summaryProperty().get());
    }

    @Test
    void openingAnArticleOfTheLibraryOpensItsFile() {
        library.addFolder(folder);

        library.open(library.articles().get(0));

        assertEquals(List.of(library.articles().get(0).file()), opened);
    }
}
