package org.newslens.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void savedSettingsComeBackInTheNextRun() {
        Settings saved = Settings.defaults().withDarkTheme(true).withFontSize(18)
                .withWindow(new WindowBounds(10, 20, 900, 700, false)).withOpened("/tmp/a.txt");
        assertNull(new SettingsStore(new AppHome(home)).save(saved));

        SettingsStore.Loaded loaded = new SettingsStore(new AppHome(home)).load();

        assertNull(loaded.problem());
        assertEquals(saved, loaded.settings());
        assertTrue(Files.isRegularFile(home.resolve("settings.json")));
    }

    @Test
    void noFileMeansDefaultsWithoutComplaint() {
        SettingsStore.Loaded loaded = new SettingsStore(new AppHome(home)).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertNull(loaded.problem());
    }

    @Test
    void aCorruptFileIsMovedAsideAndDefaultsAreUsed() throws IOException {
        Files.writeString(home.resolve("settings.json"), "{\"darkTheme\": tru");

        SettingsStore.Loaded loaded = new SettingsStore(new AppHome(home)).load();

        assertEquals(Settings.defaults(), loaded.settings());
        assertNotNull(loaded.problem());
        assertFalse(Files.exists(home.resolve("settings.json")));
        try (Stream<Path> files = Files.list(home)) {
            List<Path> aside = files.filter(f -> f.getFileName().toString().startsWith("settings.json.corrupt-")).toList();
            assertEquals(1, aside.size());
            assertEquals("{\"darkTheme\": tru", Files.readString(aside.get(0)));
            assertTrue(loaded.problem().contains(aside.get(0).getFileName().toString()), loaded.problem());
        }
    }

    @Test
    void outOfRangeValuesAreReinedIn() throws IOException {
        Files.writeString(home.resolve("settings.json"),
                "{\"fontSize\": 500, \"window\": {\"x\": 0, \"y\": 0, \"width\": 3, \"height\": 2}, \"recentFiles\": "
                        + "[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\"]}");

        Settings s = new SettingsStore(new AppHome(home)).load().settings();

        assertEquals(40, s.fontSize());
        assertNull(s.window());
        assertEquals(10, s.recentFiles().size());
    }

    @Test
    void openingMovesAFileToTheTopOfRecentFilesWithoutDuplicates() {
        Settings s = Settings.defaults().withOpened("a").withOpened("b").withOpened("a");
        assertEquals(List.of("a", "b"), s.recentFiles());
        assertEquals("a", s.lastArticle());
    }
}
