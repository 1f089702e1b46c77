package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch lists survive a restart, keep every change of two writers, and a damaged file is reported, never replaced. */
class WatchStoreTest {
    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void listsAndWhatWasSeenSurviveARestart() throws Exception {
        WatchStore store = new WatchStore(dir);
        store.add(WatchList.ofNames("People", List.of("Paul Kern", "Maria Ortiz"), NOW));
        store.add(WatchList.ofQuery("kandor", "place:kandor", NOW));
        store.markSeen("people", List.of("h1", "h2"));
        store.rename("KANDOR", "Kandor news");

        List<WatchList> read = new WatchStore(dir).lists();
        assertEquals(List.of("People", "Kandor news"), read.stream().map(WatchList::name).toList());
        assertEquals(List.of("Paul Kern", "Maria Ortiz"), read.get(0).entries());
        assertEquals(List.of("h1", "h2"), List.copyOf(read.get(0).seen()));
        assertEquals("place:kandor", read.get(1).query());
        assertEquals(NOW.toString(), read.get(1).created());

        new WatchStore(dir).remove("people");
        assertEquals(List.of("Kandor news"), new WatchStore(dir).lists().stream().map(WatchList::name).toList());
    }

    @Test
    void badRequestsAreRefusedWithOneLine() throws Exception {
        WatchStore store = new WatchStore(dir);
        store.add(WatchList.ofQuery("a", "x", NOW));
        for (Executable bad : List.<Executable>of(
                () -> store.add(WatchList.ofQuery("A ", "y", NOW)),
                () -> store.add(WatchList.ofQuery(" ", "y", NOW)),
                () -> store.add(WatchList.ofQuery("two\nlines", "y", NOW)),
                () -> store.remove("nope"),
                () -> store.rename("nope", "b"),
                () -> store.markSeen("nope", List.of()))) {
            WatchInputException e = assertThrows(WatchInputException.class, bad::run);
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
        assertEquals(1, store.lists().size());
    }

    interface Executable {
        void run() throws Exception;
    }

    @Test
    void aDamagedFileIsReportedAndLeftAsItIs() throws Exception {
        byte[] damaged = "{\"version\":1,\"lists\":[{\"name\":".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(WatchStore.FILE), damaged);
        WatchStore store = new WatchStore(dir);
        IOException e = assertThrows(IOException.class, store::lists);
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertThrows(IOException.class, () -> store.add(WatchList.ofQuery("a", "x", NOW)));
        assertArrayEquals(damaged, Files.readAllBytes(dir.resolve(WatchStore.FILE)));
    }

    @Test
    void twoWritersAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String writer : List.of("w", "v")) {
                WatchStore own = new WatchStore(dir);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        own.add(WatchList.ofQuery(writer + i, "x", NOW));
                        own.markSeen(writer + i, List.of("seen-" + i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<WatchList> lists = new WatchStore(dir).lists();
        assertEquals(40, lists.size());
        assertTrue(lists.stream().allMatch(l -> l.seen().size() == 1), "every list kept its seen article");
    }
}
