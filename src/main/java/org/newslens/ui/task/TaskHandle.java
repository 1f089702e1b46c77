package org.newslens.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A submitted piece of work as the UI sees it. Its properties change on the FX thread only. */
public interface TaskHandle {
    String title();

    /** 0..1, or -1 while indeterminate. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    boolean finished();

    void requestCancel();
}
