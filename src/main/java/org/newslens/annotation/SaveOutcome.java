package org.newslens.annotation;

import java.util.List;

/**
 * What one run of a store's queued saves did ({@link AnnotationStore#writeQueued()}): up to which change it wrote,
 * the file's state after it, and the saves that failed (their changes are not kept). Hand it back to
 * {@link AnnotationStore#settle} on the store's own thread.
 */
public final class SaveOutcome {
    final long writtenUpTo;
    final PlacedAnnotations.Snapshot state;
    final boolean diverged;
    private final List<String> failures;

    SaveOutcome(long writtenUpTo, PlacedAnnotations.Snapshot state, boolean diverged, List<String> failures) {
        this.writtenUpTo = writtenUpTo;
        this.state = state;
        this.diverged = diverged;
        this.failures = List.copyOf(failures);
    }

    /** Why saves failed, one line each; empty when all were written. */
    public List<String> failures() {
        return failures;
    }
}
