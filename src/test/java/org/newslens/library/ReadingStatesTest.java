package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.AppHome;
import org.newslens.app.command.CommandHistory;

/** Reading states on real files: surviving a restart, undo, two writers, a damaged file. */
class ReadingStatesTest {
    @TempDir
    Path home;

    private ReadingStates open() throws IOException {
        return ReadingStates.in(new AppHome(home));
    }

    @Test
    void statesSurviveARestartAndUnreadIsNotWritten() throws IOException {
        ReadingStates first = open();
        first.set("aaa", ReadingState.READ);
        first.set("bbb", ReadingState.REVIEWED);
        first.set("ccc", ReadingState.READ);
        first.set("ccc", ReadingState.UNREAD);

        ReadingStates restarted = open();

        assertEquals(ReadingState.READ, restarted.get("aaa"));
        assertEquals(ReadingState.REVIEWED, restarted.get("bbb"));
        assertEquals(ReadingState.UNREAD, restarted.get("ccc"));
        assertEquals(ReadingState.UNREAD, restarted.get("never-seen"));
        assertEquals(Map.of("aaa", ReadingState.READ, "bbb", ReadingState.REVIEWED), restarted.snapshot());
        String saved = Files.readString(home.resolve("library").resolve("reading-states.json"));
        assertFalse(saved.contains("ccc"), saved);
        assertTrue(saved.contains("\"bbb\" : \"reviewed\""), saved);
    }

    @Test
    void markingIsOneUndoableStepThatPutsBackEachArticlesOwnState() throws IOException {
        ReadingStates states = open();
        states.set("read-before", ReadingState.READ);
        CommandHistory history = new CommandHistory();

        history.execute(new SetReadingStates(states, List.of("read-before", "new"), ReadingState.REVIEWED));
        assertEquals("Mark 2 articles reviewed", history.undoDescription().orElseThrow());
        assertEquals(ReadingState.REVIEWED, open().get("read-before"));
        assertEquals(ReadingState.REVIEWED, open().get("new"));

        history.undo();
        assertEquals(ReadingState.READ, open().get("read-before"));
        assertEquals(ReadingState.UNREAD, open().get("new"));

        history.redo();
        assertEquals(ReadingState.REVIEWED, open().get("new"));
    }

    @Test
    void aChangeMadeByAnotherWriterIsSeenAndKept() throws IOException {
        ReadingStates window = open();
        ReadingStates commandLine = open();
        window.set("one", ReadingState.READ);

        commandLine.set("two", ReadingState.REVIEWED);

        assertEquals(ReadingState.REVIEWED, window.get("two"), "the window sees the other writer's change");
        window.set("three", ReadingState.READ);
        assertEquals(Map.of("one", ReadingState.READ, "two", ReadingState.REVIEWED, "three", ReadingState.READ), open().snapshot());
    }

    @Test
    void threadsWritingAtOnceLoseNoState() throws Exception {
        int writers = 6;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            ReadingStates own = open(); // each thread its own store object, as two windows would have
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    own.set("w" + writer + "-" + i, i % 2 == 0 ? ReadingState.READ : ReadingState.REVIEWED);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Map<String, ReadingState> all = open().snapshot();
        assertEquals(writers * each, all.size());
        assertEquals(ReadingState.REVIEWED, all.get("w5-3"));
    }

    @Test
    void twoProcessesWritingAtOnceLoseNoState() throws Exception {
        int each = 30;
        List<Process> processes = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    ReadingStatesWriter.class.getName(), home.toString(), name, Integer.toString(each));
            pb.redirectErrorStream(true);
            processes.add(pb.start());
        }
        for (Process p : processes) {
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a writer process hung");
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }

        Map<String, ReadingState> all = open().snapshot();
        assertEquals(2 * each, all.size(), all.keySet().toString());
        assertEquals(ReadingState.REVIEWED, all.get("second-29"));
    }

    @Test
    void aDamagedFileIsSetAsideAndMarkingStartsAfresh() throws IOException {
        Path file = Files.createDirectories(home.resolve("library")).resolve("reading-states.json");
        Files.writeString(file, "{ not json");
        ReadingStates states = open();

        assertEquals(ReadingState.UNREAD, states.get("aaa"));
        String notice = states.takeNotice();
        assertNotNull(notice);
        assertTrue(notice.contains("could not be read"), notice);
        try (var aside = Files.list(file.getParent())) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("reading-states.json.corrupt-")));
        }
        states.set("aaa", ReadingState.READ);
        assertEquals(ReadingState.READ, new ReadingStates(file, Clock.systemUTC()).get("aaa"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
