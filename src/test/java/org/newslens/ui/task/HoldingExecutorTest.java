package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Work held until the window's first frame: none of it starts before, all of it after, in order, and cancelling works. */
class HoldingExecutorTest {
    private final QueuedTaskExecutor workers = new QueuedTaskExecutor();
    private final HoldingExecutor held = new HoldingExecutor(workers);
    private final List<String> outcomes = new ArrayList<>();

    private TaskHandle submit(TaskExecutor executor, String title) {
        return executor.submit(title, progress -> {
            progress.update(0.5, title + " half way");
            return title;
        }, outcomes::add, e -> outcomes.add(e.getClass().getSimpleName() + " " + title));
    }

    @Test
    void nothingStartsBeforeTheReleaseAndEverythingAfterInTheOrderItCame() {
        submit(held, "index");
        submit(held, "watch lists");
        submit(workers, "article");
        assertEquals(1, workers.waiting(), "only the work submitted past the hold waits for a worker");
        workers.runAll();
        assertEquals(List.of("article"), outcomes);

        held.release();
        assertFalse(held.holding());
        workers.runAll();
        assertEquals(List.of("article", "index", "watch lists"), outcomes);

        submit(held, "later");
        assertEquals(1, workers.waiting(), "after the release, work goes straight to the workers");
        workers.runAll();
        assertEquals("later", outcomes.get(3));
    }

    @Test
    void cancellingHeldWorkSaysSoAndItNeverRuns() {
        TaskHandle index = submit(held, "index");
        submit(held, "library");
        index.requestCancel();
        assertTrue(index.finished());
        assertEquals(List.of("CancellationException index"), outcomes);

        held.release();
        workers.runAll();
        assertEquals(List.of("CancellationException index", "library"), outcomes);
    }

    @Test
    void aHeldTasksHandleFollowsTheTaskItBecomes() {
        TaskHandle index = submit(held, "index");
        assertEquals(-1, index.progressProperty().get());
        assertFalse(index.finished());

        held.release();
        assertEquals(List.of("index"), workers.running().stream().map(TaskHandle::title).toList());
        workers.runAll();
        assertEquals(0.5, index.progressProperty().get());
        assertEquals("index half way", index.messageProperty().get());
        assertTrue(index.finished());
        assertInstanceOf(String.class, outcomes.get(0));
    }
}
