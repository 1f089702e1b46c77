package org.newslens.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newslens.app.Errors;

/**
 * A pane's background work as the pane shows it: busy while a task started here runs, and one line saying what the
 * work is doing, what it found or why it failed. The latest task started here wins (see {@link Latest}).
 */
public final class Activity {
    private final TaskExecutor executor;
    private final Latest latest;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private int running;

    public Activity(TaskExecutor executor) {
        this.executor = executor;
        this.latest = new Latest(executor);
    }

    /** Starts {@code task} as the latest; busy until every task started here has finished. */
    public <T> TaskHandle run(BackgroundTask<T> task) {
        running++;
        busy.set(true);
        return latest.run(task.onFinished(() -> busy.set(--running > 0)));
    }

    /**
     * Starts {@code task} beside the latest, superseding nothing and not counted as busy: a one-off job of the pane
     * (an export, a save) whose outcome it says in the status through its handlers.
     */
    public <T> TaskHandle start(BackgroundTask<T> task) {
        return task.executeWith(executor);
    }

    /** Shows {@code line} as the status. */
    public void say(String line) {
        status.set(line);
    }

    /** A failure handler that says "{@code what}: why". */
    public Consumer<Throwable> failure(String what) {
        return error -> status.set(what + ": " + Errors.message(error));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
