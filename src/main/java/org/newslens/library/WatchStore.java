package org.newslens.library;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.newslens.app.AppHome;
import org.newslens.app.AtomicFiles;
import org.newslens.app.Errors;
import org.newslens.app.Json;
import org.newslens.app.LockFile;

/**
 * The watch lists, in {@code watchlists.json} of the data folder. Every change takes the lock file, reads the file
 * again, changes what it read and writes it atomically and durably, so the window and a command line changing the
 * lists at the same time both keep their change. A file that cannot be read or understood is left as it is and
 * reported; nothing is started afresh over it.
 */
public final class WatchStore {
    public static final String FILE = "watchlists.json";
    public static final int MAX_LIST_NAME = 100;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /** What the file holds. */
    record Stored(int version, List<WatchList> lists) {
        Stored {
            lists = lists == null ? List.of() : List.copyOf(lists);
        }
    }

    private final Path file;
    private final Path lock;
    private final ObjectMapper json = Json.mapper();

    public WatchStore(AppHome home) {
        this(home.root());
    }

    public WatchStore(Path folder) {
        this.file = folder.resolve(FILE);
        this.lock = folder.resolve(FILE + ".lock");
    }

    public Path file() {
        return file;
    }

    /** The lists, in the order they were made. */
    public List<WatchList> lists() throws IOException {
        try {
            return json.readValue(Files.readAllBytes(file), Stored.class).lists();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (AccessDeniedException e) {
            throw new IOException("Cannot read the watch lists: permission denied on " + file);
        } catch (JacksonException e) {
            throw new IOException("The watch lists in " + file + " are damaged (" + Errors.message(e).lines().findFirst().orElse("")
                    + "); fix or move the file, nothing was changed");
        }
    }

    /** The list called {@code name} (any case). */
    public WatchList get(String name) throws IOException {
        return find(lists(), name);
    }

    /** Saves a new list; refused when its name is unusable or taken. */
    public WatchList add(WatchList list) throws IOException {
        checkName(list.name());
        update(lists -> {
            if (lists.stream().anyMatch(l -> same(l.name(), list.name()))) {
                throw taken(list.name());
            }
            List<WatchList> out = new ArrayList<>(lists);
            out.add(list);
            return out;
        });
        return list;
    }

    public void remove(String name) throws IOException {
        update(lists -> {
            WatchList gone = find(lists, name);
            return lists.stream().filter(l -> l != gone).toList();
        });
    }

    public WatchList rename(String name, String newName) throws IOException {
        checkName(newName);
        return changed(update(lists -> {
            WatchList old = find(lists, name);
            if (lists.stream().anyMatch(l -> l != old && same(l.name(), newName))) {
                throw taken(newName);
            }
            return lists.stream().map(l -> l == old ? l.renamed(newName.strip()) : l).toList();
        }), newName);
    }

    /** Remembers that the reader has seen these matching articles (content hashes): they no longer count as new. */
    public WatchList markSeen(String name, Collection<String> contentHashes) throws IOException {
        return changed(update(lists -> {
            WatchList list = find(lists, name);
            return lists.stream().map(l -> l == list ? l.withSeen(contentHashes) : l).toList();
        }), name);
    }

    /** Forgets that these matching articles were seen (undoing {@link #markSeen}): they count as new again. */
    public WatchList unmarkSeen(String name, Collection<String> contentHashes) throws IOException {
        return changed(update(lists -> {
            WatchList list = find(lists, name);
            return lists.stream().map(l -> l == list ? l.withoutSeen(contentHashes) : l).toList();
        }), name);
    }

    /** Puts a removed list back at {@code position} (undoing {@link #remove}); refused when its name is taken meanwhile. */
    public void restore(WatchList list, int position) throws IOException {
        update(lists -> {
            if (lists.stream().anyMatch(l -> same(l.name(), list.name()))) {
                throw taken(list.name());
            }
            List<WatchList> out = new ArrayList<>(lists);
            out.add(Math.max(0, Math.min(position, out.size())), list);
            return out;
        });
    }

    private static WatchList changed(List<WatchList> lists, String name) {
        return find(lists, name);
    }

    private List<WatchList> update(UnaryOperator<List<WatchList>> change) throws IOException {
        try (LockFile.Held held = LockFile.acquire(lock, PATIENCE)) {
            List<WatchList> lists = change.apply(lists());
            AtomicFiles.write(file, json.writeValueAsBytes(new Stored(1, lists)));
            return lists;
        }
    }

    private static WatchInputException taken(String name) {
        return new WatchInputException("there is already a watch list called \"" + name + "\"");
    }

    static WatchList find(List<WatchList> lists, String name) {
        return lists.stream().filter(l -> same(l.name(), name)).findFirst()
                .orElseThrow(() -> new WatchInputException("there is no watch list called \"" + name + "\""));
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }

    static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new WatchInputException("a watch list needs a name");
        }
        if (name.length() > MAX_LIST_NAME || name.lines().count() > 1) {
            throw new WatchInputException("a watch list's name is one line of at most " + MAX_LIST_NAME + " characters");
        }
    }
}
