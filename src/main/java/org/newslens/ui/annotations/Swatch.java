package org.newslens.ui.annotations;

import javafx.scene.layout.Region;
import org.newslens.annotation.HighlightColour;

/** A small square in a highlight colour (styled in annotations.css, so it follows the theme). */
final class Swatch {
    private Swatch() {
    }

    static Region of(HighlightColour colour) {
        Region r = new Region();
        r.getStyleClass().addAll("annotation-swatch", AnnotationsViewModel.styleClass(colour));
        javafx.scene.control.Tooltip.install(r, new javafx.scene.control.Tooltip(AnnotationsViewModel.label(colour)));
        return r;
    }
}
