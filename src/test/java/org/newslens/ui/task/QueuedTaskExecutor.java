package org.newslens.ui.task;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Holds submitted work until the test runs it, on the calling thread, so a test can interleave user actions
 * with background work finishing (e.g. switch articles while recognition is still "running").
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        TestTaskHandle handle = new TestTaskHandle(title);
        running.add(handle);
        queue.add(() -> {
            T result;
            try {
                result = work.run(handle);
            } catch (Exception | Error e) {
                running.remove(handle);
                handle.markDone();
                onFailure.accept(e);
                return;
            }
            running.remove(handle);
            handle.markDone();
            onSuccess.accept(result);
        });
        return handle;
    }

    /** Waits in the same queue as the tasks: the pause is over when the test runs it. Cancelling takes it out. */
    @Override
    public Cancellable later(Duration delay, Runnable action) {
        queue.add(action);
        return () -> queue.remove(action);
    }

    /** Runs the oldest waiting task (its callbacks too); false when none waits. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs the newest waiting task (its callbacks too), as if a free worker picked it up first. */
    public boolean runNewest() {
        Runnable next = queue.pollLast();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs tasks, including those they submit, until none waits. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }

    public int waiting() {
        return queue.size();
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
