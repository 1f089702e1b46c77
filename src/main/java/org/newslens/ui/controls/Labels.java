package org.newslens.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/** Labels showing a view model's line of text (a count, a status, a message, an error). */
public final class Labels {
    private Labels() {
    }

    /** A label bound to {@code text}. */
    public static Label bound(String id, ObservableValue<String> text, String... styleClasses) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(styleClasses);
        label.textProperty().bind(text);
        return label;
    }

    /** As {@link #bound}, wrapping long text onto more lines. */
    public static Label wrapping(String id, ObservableValue<String> text, String... styleClasses) {
        Label label = bound(id, text, styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** As {@link #wrapping}, and out of the layout while the text is empty. */
    public static Label whenSet(String id, ObservableValue<String> text, String... styleClasses) {
        Label label = wrapping(id, text, styleClasses);
        return Shown.when(label, label.textProperty().isNotEmpty());
    }
}
