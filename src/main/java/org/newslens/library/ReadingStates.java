package org.newslens.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Json;
import org.newslens.app.LockFile;

/**
 * Each article's {@link ReadingState}, by the SHA-256 of its text (a moved or copied file with the same text keeps
 * its state), in {@code library/reading-states.json} of the data directory. Unread is the default and is not
 * written. Every change re-reads the file under its lock, applies itself and writes the file atomically and
 * durably, so two windows or a window and the command line never lose each other's changes. Thread-safe.
 */
public final class ReadingStates {
    public static final String DIRECTORY = "library";
    public static final String FILE = "reading-states.json";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Path lockFile;
    private final Clock clock;
    private final Consumer<String> check;
    private final ObjectMapper json = Json.mapper();
    private Map<String, ReadingState> states = new HashMap<>();
    private Object seen;
    private String notice;

    public ReadingStates(Path file, Clock clock) {
        this(file, clock, what -> { });
    }

    private ReadingStates(Path file, Clock clock, Consumer<String> check) {
        this.file = file.toAbsolutePath().normalize();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.clock = clock;
        this.check = check;
    }

    /** These states (call it before any use), {@code check} told before each file access (the window's thread guard). */
    public ReadingStates checkedBy(Consumer<String> check) {
        return new ReadingStates(file, clock, check);
    }

    /** The reading states of the user's data directory. */
    public static ReadingStates in(AppHome home) throws IOException {
        return new ReadingStates(home.dir(DIRECTORY).resolve(FILE), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /** The state of the article whose text has this hash; unread when none was set. */
    public synchronized ReadingState get(String contentHash) {
        refresh();
        return states.getOrDefault(contentHash, ReadingState.UNREAD);
    }

    /** Every state that is not unread, by content hash, as the file holds them now. */
    public synchronized Map<String, ReadingState> snapshot() {
        refresh();
        return Map.copyOf(states);
    }

    /** Sets one article's state; returns what it was. */
    public ReadingState set(String contentHash, ReadingState state) {
        return setAll(Map.of(contentHash, state)).get(contentHash);
    }

    /**
     * Sets several states in one write; returns each one's state before (unread when it had none), in the order given.
     *
     * @throws UncheckedIOException when the file cannot be locked, read or written (nothing is changed then)
     */
    public synchronized Map<String, ReadingState> setAll(Map<String, ReadingState> changes) {
        check.accept("ReadingStates.setAll");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        try (LockFile.Held lock = LockFile.acquire(lockFile, PATIENCE)) {
            Map<String, ReadingState> current = new HashMap<>(readFile());
            Map<String, ReadingState> before = new LinkedHashMap<>();
            changes.forEach((hash, state) -> {
                ReadingState old = state == ReadingState.UNREAD ? current.remove(hash) : current.put(hash, state);
                before.put(hash, old == null ? ReadingState.UNREAD : old);
            });
            write(current);
            states = current;
            seen = identity();
            return Collections.unmodifiableMap(before);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the reading states in " + file + ": " + e.getMessage(), e);
        }
    }

    /** What went wrong reading the file the last time (it was set aside), once; else null. */
    public synchronized String takeNotice() {
        String n = notice;
        notice = null;
        return n;
    }

    /** Re-reads the file when another writer replaced it (every save is a new file, so a new identity). */
    private void refresh() {
        check.accept("ReadingStates.refresh");
        Object now = identity();
        if (Objects.equals(now, seen)) {
            return;
        }
        try {
            states = readFile();
        } catch (IOException e) {
            notice = "The reading states in " + file + " cannot be read (" + e.getMessage() + ").";
        }
        seen = now;
    }

    /** The file's states; a file that is not ours to read (bad JSON) is renamed aside and an empty start made. */
    private Map<String, ReadingState> readFile() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new HashMap<>();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            Map<String, ReadingState> out = new HashMap<>();
            JsonNode all = root == null ? null : root.get("states");
            if (all == null || !all.isObject()) {
                throw new JsonProcessingException("no \"states\" object") { };
            }
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) all::fields) {
                ReadingState s = ReadingState.byId(e.getValue().asText());
                if (s != null && s != ReadingState.UNREAD) {
                    out.put(e.getKey(), s);
                }
            }
            return out;
        } catch (JsonProcessingException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + ASIDE_STAMP.format(clock.instant()));
            Files.move(file, aside);
            notice = "The reading states in " + file + " could not be read (" + e.getOriginalMessage()
                    + "); the file was kept as " + aside + " and every article counts as unread.";
            return new HashMap<>();
        }
    }

    private void write(Map<String, ReadingState> all) throws IOException {
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ObjectNode byHash = root.putObject("states");
        new TreeMap<>(all).forEach((hash, state) -> byHash.put(hash, state.id()));
        AtomicFiles.write(file, json.writeValueAsBytes(root));
    }

    private Object identity() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() != null ? List.of(a.fileKey(), a.size(), a.lastModifiedTime())
                    : List.of(a.size(), a.lastModifiedTime(), a.creationTime());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return e.getClass();
        }
    }
}
