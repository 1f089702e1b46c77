package org.newslens.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.index.ArticleIndex;
import org.newslens.index.LibraryIndexer;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.search.ResultRow;
import org.newslens.ui.search.SearchFixtures;
import org.newslens.ui.search.SearchViewModel;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.OffFxThread;
import org.newslens.ui.task.QueuedTaskExecutor;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The Library's list over a real index and a real states file: copies, reading states, filters, orders. */
class LibraryListTest {
    private static final String DATED = String.join("\n\n",
            "Floods in Kandor",
            "KANDOR 2021-07-09 Floods reached Kandor on Friday. Maria Ortiz, the mayor of Kandor, asked America for help.",
            "The United States sent aid to Kandor.");
    private static final String OLDER = String.join("\n\n",
            "Ferry strike",
            "PORT ELMA 2020-03-02 The ferry to Port Elma stopped on Monday.");

    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final SearchFixtures.Entities entities = SearchFixtures.Entities.news();
    private final ReaderViewModel reader = new ReaderViewModel();
    private final List<Path> opened = new ArrayList<>();
    private ArticleIndex index;
    private LibraryViewModel library;
    private Path news;

    @BeforeEach
    void setUp() throws IOException {
        index = LuceneArticleIndex.open(dir.resolve("index"));
        library = viewModel();
        news = dir.resolve("news");
        SearchFixtures.write(news, "valley.txt", SearchFixtures.VALLEY);
        SearchFixtures.write(news, "harbour.md", SearchFixtures.HARBOUR);
        SearchFixtures.write(news, "floods.txt", DATED);
        SearchFixtures.write(news, "ferry.txt", OLDER);
        // the same text twice more, in other folders
        SearchFixtures.write(dir.resolve("archive/2020"), "valley-copy.txt", SearchFixtures.VALLEY);
        SearchFixtures.write(dir.resolve("inbox"), "valley.txt", SearchFixtures.VALLEY);
        library.addFolder(dir);
    }

    private LibraryViewModel viewModel() {
        return new LibraryViewModel(index, new LibraryIndexer(index, new ArticleLoader(), entities),
                new ReadingStates(dir.resolve("data/reading-states.json"), Clock.systemUTC()), executor, new AppState(reader), opened::add);
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    private LibraryList list() {
        return library.list();
    }

    private List<String> titles() {
        return list().rows().stream().filter(LibraryRow.Item.class::isInstance).map(r -> ((LibraryRow.Item) r).entry().title()).toList();
    }

    private List<String> rowTexts() {
        return list().rows().stream().map(r -> r instanceof LibraryRow.Heading h ? "# " + h.text() + " (" + h.count() + ")"
                : ((LibraryRow.Item) r).entry().title()).toList();
    }

    private LibraryEntry entry(String title) {
        return list().entries().stream().filter(e -> e.title().equals(title)).findFirst().orElseThrow();
    }

    private String valleyTitle() {
        return list().entries().stream().filter(e -> e.copies() == 3).findFirst().orElseThrow().title();
    }

    @Test
    void copiesOfOneTextAreOneEntryListingEveryFolder() {
        assertEquals(6, library.articles().size(), "every file is indexed");
        assertEquals(4, list().rows().size(), "three copies of the valley text are one row");
        LibraryEntry valley = list().entries().stream().filter(e -> e.copies() == 3).findFirst().orElseThrow();
        assertEquals(List.of(dir.resolve("archive/2020/valley-copy.txt"), dir.resolve("inbox/valley.txt"), news.resolve("valley.txt")),
                valley.files());
        String folders = LibraryRows.folders(valley);
        assertTrue(folders.startsWith("3 copies: archive/2020/, "), folders);
        assertTrue(folders.contains("/inbox/") && folders.contains("/news/"), folders);
        assertEquals("news/", LibraryRows.folders(entry("Floods in Kandor")).replace(dir.getFileName() + "/", "").replace("floods.txt", ""));
    }

    @Test
    void openingAnArticleMarksItReadAndCopiesShareTheState() {
        reader.show(SearchFixtures.load(dir.resolve("inbox/valley.txt")));

        LibraryRow.Item valley = (LibraryRow.Item) list().rows().stream()
                .filter(r -> r instanceof LibraryRow.Item i && i.entry().copies() == 3).findFirst().orElseThrow();
        assertEquals(ReadingState.READ, valley.state());
        assertEquals("4 articles · 4 left (3 unread)", list().countsProperty().get());
        assertFalse(list().history().canUndoProperty().get(), "opening is not an undoable mark");
    }

    @Test
    void whatIsLeftIsUnreadAndReadButNotReviewed() {
        list().mark(List.of(entry("Floods in Kandor")), ReadingState.REVIEWED);
        list().mark(List.of(entry("Ferry strike")), ReadingState.READ);

        list().filterProperty().set(LibraryFilter.LEFT);
        assertEquals(3, titles().size());
        assertFalse(titles().contains("Floods in Kandor"));
        list().filterProperty().set(LibraryFilter.REVIEWED);
        assertEquals(List.of("Floods in Kandor"), titles());
        list().filterProperty().set(LibraryFilter.READ);
        assertEquals(List.of("Ferry strike"), titles());
        list().filterProperty().set(LibraryFilter.UNREAD);
        assertEquals(2, titles().size());
        assertEquals("4 articles · 3 left (2 unread)", list().countsProperty().get());
    }

    @Test
    void anEmptyListSaysWhyRatherThanThatTheLibraryIsEmpty() {
        list().queryProperty().set("Nobody Here");
        assertEquals(List.of(), titles());
        assertTrue(list().emptyTextProperty().get().contains("\u201cNobody Here\u201d") && list().emptyTextProperty().get().contains("Search"),
                list().emptyTextProperty().get());
        list().queryProperty().set("");
        list().filterProperty().set(LibraryFilter.REVIEWED);
        assertEquals("No article is reviewed.", list().emptyTextProperty().get());
        list().filterProperty().set(LibraryFilter.LEFT);
        assertEquals(4, titles().size());
        list().mark(list().entries(), ReadingState.REVIEWED);
        assertEquals("No article is left: all are reviewed.", list().emptyTextProperty().get());
    }

    @Test
    void markingIsUndoneAndRedoneAndSurvivesARestart() {
        list().mark(List.of(entry("Floods in Kandor"), entry("Ferry strike")), ReadingState.REVIEWED);
        assertEquals("Mark 2 articles reviewed", list().messageProperty().get());
        assertEquals("Undo Mark 2 articles reviewed", list().history().undoTextProperty().get());

        assertTrue(list().undo());
        assertEquals(ReadingState.UNREAD, list().stateOf(entry("Ferry strike").contentHash()));
        assertTrue(list().redo());

        LibraryViewModel restarted = viewModel();
        restarted.setShown(true);
        assertEquals(ReadingState.REVIEWED, restarted.list().stateOf(entry("Ferry strike").contentHash()));
        restarted.list().filterProperty().set(LibraryFilter.LEFT);
        assertEquals(2, restarted.list().rows().size());
    }

    @Test
    void aMarkAndItsUndoAreWrittenOnAWorkerInTheirOrder() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        OffFxThread guard = new OffFxThread();
        ReadingStates file = new ReadingStates(dir.resolve("data/reading-states.json"), Clock.systemUTC());
        LibraryList marks = new LibraryList(file.checkedBy(guard::check), queued);
        marks.show(list().entries(), Map.of());
        String ferry = entry("Ferry strike").contentHash();

        assertTrue(marks.mark(List.of(entry("Ferry strike")), ReadingState.REVIEWED));
        assertTrue(marks.undo());
        assertEquals(ReadingState.UNREAD, file.get(ferry), "nothing written by the mark itself");

        assertTrue(queued.runNext());
        assertEquals(ReadingState.REVIEWED, file.get(ferry));
        assertEquals("Mark 1 article reviewed", marks.messageProperty().get());
        assertEquals(ReadingState.REVIEWED, marks.stateOf(ferry), "the list shows what the file holds");
        assertTrue(queued.runNext());
        assertEquals(ReadingState.UNREAD, file.get(ferry));
        assertEquals("Undone: Mark 1 article reviewed", marks.messageProperty().get());
        assertEquals(ReadingState.UNREAD, marks.stateOf(ferry));
        assertEquals(List.of(), guard.violations(), "the workers wrote it; no file access on the FX thread");
    }

    @Test
    void ordersByDateUnderMonthHeadingsBySourceByMentionsAndByState() {
        assertEquals(LocalDate.of(2021, 7, 9), entry("Floods in Kandor").date(), "the dateline dates the article");

        list().sortProperty().set(LibrarySort.DATE);
        assertEquals(List.of("# July 2021 (1)", "Floods in Kandor", "# March 2020 (1)", "Ferry strike", "# No date (2)"),
                rowTexts().subList(0, 5));

        list().sortProperty().set(LibrarySort.MENTIONS);
        assertEquals(valleyTitle(), titles().get(0), "the valley text names the most entities");

        list().mark(List.of(entry("Ferry strike")), ReadingState.REVIEWED);
        list().mark(List.of(entry("Floods in Kandor")), ReadingState.READ);
        list().sortProperty().set(LibrarySort.STATE);
        assertEquals(List.of("Floods in Kandor", "Ferry strike"), titles().subList(2, 4), "unread, then read, then reviewed");

        list().sortProperty().set(LibrarySort.SOURCE);
        assertEquals(4, titles().size());
        list().queryProperty().set("inbox");
        assertEquals(List.of(valleyTitle()), titles(), "the filter reads the copies' folders");
        list().queryProperty().set("ortiz");
        assertTrue(titles().containsAll(List.of(valleyTitle(), "Floods in Kandor")), titles().toString());
    }

    @Test
    void aLibrarySearchListsCopiesOfATextOnceWithTheirFolders() {
        SearchViewModel search = new SearchViewModel(index, entities, executor, new AppState(reader), opened::add);
        search.showLibrarySearch();
        search.queryProperty().set("rebels");
        search.search();

        List<ResultRow.ArticleRow> headings = search.rows().stream().filter(ResultRow.ArticleRow.class::isInstance)
                .map(ResultRow.ArticleRow.class::cast).toList();
        assertEquals(1, headings.size(), "three copies, one heading");
        assertEquals(2, headings.get(0).article().copies().size());
        assertEquals(2, search.cursor().hits().size(), "the copies' identical hits are not repeated");
        String where = LibraryRows.whereText(headings.get(0).article().file(), headings.get(0).article().copies());
        assertTrue(where.matches(".*valley(-copy)?\\.txt · also in .*/, .*/"), where);
    }

    @Test
    void openingAnEntryOpensItsFirstCopy() {
        LibraryEntry valley = list().entries().stream().filter(e -> e.copies() == 3).findFirst().orElseThrow();
        library.open(valley);
        assertEquals(List.of(valley.file()), opened);
        assertTrue(Files.exists(opened.get(0)));
    }
}
