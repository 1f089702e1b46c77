package org.newslens.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.article.ArticleLoader;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.FirstRow;
import org.newslens.library.InventedLibrary;
import org.newslens.library.WatchList;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchStore;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.state.AppEvent;
import org.newslens.ui.state.AppState;
import org.newslens.ui.task.SameThreadTaskExecutor;

/** The Watch pane's state: new-match counts, runs again when the library changes, mark seen, bad input in one line. */
class WatchViewModelTest {
    @TempDir
    Path dir;

    private LuceneArticleIndex index;
    private WatchStore store;
    private AppState state;
    private WatchViewModel vm;
    private final List<Path> opened = new ArrayList<>();
    private final List<String> searched = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneArticleIndex.inMemory();
        InventedLibrary.fill(index, dir);
        store = new WatchStore(dir);
        store.add(WatchList.ofNames("people", List.of("Paul Kern", "Kandor"), Instant.now()));
        state = new AppState(new ReaderViewModel());
        vm = new WatchViewModel(store, index, new SameThreadTaskExecutor(), state, opened::add, searched::add);
        vm.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void showsTheNewMatchesAndForgetsThemOnceSeen() {
        assertEquals("3 new matches", vm.newMatches().summaryProperty().get());
        assertEquals(3, vm.newMatches().countProperty().get());
        assertEquals("people", vm.selectedProperty().get().list().name());
        assertEquals(3, vm.matches().size());
        assertTrue(vm.matches().stream().allMatch(m -> m.isNew()));

        vm.markSeen(vm.selectedProperty().get());
        assertEquals("No new matches", vm.newMatches().summaryProperty().get());
        assertEquals(0, vm.newMatches().countProperty().get());
        assertEquals(3, vm.matches().size(), "seen matches stay listed");
        assertTrue(vm.matches().stream().noneMatch(m -> m.isNew()));
    }

    @Test
    void markSeenRemoveAndRenameAreUndoneInOrder() throws Exception {
        vm.markSeen(vm.selectedProperty().get());
        assertEquals("No new matches", vm.newMatches().summaryProperty().get());
        assertEquals("Undo Mark seen \u201cpeople\u201d", vm.history().undoTextProperty().get());
        vm.undo();
        assertEquals("3 new matches", vm.newMatches().summaryProperty().get());
        assertFalse(vm.history().canUndoProperty().get());

        vm.markSeen(vm.selectedProperty().get());
        assertTrue(vm.addQuery("shops", "place:kandor"));
        vm.remove(vm.lists().get(0));
        assertEquals(List.of("shops"), vm.lists().stream().map(r -> r.list().name()).toList());
        vm.undo();
        assertEquals(List.of("people", "shops"), vm.lists().stream().map(r -> r.list().name()).toList());
        assertEquals(0, vm.lists().get(0).newCount(), "put back with what was seen");
        vm.rename(vm.lists().get(1), "Kandor");
        vm.undo();
        vm.undo();
        assertEquals(List.of("people"), new WatchStore(dir).lists().stream().map(WatchList::name).toList());
    }

    @Test
    void openingANewMatchMarksItSeenOnDiskAndUndoably() throws Exception {
        WatchMatch first = vm.matches().get(0);
        vm.open(first);
        assertEquals(List.of(first.file()), opened);
        assertEquals("2 new matches", vm.newMatches().summaryProperty().get());
        assertFalse(matchOf(first).isNew());
        assertEquals(List.of(first.contentHash()), List.copyOf(new WatchStore(dir).lists().get(0).seen()));
        assertEquals("Undo Mark seen \u201c" + first.title() + "\u201d", vm.history().undoTextProperty().get());

        vm.markSeen(vm.selectedProperty().get());
        vm.open(matchOf(first));
        assertEquals("Undo Mark seen \u201cpeople\u201d", vm.history().undoTextProperty().get(), "a seen match is not marked again");
        vm.undo();
        assertEquals("2 new matches", vm.newMatches().summaryProperty().get());
        vm.undo();
        assertEquals("3 new matches", vm.newMatches().summaryProperty().get());
        assertTrue(matchOf(first).isNew());
        assertTrue(new WatchStore(dir).lists().get(0).seen().isEmpty());
    }

    private WatchMatch matchOf(WatchMatch match) {
        return vm.matches().stream().filter(m -> m.contentHash().equals(match.contentHash())).findFirst().orElseThrow();
    }

    @Test
    void runsAgainWhenTheLibraryChanges() throws Exception {
        vm.markSeen(vm.selectedProperty().get());
        Path file = Files.writeString(dir.resolve("later.txt"), "Paul Kern is back.");
        index.index(new ArticleLoader().load(file), EntityAnalysis.empty());
        state.publish(new AppEvent.LibraryChanged());
        assertEquals("1 new match", vm.newMatches().summaryProperty().get());
        assertEquals(file, vm.matches().get(0).file());
        assertTrue(vm.matches().get(0).isNew());

        vm.open(vm.matches().get(0));
        assertEquals(List.of(file), opened);
        assertEquals(List.of("\"Paul Kern\""), searched, "its hits light up in the reader");
    }

    @Test
    void addRenameRemove() throws Exception {
        assertTrue(vm.addQuery("shops", "place:kandor AND NOT person:kern"));
        assertEquals(List.of("people", "shops"), vm.lists().stream().map(r -> r.list().name()).toList());
        assertEquals("4 new matches", vm.newMatches().summaryProperty().get());
        Path names = Files.writeString(dir.resolve("names.csv"), "Maria Ortiz\n");
        vm.importNames("ortiz", names);
        assertEquals(2, vm.lists().get(2).newCount());
        vm.rename(vm.lists().get(1), "Kandor shops");
        assertEquals("Kandor shops", vm.lists().get(1).list().name());
        vm.remove(vm.lists().get(0));
        assertEquals(List.of("Kandor shops", "ortiz"), new WatchStore(dir).lists().stream().map(WatchList::name).toList());
    }

    @Test
    void aNamesFilesHeaderIsLeftOutAndSaidAndAnUnsureOneAsked() throws Exception {
        vm.importNames("headed", Files.writeString(dir.resolve("headed.csv"), "Name,Notes\nMaria Ortiz,shop\n"));
        assertEquals(List.of("Maria Ortiz"), store.get("headed").names());
        assertTrue(vm.noteProperty().get().contains("\u201cName\u201d"), vm.noteProperty().get());

        Path unsure = Files.writeString(dir.resolve("unsure.csv"), "wer\nMaria Ortiz\nPaul Kern\n");
        vm.importNames("unsure", unsure);
        assertEquals(new WatchViewModel.UnsureHeader("unsure", unsure, "wer"), vm.unsureHeaderProperty().get());
        assertFalse(store.lists().stream().anyMatch(l -> l.name().equals("unsure")), "nothing saved before the answer");
        vm.answerHeader(FirstRow.NAME);
        assertEquals(null, vm.unsureHeaderProperty().get());
        assertEquals(List.of("wer", "Maria Ortiz", "Paul Kern"), store.get("unsure").names());
        assertEquals("", vm.noteProperty().get());

        vm.importNames("dropped", unsure);
        vm.answerHeader(null);
        assertFalse(store.lists().stream().anyMatch(l -> l.name().equals("dropped")), "cancelled");
    }

    @Test
    void badInputSaysWhyInOneLineAndSavesNothing() throws Exception {
        assertTrue(!vm.addNames("empty", "\n  \n"));
        assertTrue(vm.activity().statusProperty().get().contains("no names"), vm.activity().statusProperty().get());
        vm.addQuery("broken", "kern AND (");
        assertEquals(1, vm.activity().statusProperty().get().lines().count(), vm.activity().statusProperty().get());
        assertTrue(vm.activity().statusProperty().get().contains("broken"), vm.activity().statusProperty().get());
        vm.addQuery("people", "kern");
        assertTrue(vm.activity().statusProperty().get().contains("already"), vm.activity().statusProperty().get());
        assertEquals(1, new WatchStore(dir).lists().size());
    }
}
