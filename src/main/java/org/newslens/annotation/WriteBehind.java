package org.newslens.annotation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A store's saves made after the change, in order, off the thread that changes the store (the window's FX thread,
 * where a locked, fsynced write would stall the screen). A change is applied to the contents at once and queued;
 * {@link #writeQueued()} (on any worker, one at a time) applies the queue in order to its own copy of the file's
 * state, merged with other writers' saves exactly as a direct save is, and writes it; {@link #settle} (back on the
 * store's thread) puts that state into the contents once every queued change is written, if it differs (another
 * writer's changes were read back, or a save failed and its change was dropped).
 */
final class WriteBehind {
    private record Job(long number, Consumer<PlacedAnnotations> mutation) {
    }

    private final MergingWriter writer;
    private final PlacedAnnotations contents;
    private final PlacedAnnotations onDisk; // guarded by this
    private final Deque<Job> queue = new ArrayDeque<>(); // guarded by this
    // the store's thread only:
    private long queued;
    private long settled;
    private boolean diverged;
    private SaveOutcome newest;

    WriteBehind(MergingWriter writer, PlacedAnnotations contents, PlacedAnnotations copy) {
        this.writer = writer;
        this.contents = contents;
        this.onDisk = copy;
        onDisk.restore(contents.snapshot());
    }

    /** On the store's thread, after {@code mutation} was applied to the contents. */
    void queue(Consumer<PlacedAnnotations> mutation) {
        queued++;
        synchronized (this) {
            queue.add(new Job(queued, mutation));
        }
    }

    /** Writes every queued change, oldest first, each under the file's lock and fsynced. */
    synchronized SaveOutcome writeQueued() {
        long upTo = 0;
        boolean merged = false;
        List<String> failures = new ArrayList<>();
        for (Job job = queue.poll(); job != null; job = queue.poll()) {
            PlacedAnnotations.Snapshot before = onDisk.snapshot();
            try {
                merged |= writer.write(onDisk, job.mutation(), () -> { });
            } catch (RuntimeException e) {
                onDisk.restore(before);
                failures.add(e.getMessage());
            }
            upTo = job.number();
        }
        return new SaveOutcome(upTo, onDisk.snapshot(), merged || !failures.isEmpty(), failures);
    }

    /** On the store's thread; true when the contents were replaced by the file's state (tell the listeners). */
    boolean settle(SaveOutcome outcome) {
        diverged |= outcome.diverged;
        if (outcome.writtenUpTo > settled) {
            settled = outcome.writtenUpTo;
            newest = outcome;
        }
        if (settled == queued && diverged && newest != null) {
            contents.restore(newest.state);
            diverged = false;
            return true;
        }
        return false;
    }

    /** Whether some queued change is not yet known to be written. */
    boolean unsettled() {
        return settled < queued;
    }
}
