package org.newslens.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The task handle of the test executors: records progress, cancellation and completion, on the caller's thread. */
final class TestTaskHandle implements TaskHandle, Progress {
    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean cancelled;
    private boolean done;

    TestTaskHandle(String title) {
        this.title = title;
    }

    void markDone() {
        done = true;
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
