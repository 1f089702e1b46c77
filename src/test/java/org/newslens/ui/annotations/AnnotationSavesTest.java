package org.newslens.ui.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.annotation.AnnotationStorage;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.HighlightColour;
import org.newslens.annotation.WebAnnotationCodec;
import org.newslens.app.Json;
import org.newslens.app.command.CommandHistory;
import org.newslens.article.Article;
import org.newslens.article.TextRange;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.task.OffFxThread;
import org.newslens.ui.task.QueuedTaskExecutor;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Annotation saves run on a worker, in order, and a closing window writes what still waits. */
@ExtendWith(ApplicationExtension.class)
class AnnotationSavesTest {
    @TempDir
    Path dir;

    private AnnotationStorage storage;
    private ReaderViewModel reader;
    private QueuedTaskExecutor executor;
    private AnnotationsViewModel vm;
    private Article article;

    @BeforeEach
    void setUp() throws Exception {
        storage = new AnnotationStorage(dir.resolve("annotations"), new WebAnnotationCodec(Json.mapper()), Clock.systemUTC());
        reader = new ReaderViewModel();
        executor = new QueuedTaskExecutor();
        vm = new AnnotationsViewModel(storage, reader, new CommandHistory(), executor, Clock.systemUTC());
        article = AnnotationsViewModelTest.article(dir.resolve("ferry.txt"), AnnotationsViewModelTest.RAW);
        reader.show(article);
        executor.runAll(); // opens the annotations
        assertTrue(vm.shown().readyProperty().get());
    }

    private TextRange rangeOf(String phrase) {
        int start = article.text().indexOf(phrase);
        return new TextRange(start, start + phrase.length());
    }

    private List<String> savedQuotes() throws Exception {
        return storage.saved(article.contentHash()).stream().map(a -> a.exact()).sorted().toList();
    }

    @Test
    void aChangeShowsAtOnceAndIsWrittenByAWorkerInTheOrderMade() throws Exception {
        assertTrue(vm.highlight(rangeOf("river ferry"), HighlightColour.YELLOW));
        assertTrue(vm.highlight(rangeOf("Ines Rask"), HighlightColour.BLUE));
        String id = vm.shown().annotations().get(0).id();
        assertTrue(vm.edit(id, "since 1952", "", HighlightColour.GREEN));

        assertEquals(2, vm.shown().annotations().size(), "shown before any save ran");
        assertFalse(Files.exists(storage.fileFor(article)), "nothing written on the caller's thread");
        executor.runAll();
        assertEquals(List.of("Ines Rask", "river ferry"), savedQuotes());
        assertTrue(storage.saved(article.contentHash()).stream().anyMatch(a -> a.note().equals("since 1952")),
                "the edit was written after the highlight it edits");

        assertTrue(vm.undo());
        assertEquals(2, vm.shown().annotations().size());
        assertTrue(vm.undo());
        assertEquals(1, vm.shown().annotations().size(), "undo shows at once too");
        executor.runAll();
        assertEquals(List.of("river ferry"), savedQuotes());
        assertTrue(vm.redo());
        executor.runAll();
        assertEquals(List.of("Ines Rask", "river ferry"), savedQuotes());
    }

    @Test
    void closingWritesWhatIsStillWaiting() throws Exception {
        vm.highlight(rangeOf("river ferry"), HighlightColour.YELLOW);
        vm.highlight(rangeOf("forty minutes"), HighlightColour.PINK);
        assertTrue(executor.waiting() > 0);

        assertEquals(List.of(), vm.flushSaves());
        assertEquals(List.of("forty minutes", "river ferry"), savedQuotes(), "written without any worker");
        executor.runAll(); // the save task finds nothing left to write
        assertEquals(List.of("forty minutes", "river ferry"), savedQuotes());
    }

    @Test
    void aFailedSaveTakesTheChangeBackAndSaysWhy() throws Exception {
        vm.highlight(rangeOf("river ferry"), HighlightColour.YELLOW);
        executor.runAll();
        // a folder where the file should be: no rename can replace it, whoever runs the test
        Path file = storage.fileFor(article);
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way"));

        vm.highlight(rangeOf("Ines Rask"), HighlightColour.BLUE);
        assertEquals(2, vm.shown().annotations().size());
        executor.runAll();

        assertTrue(vm.shown().notice().textProperty().get().contains("Could not save"), vm.shown().notice().textProperty().get());
        assertEquals(List.of("river ferry"), vm.shown().annotations().stream().map(AnnotationItem::quote).toList(),
                "the list shows what is saved");
        assertFalse(vm.history().canUndoProperty().get(), "the undo steps no longer match the store");
    }

    @Test
    void theWindowsGuardCatchesAnnotationFilesTouchedOnTheFxThread() throws Exception {
        OffFxThread guard = new OffFxThread();
        AnnotationStorage checked = storage.checkedBy(guard::check);
        ExecutionException opening = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(() -> checked.open(article)).get());
        assertInstanceOf(IllegalStateException.class, opening.getCause());

        AnnotationStore store = checked.open(article); // on this (test) thread: allowed
        ExecutionException saving = assertThrows(ExecutionException.class, () -> WaitForAsyncUtils.asyncFx(
                () -> store.addCorrection(EntityCorrection.merge("Ines Rask", "Kallmark"))).get());
        assertInstanceOf(IllegalStateException.class, saving.getCause(), "a direct save on the FX thread is refused");
        assertEquals(2, guard.violations().size(), guard.violations().toString());
    }
}
