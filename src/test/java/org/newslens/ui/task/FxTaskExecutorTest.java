package org.newslens.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real executor: work runs off the FX thread, outcomes arrive on it. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Test
    void workRunsOnAWorkerAndTheOutcomeOnTheFxThread() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> executor.submit("sum", progress -> {
            seen.add(Thread.currentThread().getName());
            progress.update(0.5, "halfway");
            return 2 + 2;
        }, result -> seen.add("result " + result + " on fx=" + Platform.isFxApplicationThread()), error -> seen.add("failed"))).get();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(seen.get(0).startsWith("newslens-worker-"), seen.get(0));
        assertEquals("result 4 on fx=true", seen.get(1));
        assertTrue(WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
    }

    @Test
    void aFailureReachesTheFailureHandlerOnTheFxThread() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        List<String> seen = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> executor.submit("boom", progress -> {
            throw new IllegalStateException("broken file");
        }, result -> seen.add("ok"), error -> seen.add(error.getMessage() + " on fx=" + Platform.isFxApplicationThread()))).get();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());

        assertEquals(List.of("broken file on fx=true"), seen);
        executor.shutdown();
    }

    @Test
    void workSubmittedAfterShutdownIsDroppedQuietly() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        executor.shutdown();

        TaskHandle handle = WaitForAsyncUtils.asyncFx(() -> executor.submit("late", progress -> 1, r -> { }, e -> { })).get();

        assertTrue(handle.finished());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
    }

    @Test
    void aCancelledTaskReportsOnlyThatItFinished() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        TaskHandle handle = WaitForAsyncUtils.asyncFx(() -> BackgroundTask.of("long", progress -> {
            started.countDown();
            Thread.sleep(10_000);
            return 1;
        }).onSuccess(r -> seen.add("ok")).onFailure(e -> seen.add("failed")).onFinished(() -> seen.add("finished"))
                .executeWith(executor)).get();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        WaitForAsyncUtils.asyncFx(handle::requestCancel).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());

        assertEquals(List.of("finished"), seen);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> executor.running().isEmpty()).get());
        executor.shutdown();
    }

    @Test
    void laterRunsOnTheFxThreadUnlessCancelled() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(1);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            executor.later(java.time.Duration.ofMillis(20), () -> seen.add("cancelled")).cancel();
            executor.later(java.time.Duration.ofMillis(20), () -> seen.add("ran on fx=" + Platform.isFxApplicationThread()));
        }).get();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());
        Thread.sleep(100);

        assertEquals(List.of("ran on fx=true"), seen);
        executor.shutdown();
    }
}
