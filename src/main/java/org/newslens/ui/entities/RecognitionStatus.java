package org.newslens.ui.entities;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Entities pane's status line: what recognition is doing or found, whether the recogniser runs and how much of
 * the article it has read, and whether it failed (the text then says why; the pane offers Try again). Unlike a
 * {@link org.newslens.ui.task.Activity}, which is busy while any task it started runs, this is busy only while the
 * recogniser reads (not while a cached result is fetched) and reports progress part by part. FX thread only.
 */
public final class RecognitionStatus {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();

    /** Work starts, saying what it does; how far it got is unknown until {@link #progress(double)}. */
    void working(String what) {
        failed.set(false);
        progress.set(-1);
        busy.set(true);
        text.set(what);
    }

    /** How much of the work is done, 0..1. */
    void progress(double fraction) {
        progress.set(fraction);
    }

    /** The work ended (or none runs); the text stays. */
    void done() {
        busy.set(false);
    }

    /** No work runs and nothing failed: shows {@code line} ("" for nothing). */
    void idle(String line) {
        busy.set(false);
        failed.set(false);
        text.set(line);
    }

    /** The work failed: {@code why} is shown. */
    void failed(String why) {
        busy.set(false);
        failed.set(true);
        text.set(why);
    }

    /** Changes the line only (a summary of what was found so far). */
    void say(String line) {
        text.set(line);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the recogniser runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How much of the article recognition has read, 0..1, or -1 before the first part is in. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True after a failure, until work starts again or {@link #idle} is called; the text says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
