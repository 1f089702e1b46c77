package org.newslens.ui.entities;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.newslens.article.Article;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.RecognitionProgress;
import org.newslens.nlp.StagedRecognition;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.Latest;
import org.newslens.ui.task.Progress;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * Recognises the article on screen a part at a time on the heavy queue — the lines on screen first, then the rest —
 * handing what each part adds to the FX thread, so entities appear while the rest is read. Each part is one task:
 * another article stops it between parts, and {@link #cancel} interrupts the part being read.
 */
final class ProgressiveRecognition {
    /** About a screenful: a newly opened article shows its first lines, so these are read first. */
    static final int FIRST_CHARS = 3_000;

    /** What the parts read so far found, and how much of the text that is (0..1); on the FX thread. */
    @FunctionalInterface
    interface Partial {
        void found(EntityAnalysis found, double fraction);
    }

    /** How long after the start-up article's cache lookup the models start loading. */
    static final Duration AFTER_LOOKUP = Duration.ofSeconds(1);

    private final EntityLookup service;
    private final TaskExecutor executor;
    private Consumer<Throwable> pendingWarmUp;
    /** Model loading and recognition hold one worker at a time, so opening files is never stuck behind them. */
    private final TaskQueue heavy;
    private final Latest latest;
    private final Object lock = new Object();
    /** The worker reading a part now, while it does (guarded by lock). */
    private Thread reading;

    ProgressiveRecognition(EntityLookup service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
        this.heavy = new TaskQueue(executor);
        this.latest = new Latest(executor);
    }

    /**
     * Loads the models once {@link #lookupDone} says the article on screen had its cache lookup, or after
     * {@code fallback} (a window with no article): a cached article's entities then come without the loaders taking the
     * cores from the window's first paint, and a new one's recognition loads them itself.
     */
    void warmUpAfterLookup(Consumer<Throwable> onFailure, Duration fallback) {
        pendingWarmUp = onFailure;
        executor.later(fallback, this::lookupDone);
    }

    /**
     * The article on screen had its cache lookup (and, on a miss, its recognition was offered): a pending warm-up starts
     * {@link #AFTER_LOOKUP} later, once a cached article's entities are drawn (a miss's recognition loads the models itself).
     */
    void lookupDone() {
        Consumer<Throwable> pending = pendingWarmUp;
        pendingWarmUp = null;
        if (pending != null) {
            executor.later(AFTER_LOOKUP, () -> warmUp(pending));
        }
    }

    /** Loads the recogniser's models in the background, ahead of any recognition, so the first article's come quickly. */
    void warmUp(Consumer<Throwable> onFailure) {
        heavy.offer(BackgroundTask.run("Loading entity models", progress -> {
            progress.update(-1, "Loading entity models…");
            service.warmUp();
        }).onFailure(onFailure));
    }

    /**
     * Starts recognising the article; what the parts found goes to {@code partial}, the complete result to {@code done},
     * a failure to {@code failed}, all on the FX thread and only while {@code wanted} holds.
     */
    void start(Article article, BooleanSupplier wanted, Partial partial, Consumer<EntityAnalysis> done,
               Consumer<Throwable> failed) {
        next(wanted, new Handlers(partial, done, failed), progress -> {
            StagedRecognition staged = service.staged(article, 0, FIRST_CHARS);
            if (!staged.isDone()) {
                staged.step(progressOf(progress));
            }
            return staged;
        });
    }

    private record Handlers(Partial partial, Consumer<EntityAnalysis> done, Consumer<Throwable> failed) {
    }

    private void next(BooleanSupplier wanted, Handlers listener, Step work) {
        heavy.offer(latest.mark(BackgroundTask.of("Finding entities", progress -> interruptibly(() -> work.run(progress))))
                .onlyWhile(wanted)
                .onSuccess(staged -> {
                    if (staged.isDone()) {
                        listener.done().accept(staged.latest());
                        return;
                    }
                    listener.partial().found(staged.latest(), staged.fraction());
                    next(wanted, listener, progress -> {
                        staged.step(progressOf(progress));
                        return staged;
                    });
                })
                .onFailure(listener.failed()));
    }

    @FunctionalInterface
    private interface Step {
        StagedRecognition run(Progress progress) throws Exception;
    }

    private static RecognitionProgress progressOf(Progress progress) {
        return (done, total) -> progress.update(total <= 0 ? -1 : (double) done / total, "Finding entities…");
    }

    /** The pane's line for a complete result. */
    static String summary(int entities, int mentions) {
        if (entities == 0) {
            return "No people, places, groups, figures or dates found.";
        }
        return entities + (entities == 1 ? " entity, " : " entities, ") + mentions + (mentions == 1 ? " mention" : " mentions");
    }

    /** The pane's line while the parts are read. */
    static String partStatus(double fraction, int entities, int mentions) {
        String read = "Finding entities… " + Math.round(fraction * 100) + "% read";
        return entities == 0 ? read : read + ", " + summary(entities, mentions) + " so far";
    }

    /** Drops every part not started yet and interrupts the one being read. */
    void cancel() {
        latest.cancel();
        synchronized (lock) {
            if (reading != null) {
                reading.interrupt();
            }
        }
    }

    /** Runs a part so that {@link #cancel} can interrupt it, and only it: the worker goes back to its pool uninterrupted. */
    private <T> T interruptibly(Callable<T> work) throws Exception {
        synchronized (lock) {
            reading = Thread.currentThread();
        }
        try {
            return work.call();
        } finally {
            synchronized (lock) {
                reading = null;
                Thread.interrupted();
            }
        }
    }
}
