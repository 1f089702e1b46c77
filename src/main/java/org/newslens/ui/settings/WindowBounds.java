package org.newslens.ui.settings;

/** Where the main window was, in screen coordinates. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public boolean isUsable() {
        return width >= 200 && height >= 150 && Double.isFinite(x) && Double.isFinite(y);
    }
}
