package org.newslens.ui.main;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A side pane's content, made and put into the scene the first time its tab is selected: the window's first frame
 * styles and lays out only the pane it shows (each hidden pane would otherwise cost the start-up its construction, CSS
 * and layout; docs/benchmarks.md, "Reader start-up").
 */
final class LazyPane {
    private final Tab tab;
    private Supplier<? extends Node> content;
    private final ChangeListener<Boolean> onSelected;

    /**
     * Call before the tab joins its tab pane: the first tab is selected as it joins, and built right after the window's
     * first frame (the frame shows its tab header; its content comes one frame later).
     */
    LazyPane(Tab tab, Supplier<? extends Node> content, FirstFrame firstFrame) {
        this.tab = tab;
        this.content = content;
        this.onSelected = (obs, was, selected) -> {
            if (selected) {
                firstFrame.then(this::build);
            }
        };
        tab.selectedProperty().addListener(onSelected);
    }

    /** Makes the content now, if it was not made yet. */
    void build() {
        if (content != null && tab.isSelected()) {
            Supplier<? extends Node> make = content;
            content = null;
            tab.selectedProperty().removeListener(onSelected);
            tab.setContent(make.get());
        }
    }
}
