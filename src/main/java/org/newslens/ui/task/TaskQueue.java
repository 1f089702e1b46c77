package org.newslens.ui.task;

/**
 * Heavy work one task at a time: while one runs, a task offered waits, replacing any task already waiting, and a
 * waiting task that is no longer {@link BackgroundTask#wanted() wanted} when its turn comes is skipped. So
 * recognition or indexing holds at most one worker, opening files is never stuck behind it, and only the latest
 * article waits. One queue can be shared by several features (its owner decides).
 */
public final class TaskQueue {
    private final TaskExecutor executor;
    private boolean busy;
    private BackgroundTask<?> waiting;

    public TaskQueue(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code task} now if the queue is free, else after the running one (dropping any task waiting). */
    public void offer(BackgroundTask<?> task) {
        if (busy) {
            waiting = task;
            return;
        }
        if (!task.wanted()) {
            return;
        }
        busy = true;
        task.onFinished(this::next).executeWith(executor);
    }

    /** True while a task of this queue runs. */
    public boolean busy() {
        return busy;
    }

    private void next() {
        busy = false;
        BackgroundTask<?> task = waiting;
        waiting = null;
        if (task != null) {
            offer(task);
        }
    }
}
