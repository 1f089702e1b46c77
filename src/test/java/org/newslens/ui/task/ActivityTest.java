package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pane's spinner and status line over its background work. */
class ActivityTest {
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final Activity activity = new Activity(executor);

    @Test
    void staysBusyUntilTheLatestRequestHasFinishedAndShowsOnlyItsOutcome() {
        List<String> shown = new ArrayList<>();
        activity.run(BackgroundTask.of("first", p -> "old").onSuccess(shown::add));
        activity.run(BackgroundTask.of("second", p -> "new").onSuccess(shown::add));
        assertTrue(activity.busyProperty().get());
        executor.runNext();
        assertTrue(activity.busyProperty().get(), "the newer request still runs");
        executor.runNext();
        assertFalse(activity.busyProperty().get());
        assertEquals(List.of("new"), shown);
    }

    @Test
    void aFailureSaysWhatFailedAndWhy() {
        activity.say("Reading the library…");
        activity.run(BackgroundTask.of("read", p -> {
            throw new IOException("disk gone");
        }).onFailure(activity.failure("The library cannot be read")));
        executor.runAll();
        assertTrue(activity.statusProperty().get().startsWith("The library cannot be read: "), activity.statusProperty().get());
        assertTrue(activity.statusProperty().get().contains("disk gone"), activity.statusProperty().get());
        assertFalse(activity.busyProperty().get());
    }

    @Test
    void aOneOffJobStartedBesideTheLatestSupersedesNothingAndIsNotBusy() {
        List<String> shown = new ArrayList<>();
        activity.run(BackgroundTask.of("graph", p -> "graph").onSuccess(shown::add));
        activity.start(BackgroundTask.of("export", p -> "saved").onSuccess(shown::add));
        executor.runAll();
        assertEquals(List.of("graph", "saved"), shown, "both outcomes count");
        activity.start(BackgroundTask.of("export", p -> "again"));
        assertFalse(activity.busyProperty().get(), "a one-off job does not make the pane busy");
    }
}
