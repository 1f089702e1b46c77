package org.newslens.ui.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Holds the work submitted to it until {@link #release()}, then hands it to the executor underneath in the order it
 * came; after that, work goes straight through. The window's features submit through one, released when the first
 * frame is drawn: on two cores, the index opening, watch lists, look-ups and recognition that start with the window
 * would otherwise take the CPU the first frame needs (docs/benchmarks.md, "Session 6"). On the FX thread, as
 * {@link TaskExecutor} is.
 */
public final class HoldingExecutor implements TaskExecutor {
    private final TaskExecutor executor;
    private List<Held<?>> held = new ArrayList<>();

    public HoldingExecutor(TaskExecutor executor) {
        this.executor = executor;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        if (held == null) {
            return executor.submit(title, work, onSuccess, onFailure);
        }
        Held<T> task = new Held<>(title, work, onSuccess, onFailure);
        held.add(task);
        return task;
    }

    /** Starts what was held, oldest first; later work is not held. Calling it again does nothing. */
    public void release() {
        List<Held<?>> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(Held::start);
        }
    }

    /** Whether work is still being held. */
    public boolean holding() {
        return held != null;
    }

    @Override
    public Cancellable later(Duration delay, Runnable action) {
        return executor.later(delay, action);
    }

    /** What the executor underneath runs: held work joins it when released. */
    @Override
    public ObservableList<TaskHandle> running() {
        return executor.running();
    }

    @Override
    public void shutdown() {
        held = null;
        executor.shutdown();
    }

    /** A task waiting for the release; then the handle of the task it became, whose progress it follows. */
    private final class Held<T> implements TaskHandle {
        private final String title;
        private final Work<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<? super Throwable> onFailure;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private TaskHandle started;
        private boolean cancelled;

        Held(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            this.title = title;
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
        }

        void start() {
            if (cancelled) {
                return;
            }
            started = executor.submit(title, work, onSuccess, onFailure);
            progress.bind(started.progressProperty());
            message.bind(started.messageProperty());
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
            return cancelled || started != null && started.finished();
        }

        /** Held: it never starts, and says so as a cancelled task does. Started: the task underneath is cancelled. */
        @Override
        public void requestCancel() {
            if (started != null) {
                started.requestCancel();
            } else if (!cancelled) {
                cancelled = true;
                onFailure.accept(new CancellationException(title));
            }
        }
    }
}
