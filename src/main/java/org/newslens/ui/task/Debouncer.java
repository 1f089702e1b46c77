package org.newslens.ui.task;

import java.time.Duration;

/**
 * As-you-type work: {@link #trigger(Runnable)} runs the action once the calls have paused for the delay; each call
 * restarts the wait and replaces the action. The waiting is the executor's ({@link TaskExecutor#later}), so tests
 * decide when the pause is over.
 */
public final class Debouncer {
    private final TaskExecutor executor;
    private final Duration delay;
    private TaskExecutor.Cancellable pending;

    public Debouncer(TaskExecutor executor, Duration delay) {
        this.executor = executor;
        this.delay = delay;
    }

    public void trigger(Runnable action) {
        cancel();
        pending = executor.later(delay, () -> {
            pending = null;
            action.run();
        });
    }

    /** Forgets the waiting action, if any. */
    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
