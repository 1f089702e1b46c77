package org.newslens.ui.task;

/** A unit of background work. It may report progress and should stop early when cancelled. */
@FunctionalInterface
public interface Work<T> {
    T run(Progress progress) throws Exception;
}
