package org.newslens.ui.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;

/**
 * Reads and writes {@code settings.json} in the data directory. A file that cannot be parsed is moved aside
 * as {@code settings.json.corrupt-<timestamp>} and defaults are used; nothing here throws at the caller.
 */
public final class SettingsStore {
    public static final String FILE_NAME = "settings.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final ObjectMapper json = Json.mapper();
    private final Clock clock;
    private final Consumer<String> check;
    private long savedChange;

    public SettingsStore(AppHome home) {
        this(home.root().resolve(FILE_NAME), Clock.systemUTC());
    }

    SettingsStore(Path file, Clock clock) {
        this(file, clock, what -> { });
    }

    private SettingsStore(Path file, Clock clock, Consumer<String> check) {
        this.file = file;
        this.clock = clock;
        this.check = check;
    }

    /** This store, {@code check} told before each read (the window's thread guard: the read belongs before the FX thread). */
    public SettingsStore checkedBy(Consumer<String> check) {
        return new SettingsStore(file, clock, check);
    }

    public Path file() {
        return file;
    }

    /** The settings, and a message for the user when the stored ones could not be used. */
    public record Loaded(Settings settings, String problem) {
    }

    public Loaded load() {
        check.accept("SettingsStore.load");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), null);
        } catch (IOException e) {
            return new Loaded(Settings.defaults(), "Could not read the settings (" + e.getMessage() + "); using defaults.");
        }
        try {
            Settings settings = json.readValue(bytes, Settings.class);
            if (settings == null) {
                throw new IOException("empty settings file");
            }
            return new Loaded(settings, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), moveAside());
        }
    }

    private String moveAside() {
        Path aside = file.resolveSibling(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        try {
            Files.move(file, aside);
            return "The settings file was damaged; defaults are in use and the old file was kept as " + aside.getFileName() + ".";
        } catch (IOException e) {
            return "The settings file was damaged and could not be moved aside (" + e.getMessage() + "); defaults are in use.";
        }
    }

    /**
     * Saves change number {@code change} unless a later one is saved already (saves made on workers may finish out
     * of order); returns a message for the user when that failed, else null.
     */
    public synchronized String saveChange(Settings settings, long change) {
        if (change <= savedChange) {
            return null;
        }
        savedChange = change;
        return save(settings);
    }

    /** Saves atomically; returns a message for the user when that failed, else null. */
    public String save(Settings settings) {
        try {
            AtomicFiles.write(file, json.writeValueAsBytes(settings));
            return null;
        } catch (IOException e) {
            return "Could not save the settings: " + e.getMessage();
        }
    }
}
