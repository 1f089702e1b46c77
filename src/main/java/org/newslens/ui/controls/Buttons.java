package org.newslens.ui.controls;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The small buttons of the side panes' tool rows, and buttons explained by a tooltip. */
public final class Buttons {
    private Buttons() {
    }

    /** A small button {@code text} (with {@code id}) that runs {@code action}. */
    public static Button small(String text, String id, Runnable action) {
        Button b = plain(text, id, action);
        b.getStyleClass().add(Styles.SMALL);
        return b;
    }

    /** A button {@code text} (with {@code id}) that runs {@code action}, explained by {@code tooltip}. */
    public static Button tipped(String text, String id, String tooltip, Runnable action) {
        Button b = plain(text, id, action);
        b.setTooltip(new Tooltip(tooltip));
        return b;
    }

    private static Button plain(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
