package org.newslens.ui.annotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.newslens.annotation.AnnotationStore;
import org.newslens.annotation.SaveOutcome;
import org.newslens.app.Errors;
import org.newslens.ui.task.BackgroundTask;
import org.newslens.ui.task.TaskExecutor;
import org.newslens.ui.task.TaskQueue;

/**
 * Saves the stores' changes on a worker: a change is kept in memory at once and queued by its store; one task at a
 * time writes every store's queue in order (locked, fsynced), and a task waiting behind it covers all stores with
 * unsaved changes, so replacing it loses nothing. {@link #flush()} writes what is still queued when the window
 * closes: a change the window has shown is not lost.
 */
final class AnnotationSaves {
    private final TaskQueue queue;
    private final Consumer<List<String>> failed;
    private final Runnable saved;
    private final Set<AnnotationStore> unsaved = new LinkedHashSet<>();

    /**
     * @param failed told (on the FX thread) why saves failed; their changes are no longer in the store
     * @param saved  told (on the FX thread) when changes are on disk: what reads the files (the index) may read them again
     */
    AnnotationSaves(TaskExecutor executor, Consumer<List<String>> failed, Runnable saved) {
        this.queue = new TaskQueue(executor);
        this.failed = failed;
        this.saved = saved;
    }

    /** From now on {@code store}'s changes are saved here. */
    void manage(AnnotationStore store) {
        store.saveInBackground(() -> queued(store));
    }

    private void queued(AnnotationStore store) {
        unsaved.add(store);
        List<AnnotationStore> stores = List.copyOf(unsaved);
        queue.offer(BackgroundTask.of("Saving annotations", progress -> {
            Map<AnnotationStore, SaveOutcome> outcomes = new LinkedHashMap<>();
            for (AnnotationStore s : stores) {
                outcomes.put(s, s.writeQueued());
            }
            return outcomes;
        }).onSuccess(outcomes -> {
            List<String> failures = new ArrayList<>();
            outcomes.forEach((s, outcome) -> failures.addAll(s.settle(outcome)));
            unsaved.removeIf(s -> !s.hasUnsavedChanges());
            if (!failures.isEmpty()) {
                failed.accept(failures);
            } else {
                saved.run();
            }
        }).onFailure(error -> failed.accept(List.of("Could not save annotations: " + Errors.message(error)))));
    }

    /** Writes every change still queued, on this thread (the window is closing); returns why saves failed, if any did. */
    List<String> flush() {
        List<String> failures = new ArrayList<>();
        for (AnnotationStore s : unsaved) {
            failures.addAll(s.flush());
        }
        unsaved.clear();
        return failures;
    }
}
