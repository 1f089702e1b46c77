package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppHomeTest {
    private static final String HOME = "/home/reader";

    @Test
    void environmentOverrideWinsOnEveryPlatform() {
        Map<String, String> env = Map.of("NEWSLENS_HOME", "/data/nl", "APPDATA", "C:\\Users\\r\\AppData\\Roaming", "XDG_DATA_HOME", "/x");
        assertEquals(Path.of("/data/nl"), AppHome.resolve(env, "Linux", HOME));
        assertEquals(Path.of("/data/nl"), AppHome.resolve(env, "Windows 11", HOME));
        assertEquals(Path.of("/data/nl"), AppHome.resolve(env, "Mac OS X", HOME));
    }

    @Test
    void blankOverrideIsIgnored() {
        assertEquals(Path.of(HOME, ".local", "share", "newslens"), AppHome.resolve(Map.of("NEWSLENS_HOME", "  "), "Linux", HOME));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/xdg/data", "newslens"), AppHome.resolve(Map.of("XDG_DATA_HOME", "/xdg/data"), "Linux", HOME));
        assertEquals(Path.of(HOME, ".local", "share", "newslens"), AppHome.resolve(Map.of(), "Linux", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of(HOME, "Library", "Application Support", "NewsLens"), AppHome.resolve(Map.of(), "Mac OS X", HOME));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/r/AppData/Roaming", "NewsLens"),
                AppHome.resolve(Map.of("APPDATA", "C:/Users/r/AppData/Roaming"), "Windows 10", HOME));
        assertEquals(Path.of(HOME, "AppData", "Roaming", "NewsLens"), AppHome.resolve(Map.of(), "Windows 10", HOME));
    }

    @Test
    void dirCreatesSubdirectoriesUnderTheRoot(@TempDir Path tmp) throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        Path index = home.dir("index");
        assertTrue(Files.isDirectory(index));
        assertEquals(tmp.resolve("home").toAbsolutePath().normalize(), home.root());
        assertEquals(home.root().resolve("index"), index);
    }

    @Test
    void testsRunWithTheOverrideSetToTheBuildDirectory() {
        String override = System.getenv(AppHome.ENV_VAR);
        assertTrue(override != null && override.contains("target"), "surefire sets NEWSLENS_HOME: " + override);
        assertEquals(Path.of(override).toAbsolutePath().normalize(), AppHome.fromEnvironment().root());
    }
}
