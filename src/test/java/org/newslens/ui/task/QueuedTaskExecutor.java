package org.newslens.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
        Handle handle = new Handle(title);
        running.add(handle);
        queue.add(() -> {
            T result;
            try {
                result = work.run(handle);
            } catch (Exception | Error e) {
                running.remove(handle);
                onFailure.accept(e);
                return;
            }
            running.remove(handle);
            onSuccess.accept(result);
        });
        return handle;
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

    private static final class Handle implements TaskHandle, Progress {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

        Handle(String title) {
            this.title = title;
        }

        @Override
        public void update(double fraction, String msg) {
            progress.set(fraction);
            if (msg != null) {
                message.set(msg);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public boolean finished() {
            return false;
        }

        @Override
        public void requestCancel() {
        }
    }
}
