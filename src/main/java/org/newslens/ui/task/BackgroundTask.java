package org.newslens.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One piece of background work and what happens with its outcome, in the spirit of JabRef's
 * {@code BackgroundTask}: build it, say what follows, run it on a {@link TaskExecutor}.
 *
 * <pre>{@code
 * BackgroundTask.of("Reading the library", p -> index.articles())
 *         .onSuccess(articles::setAll)
 *         .onFailure(e -> summary.set("The library cannot be read: " + Errors.describe(e)))
 *         .executeWith(executor);
 * }</pre>
 *
 * The work runs on a worker; {@code onSuccess}, {@code onFailure} and {@code onFinished} run on the FX thread (on the
 * caller's thread with the test executors). A task cancelled through its {@link TaskHandle} reports neither
 * success nor failure, only {@code onFinished}. A task given {@link #onlyWhile} drops its outcome (and is not even
 * started by a {@link TaskQueue}) once the condition no longer holds: that is how {@link Latest} lets the latest
 * request win.
 */
public final class BackgroundTask<T> {
    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<? super Throwable> onFailure = error -> { };
    private final List<Runnable> onFinished = new ArrayList<>();
    private Consumer<? super T> onDiscarded = result -> { };
    /** The outcome is used only while all of these hold. */
    private final List<BooleanSupplier> conditions = new ArrayList<>();

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    /** @param title what the status bar shows while it runs */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** Work that has no result worth handing back. */
    public static BackgroundTask<Void> run(String title, Step step) {
        return new BackgroundTask<>(title, progress -> {
            step.run(progress);
            return null;
        });
    }

    /** A step of work without a result. */
    @FunctionalInterface
    public interface Step {
        void run(Progress progress) throws Exception;
    }

    /** A step that turns one result into the next, on the worker. */
    @FunctionalInterface
    public interface Next<T, R> {
        R apply(T value, Progress progress) throws Exception;
    }

    /**
     * Continues on the same worker with this task's result: {@code load(path)} then {@code prepare(article)} is one
     * task. Call it before the outcome handlers, which belong to the task it returns.
     */
    public <R> BackgroundTask<R> then(Next<? super T, ? extends R> next) {
        Work<T> first = work;
        BackgroundTask<R> chained = new BackgroundTask<>(title, progress -> next.apply(first.run(progress), progress));
        chained.conditions.addAll(conditions);
        return chained;
    }

    /** Runs on the FX thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs on the FX thread with what went wrong. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs on the FX thread after success, failure, cancellation or a dropped outcome, after their handler. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        onFinished.add(Objects.requireNonNull(handler));
        return this;
    }

    /** The outcome is used only while {@code condition} holds when it arrives (checked on the FX thread). */
    public BackgroundTask<T> onlyWhile(BooleanSupplier condition) {
        conditions.add(Objects.requireNonNull(condition));
        return this;
    }

    /**
     * Runs on the FX thread with a result that arrived when it was no longer {@link #wanted() wanted} (to close what
     * it holds, or to note that the work happened all the same).
     */
    public BackgroundTask<T> onDiscarded(Consumer<? super T> handler) {
        this.onDiscarded = Objects.requireNonNull(handler);
        return this;
    }

    public String title() {
        return title;
    }

    /** Whether the outcome would still be used now. */
    public boolean wanted() {
        return conditions.stream().allMatch(BooleanSupplier::getAsBoolean);
    }

    /** Starts the work; call on the FX thread. */
    public TaskHandle executeWith(TaskExecutor executor) {
        return executor.submit(title, work, result -> finish(() -> {
            if (wanted()) {
                onSuccess.accept(result);
            } else {
                onDiscarded.accept(result);
            }
        }), error -> finish(() -> {
            if (!(error instanceof CancellationException) && wanted()) {
                onFailure.accept(error);
            }
        }));
    }

    private void finish(Runnable outcome) {
        try {
            outcome.run();
        } finally {
            onFinished.forEach(Runnable::run);
        }
    }
}
