package org.newslens.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.article.ArticleLoader;
import org.newslens.ui.reader.ReaderViewModel;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.settings.WindowBounds;
import org.newslens.ui.task.SameThreadTaskExecutor;

class MainViewModelTest {
    @TempDir
    Path dir;

    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    private MainViewModel newViewModel() {
        return new MainViewModel(new SettingsStore(new AppHome(dir.resolve("home"))), executor, new ArticleLoader(), new ReaderViewModel());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void openingAnArticleShowsItTitlesTheWindowAndRemembersIt() throws IOException {
        Path file = write("harbour.txt", "Harbour reopens\n\nShips returned to the harbour on Monday.");
        MainViewModel vm = newViewModel();

        vm.open(file);

        assertEquals(2, executor.submitted(), "opening the file, then saving it as the last article");
        assertEquals("Harbour reopens", vm.reader().titleProperty().get());
        assertEquals("NewsLens — Harbour reopens", vm.windowTitleProperty().get());
        assertNull(vm.banner().textProperty().get());
        assertEquals(List.of(file), vm.recentFiles());
        MainViewModel nextRun = newViewModel();
        assertEquals(file.toString(), nextRun.settings().lastArticle());
        assertEquals(List.of(file), nextRun.recentFiles());
    }

    @Test
    void aFileThatCannotBeOpenedLeavesThePreviousArticleAndExplainsWhy() throws IOException {
        Path good = write("good.txt", "Good news\n\nAll is well.");
        Path empty = write("empty.txt", "");
        MainViewModel vm = newViewModel();
        vm.open(good);

        vm.open(empty);

        assertNotNull(vm.banner().textProperty().get());
        assertTrue(vm.banner().textProperty().get().contains("empty"), vm.banner().textProperty().get());
        assertEquals("Good news", vm.reader().titleProperty().get());
        assertEquals(List.of(good.toAbsolutePath()), vm.recentFiles());

        vm.open(dir.resolve("missing.txt"));
        assertNotNull(vm.banner().textProperty().get());
        assertEquals("Good news", vm.reader().titleProperty().get());

        vm.banner().dismiss();
        assertNull(vm.banner().textProperty().get());
    }

    @Test
    void withNothingOpenableTheWindowIsInItsEmptyState() {
        MainViewModel vm = newViewModel();
        vm.openAtStartup(List.of(dir.resolve("nope.txt").toString()), dir.resolve("no-seeds"));
        assertTrue(vm.emptyProperty().get());
        assertNotNull(vm.banner().textProperty().get());
    }

    @Test
    void startupPrefersTheCommandLineThenTheLastArticleThenTheSeed() throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Path seed = Files.writeString(seeds.resolve("000_seed.txt"), "Seed\n\nThe seed text.");
        Files.writeString(seeds.resolve("001_other.txt"), "Other\n\nNot first.");
        Path last = write("last.txt", "Last\n\nRead yesterday.");
        Path arg = write("arg.txt", "Arg\n\nNamed on the command line.");

        MainViewModel vm = newViewModel();
        assertEquals(seed, vm.startupArticle(List.of(), seeds).orElseThrow());
        vm.open(last);
        assertEquals(last, newViewModel().startupArticle(List.of(), seeds).orElseThrow());
        assertEquals(arg, newViewModel().startupArticle(List.of(arg.toString()), seeds).orElseThrow());
        Files.delete(last);
        assertEquals(seed, newViewModel().startupArticle(List.of(), seeds).orElseThrow());
    }

    @Test
    void themeAndZoomAreRememberedBetweenRuns() {
        MainViewModel vm = newViewModel();
        vm.toggleDarkTheme();
        vm.reader().zoomIn();
        double zoomed = vm.reader().fontSizeProperty().get();

        MainViewModel nextRun = newViewModel();

        assertTrue(nextRun.darkThemeProperty().get());
        assertEquals(zoomed, nextRun.reader().fontSizeProperty().get());
    }

    @Test
    void windowBoundsAreRememberedBetweenRuns() {
        newViewModel().rememberWindow(new WindowBounds(40, 50, 1000, 700, false));
        assertEquals(new WindowBounds(40, 50, 1000, 700, false), newViewModel().windowBounds().orElseThrow());
    }

    @Test
    void aCorruptSettingsFileIsReportedInTheStatusBar() throws IOException {
        Files.createDirectories(dir.resolve("home"));
        Files.writeString(dir.resolve("home/settings.json"), "not json at all");

        MainViewModel vm = newViewModel();

        assertTrue(vm.statusProperty().get().contains("settings"), vm.statusProperty().get());
        assertEquals(false, vm.darkThemeProperty().get());
    }

    @Test
    void settingsAreSavedOnAWorkerAndTheLatestIsWrittenWhenTheWindowCloses() {
        org.newslens.ui.task.QueuedTaskExecutor queued = new org.newslens.ui.task.QueuedTaskExecutor();
        SettingsStore store = new SettingsStore(new AppHome(dir.resolve("home")));
        MainViewModel vm = new MainViewModel(store, queued, new ArticleLoader(), new ReaderViewModel());
        vm.setDarkTheme(true);
        assertFalse(Files.exists(store.file()), "not written on the caller's thread");
        queued.runAll();
        assertTrue(store.load().settings().darkTheme());

        vm.setDarkTheme(false);
        vm.rememberWindow(new org.newslens.ui.settings.WindowBounds(10, 20, 800, 600, false));
        vm.flushSettings();
        assertFalse(store.load().settings().darkTheme(), "the latest settings, written without a worker");
        assertEquals(800, store.load().settings().window().width());
        queued.runAll(); // a save that was still waiting does not write an older state over it
        assertEquals(800, store.load().settings().window().width());
        assertFalse(store.load().settings().darkTheme());
    }
}
