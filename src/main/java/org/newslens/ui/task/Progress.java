package org.newslens.ui.task;

/** What running {@link Work} can tell the user while it runs. Safe to call from the worker thread. */
public interface Progress {
    /** @param fraction 0..1, or a negative value for "indeterminate" */
    void update(double fraction, String message);

    boolean isCancelled();
}
