package org.newslens.ui.task;

import java.time.Duration;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs work at once on the calling thread: view-model tests see the outcome as soon as submit returns. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private int submitted;

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submitted++;
        TestTaskHandle handle = new TestTaskHandle(title);
        running.add(handle);
        T result;
        try {
            result = work.run(handle);
        } catch (Exception | Error e) {
            running.remove(handle);
            handle.markDone();
            onFailure.accept(e);
            return handle;
        }
        running.remove(handle);
        handle.markDone();
        onSuccess.accept(result);
        return handle;
    }

    /** The pause is over at once: debounced work runs as soon as it is triggered. */
    @Override
    public Cancellable later(Duration delay, Runnable action) {
        action.run();
        return () -> { };
    }

    /** How many tasks were submitted so far. */
    public int submitted() {
        return submitted;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    @Override
    public void shutdown() {
    }
}
