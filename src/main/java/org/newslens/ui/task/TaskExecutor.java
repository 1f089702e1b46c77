package org.newslens.ui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Runs work off the FX thread and hands the outcome back on it. The one way the UI does background work:
 * {@link FxTaskExecutor} in the application, a same-thread or queued executor in view-model tests.
 * Features describe work as a {@link BackgroundTask} (with {@link Latest}, {@link TaskQueue} and {@link Debouncer}
 * for "latest wins", one-at-a-time and as-you-type work) rather than calling {@link #submit} themselves.
 * Call {@link #submit} on the FX thread; {@code onSuccess}/{@code onFailure} run on the FX thread; a cancelled
 * task reports a {@link java.util.concurrent.CancellationException} to {@code onFailure}.
 */
public interface TaskExecutor {

    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the FX thread after {@code delay}, unless cancelled first (typing pauses). */
    Cancellable later(Duration delay, Runnable action);

    /** Something scheduled that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** The tasks submitted and not yet finished, oldest first (for a status bar). */
    ObservableList<TaskHandle> running();

    /** Stops accepting work and interrupts what runs; for application exit. */
    void shutdown();
}
