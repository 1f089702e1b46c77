package org.newslens.ui.task;

/**
 * "The latest request wins": each task started here supersedes the ones started before it, whose outcome is then
 * dropped when it arrives. Work that is as-you-type or follows the article on screen uses one of these instead of a
 * revision counter. Superseded work is not interrupted (an interrupt can close a Lucene index's file channels); it
 * just finishes unseen.
 */
public final class Latest {
    private final TaskExecutor executor;
    private long generation;

    public Latest(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Starts {@code task}; only its outcome counts from now on. */
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return mark(task).executeWith(executor);
    }

    /**
     * Marks {@code task} as the latest without starting it (to hand it to a {@link TaskQueue}): from now on only it
     * counts, and it stops counting when another is marked or {@link #cancel()} is called.
     */
    public <T> BackgroundTask<T> mark(BackgroundTask<T> task) {
        long mine = ++generation;
        return task.onlyWhile(() -> mine == generation);
    }

    /** Drops the outcome of every task started so far (the article they were for is gone). */
    public void cancel() {
        generation++;
    }
}
