package org.newslens.ui.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Work one task at a time, in one of two ways. {@link #TaskQueue(TaskExecutor) Latest waiting}: while one runs, a
 * task offered waits, replacing any task already waiting, and a waiting task that is no longer
 * {@link BackgroundTask#wanted() wanted} when its turn comes is skipped. So recognition or indexing holds at most one
 * worker, opening files is never stuck behind it, and only the latest article waits. {@link #inOrder(TaskExecutor)
 * In order}: every task offered runs, one after the other, in the order offered — for writes of a file where a
 * change and its undo must land in that order. One queue can be shared by several features (its owner decides).
 */
public final class TaskQueue {
    private final TaskExecutor executor;
    private final boolean keepsEveryTask;
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();
    private boolean busy;

    /** A queue where the task offered last replaces the one waiting. */
    public TaskQueue(TaskExecutor executor) {
        this(executor, false);
    }

    private TaskQueue(TaskExecutor executor, boolean keepsEveryTask) {
        this.executor = executor;
        this.keepsEveryTask = keepsEveryTask;
    }

    /** A queue that runs every task offered, one at a time, in the order offered. */
    public static TaskQueue inOrder(TaskExecutor executor) {
        return new TaskQueue(executor, true);
    }

    /** Runs {@code task} now if the queue is free, else after the tasks before it (see the two kinds of queue). */
    public void offer(BackgroundTask<?> task) {
        if (busy) {
            if (!keepsEveryTask) {
                waiting.clear();
            }
            waiting.add(task);
            return;
        }
        if (!task.wanted()) {
            next();
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
        BackgroundTask<?> task = waiting.poll();
        if (task != null) {
            offer(task);
        }
    }
}
