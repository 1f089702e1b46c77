package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task API the features use, on the deterministic queued executor. */
class BackgroundTaskTest {
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final List<String> seen = new ArrayList<>();

    @Test
    void thenContinuesOnTheWorkerAndTheHandlersRunInOrder() {
        BackgroundTask.of("load", p -> "kabul.txt")
                .then((file, p) -> file.length())
                .onSuccess(n -> seen.add("length " + n))
                .onFailure(e -> seen.add("failed"))
                .onFinished(() -> seen.add("finished"))
                .executeWith(executor);
        assertTrue(seen.isEmpty(), "nothing happens before the work ran");

        executor.runAll();

        assertEquals(List.of("length 9", "finished"), seen);
    }

    @Test
    void aFailureReachesOnFailureThenOnFinished() {
        BackgroundTask.<String>of("load", p -> {
            throw new IllegalStateException("disk on fire");
        }).onSuccess(seen::add).onFailure(e -> seen.add(e.getMessage())).onFinished(() -> seen.add("finished"))
                .executeWith(executor);
        executor.runAll();

        assertEquals(List.of("disk on fire", "finished"), seen);
    }

    @Test
    void theLatestRequestWinsAndEarlierOutcomesAreDiscarded() {
        Latest latest = new Latest(executor);
        for (String query : List.of("k", "ka", "kab")) {
            latest.run(BackgroundTask.of("search " + query, p -> query)
                    .onSuccess(r -> seen.add("shown " + r))
                    .onDiscarded(r -> seen.add("dropped " + r)));
        }
        executor.runNewest();
        executor.runAll();

        assertEquals(List.of("shown kab", "dropped k", "dropped ka"), seen);
    }

    @Test
    void cancellingTheLatestDropsEveryOutcome() {
        Latest latest = new Latest(executor);
        latest.run(BackgroundTask.of("open", p -> "a").onSuccess(seen::add).onFinished(() -> seen.add("finished")));
        latest.cancel();
        executor.runAll();

        assertEquals(List.of("finished"), seen);
    }

    @Test
    void aQueueRunsOneTaskAtATimeAndOnlyTheNewestWaits() {
        TaskQueue queue = new TaskQueue(executor);
        for (String article : List.of("valley", "harbour", "drought")) {
            queue.offer(BackgroundTask.of("index " + article, p -> article).onSuccess(a -> seen.add("indexed " + a)));
        }
        assertTrue(queue.busy());
        assertEquals(1, executor.waiting(), "one worker at a time");

        executor.runAll();

        assertEquals(List.of("indexed valley", "indexed drought"), seen);
        assertFalse(queue.busy());
    }

    @Test
    void aQueueInOrderRunsEveryTaskOneAtATimeEvenAfterOneFails() {
        TaskQueue queue = TaskQueue.inOrder(executor);
        queue.offer(BackgroundTask.of("mark read", p -> "read").onSuccess(seen::add));
        queue.offer(BackgroundTask.<String>of("mark reviewed", p -> {
            throw new java.io.IOException("disk full");
        }).onFailure(e -> seen.add("failed: " + e.getMessage())));
        queue.offer(BackgroundTask.of("undo", p -> "undone").onSuccess(seen::add));
        assertEquals(1, executor.waiting(), "one worker at a time");

        executor.runAll();

        assertEquals(List.of("read", "failed: disk full", "undone"), seen);
        assertFalse(queue.busy());
    }

    @Test
    void aQueuedTaskNoLongerWantedWhenItsTurnComesIsSkipped() {
        TaskQueue queue = new TaskQueue(executor);
        Latest latest = new Latest(executor);
        queue.offer(BackgroundTask.of("models", p -> "models").onSuccess(seen::add));
        queue.offer(latest.mark(BackgroundTask.of("recognise kremlin", p -> {
            seen.add("recognised kremlin");
            return "kremlin";
        })));
        latest.cancel();

        executor.runAll();

        assertEquals(List.of("models"), seen);
        assertFalse(queue.busy());
    }

    @Test
    void debouncedWorkRunsOnceAfterTheLastTrigger() {
        Debouncer typing = new Debouncer(executor, Duration.ofMillis(150));
        typing.trigger(() -> seen.add("k"));
        typing.trigger(() -> seen.add("ka"));
        typing.trigger(() -> seen.add("kab"));

        executor.runAll();

        assertEquals(List.of("kab"), seen);
    }
}
