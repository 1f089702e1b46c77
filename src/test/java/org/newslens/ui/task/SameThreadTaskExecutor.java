package org.newslens.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Runs work at once on the calling thread: view-model tests see the outcome as soon as submit returns. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private int submitted;

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submitted++;
        Handle handle = new Handle(title);
        running.add(handle);
        T result;
        try {
            result = work.run(handle);
        } catch (Exception | Error e) {
            running.remove(handle);
            handle.done = true;
            onFailure.accept(e);
            return handle;
        }
        running.remove(handle);
        handle.done = true;
        onSuccess.accept(result);
        return handle;
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

    private static final class Handle implements TaskHandle, Progress {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private boolean cancelled;
        private boolean done;

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
            return cancelled;
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
            return done;
        }

        @Override
        public void requestCancel() {
            cancelled = true;
        }
    }
}
