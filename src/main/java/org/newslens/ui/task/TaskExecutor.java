package org.newslens.ui.task;

import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * Runs work off the FX thread and hands the outcome back on it. The one way the UI does background work:
 * {@link FxTaskExecutor} in the application, a same-thread executor in view-model tests.
 * Call {@link #submit} on the FX thread; {@code onSuccess}/{@code onFailure} run on the FX thread.
 */
public interface TaskExecutor {

    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** The tasks submitted and not yet finished, oldest first (for a status bar). */
    ObservableList<TaskHandle> running();

    /** Stops accepting work and interrupts what runs; for application exit. */
    void shutdown();
}
