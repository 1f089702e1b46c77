package org.newslens.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one per-user data directory (settings, entity cache, index, annotations). {@code NEWSLENS_HOME}
 * overrides it; otherwise the platform's convention: %APPDATA%\NewsLens on Windows,
 * ~/Library/Application Support/NewsLens on macOS, $XDG_DATA_HOME/newslens (default ~/.local/share/newslens)
 * elsewhere.
 */
public final class AppHome {
    public static final String ENV_VAR = "NEWSLENS_HOME";

    private final Path root;
    private final Consumer<String> check;

    public AppHome(Path root) {
        this(root, what -> { });
    }

    private AppHome(Path root, Consumer<String> check) {
        this.root = root.toAbsolutePath().normalize();
        this.check = check;
    }

    /** This directory, {@code check} told the name of each file operation before it runs (the window's thread guard). */
    public AppHome checkedBy(Consumer<String> check) {
        return new AppHome(root, check);
    }

    public static AppHome fromEnvironment() {
        return new AppHome(resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ".")));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(ENV_VAR);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "NewsLens") : Path.of(userHome, "AppData", "Roaming", "NewsLens");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "NewsLens");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "newslens") : Path.of(userHome, ".local", "share", "newslens");
    }

    public Path root() {
        return root;
    }

    /** A sub-directory of the data directory, created if missing. */
    public Path dir(String name) throws IOException {
        check.accept("AppHome.dir");
        return Files.createDirectories(root.resolve(name));
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
