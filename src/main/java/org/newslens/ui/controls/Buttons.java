package org.newslens.ui.controls;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;

/** The small buttons of the side panes' tool rows. */
public final class Buttons {
    private Buttons() {
    }

    /** A small button {@code text} (with {@code id}) that runs {@code action}. */
    public static Button small(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setOnAction(e -> action.run());
        return b;
    }
}
