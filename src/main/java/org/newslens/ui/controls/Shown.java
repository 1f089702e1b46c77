package org.newslens.ui.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** A part of a pane that is there (visible, and taking room) only while a condition holds. */
public final class Shown {
    private Shown() {
    }

    /** Shows {@code node}, and lets it take room in its pane, only while {@code condition} holds. */
    public static <N extends Node> N when(N node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }
}
