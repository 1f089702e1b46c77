package org.newslens.ui.state;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A problem the user is told about until they dismiss it (a banner above the reader): its text, or null when none. */
public final class Notice {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();

    /** Shows {@code problem}; null hides the notice. */
    public void show(String problem) {
        text.set(problem);
    }

    public void dismiss() {
        text.set(null);
    }

    /** The problem shown, or null. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
