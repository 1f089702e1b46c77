package org.newslens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.nlp.CoreNlpRecogniser;
import org.newslens.nlp.CoreNlpTagger;
import org.newslens.nlp.EntityCache;
import org.newslens.nlp.EntityService;
import org.newslens.library.ReadingState;
import org.newslens.library.ReadingStates;
import org.newslens.ui.settings.SettingsStore;
import org.newslens.ui.task.OffFxThread;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The data folder is read and made before the window's first frame, off the FX thread, and the guard says so. */
@ExtendWith(ApplicationExtension.class)
class WindowServicesTest {
    @TempDir
    Path dir;

    @Test
    void theSettingsAreReadAndTheFoldersMadeOnAThreadOfTheirOwn() throws Exception {
        Path root = dir.resolve("home");
        Files.createDirectories(root);
        Files.writeString(root.resolve(SettingsStore.FILE_NAME), "{\"darkTheme\":true,\"fontSize\":21}", StandardCharsets.UTF_8);

        WindowServices services = WaitForAsyncUtils.asyncFx(() -> WindowServices.open(new AppHome(root))).get()
                .get(30, TimeUnit.SECONDS);

        assertTrue(services.settings().settings().darkTheme());
        assertEquals(21, services.settings().settings().fontSize());
        for (String folder : List.of("entities", "annotations", "analysis", "library")) {
            assertTrue(Files.isDirectory(root.resolve(folder)), folder);
        }
    }

    @Test
    void theModelsAreNotLoadedBeforeTheWindowEvenWhenTheFirstArticlesEntitiesAreNotCached() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Floods reached Kandor on Friday.\n", StandardCharsets.UTF_8);
        CoreNlpTagger cold = new CoreNlpTagger();
        EntityService fresh = new EntityService(new CoreNlpRecogniser(cold), new EntityCache(dir.resolve("fresh")));

        WindowServices.open(new AppHome(dir.resolve("b")), () -> fresh, List.of(article.toString()), dir).get(30, TimeUnit.SECONDS);
        // the same thread then reads the article and looks it up; the window's first frame starts recognition
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("newslens-data-folder")));
        assertFalse(cold.isLoaded(), "loading the models took the CPU the window's first frame needs on two cores");
    }

    @Test
    void readingTheSettingsOrMakingAFolderOnTheFxThreadFailsAndIsRecorded() {
        OffFxThread guard = new OffFxThread();
        AppHome home = new AppHome(dir).checkedBy(guard::check);
        SettingsStore settings = new SettingsStore(home).checkedBy(guard::check);

        ExecutionException folder = assertThrows(ExecutionException.class, () -> WaitForAsyncUtils.asyncFx(() -> home.dir("entities")).get());
        ExecutionException read = assertThrows(ExecutionException.class, () -> WaitForAsyncUtils.asyncFx(settings::load).get());

        assertInstanceOf(IllegalStateException.class, folder.getCause());
        assertInstanceOf(IllegalStateException.class, read.getCause());
        assertFalse(Files.exists(dir.resolve("entities")), "stopped before the folder was made");
        assertEquals(2, guard.violations().size());
        assertTrue(guard.violations().get(0).startsWith("AppHome.dir"), guard.violations().get(0));
        assertTrue(guard.violations().get(1).startsWith("SettingsStore.load"), guard.violations().get(1));
    }

    @Test
    void savingAReadingStateOnTheFxThreadFailsAndIsRecorded() {
        OffFxThread guard = new OffFxThread();
        ReadingStates states = new ReadingStates(dir.resolve("library/reading-states.json"), Clock.systemUTC()).checkedBy(guard::check);

        ExecutionException e = assertThrows(ExecutionException.class,
                () -> WaitForAsyncUtils.asyncFx(() -> states.set("abc", ReadingState.READ)).get());

        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertFalse(Files.exists(dir.resolve("library/reading-states.json")));
        assertEquals(ReadingState.UNREAD, new ReadingStates(dir.resolve("library/reading-states.json"), Clock.systemUTC()).get("abc"));
        assertTrue(guard.violations().get(0).startsWith("ReadingStates.setAll"), guard.violations().toString());
    }

    @Test
    void offTheFxThreadTheyRunUnrecorded() throws Exception {
        OffFxThread guard = new OffFxThread();
        AppHome home = new AppHome(dir).checkedBy(guard::check);

        assertTrue(Files.isDirectory(home.dir("entities")));
        assertFalse(new SettingsStore(home).checkedBy(guard::check).load().settings().darkTheme());
        assertEquals(List.of(), guard.violations());
    }
}
