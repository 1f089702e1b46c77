package org.newslens.ui.task;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/** {@link TaskExecutor} over {@link javafx.concurrent.Task}, backed by one pool of daemon threads. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService pool;
    private final ObservableList<TaskHandle> running = FXCollections.observableArrayList();
    private final ObservableList<TaskHandle> runningView = FXCollections.unmodifiableObservableList(running);

    /**
     * @param threads how many idle workers to keep. The pool grows on demand and never queues, so a quick task
     *                (opening a file) never waits behind long ones (loading models, indexing a library).
     */
    public FxTaskExecutor(int threads) {
        this.pool = new ThreadPoolExecutor(threads, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), daemonThreads());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, "newslens-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        FxTask<T> task = new FxTask<>(title, work);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            running.remove(task);
            onFailure.accept(new CancellationException(title));
        });
        running.add(task);
        try {
            pool.execute(task);
        } catch (RejectedExecutionException afterShutdown) {
            // a late callback asked for more work while the application closes: there is nobody left to show it to
            running.remove(task);
            task.cancel(false);
        }
        return task;
    }

    @Override
    public Cancellable later(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public ObservableList<TaskHandle> running() {
        return runningView;
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }

    private static final class FxTask<T> extends Task<T> implements TaskHandle, Progress {
        private final String title;
        private final Work<T> work;

        FxTask(String title, Work<T> work) {
            this.title = title;
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(double fraction, String message) {
            updateProgress(fraction < 0 ? -1 : fraction, fraction < 0 ? -1 : 1);
            if (message != null) {
                updateMessage(message);
            }
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public boolean finished() {
            Worker.State s = getState();
            return s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED;
        }

        @Override
        public void requestCancel() {
            cancel(true);
        }
    }
}
