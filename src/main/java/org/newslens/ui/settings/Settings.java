package org.newslens.ui.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs. Immutable; the {@code with…} methods return changed copies.
 *
 * @param darkTheme   dark (PrimerDark) rather than light (PrimerLight)
 * @param fontSize    the reading font size in points
 * @param window      the last window bounds, or null for the default
 * @param lastArticle the last article opened, or null
 * @param recentFiles most recent first, at most {@link #MAX_RECENT}
 */
public record Settings(boolean darkTheme, double fontSize, WindowBounds window, String lastArticle, List<String> recentFiles) {
    public static final int MAX_RECENT = 10;
    public static final double MIN_FONT = 8;
    public static final double MAX_FONT = 40;
    public static final double DEFAULT_FONT = 13;

    public Settings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles.stream().filter(f -> f != null && !f.isBlank())
                .distinct().limit(MAX_RECENT).toList());
        if (!Double.isFinite(fontSize) || fontSize <= 0) {
            fontSize = DEFAULT_FONT;
        }
        fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, fontSize));
        if (window != null && !window.isUsable()) {
            window = null;
        }
    }

    public static Settings defaults() {
        return new Settings(false, DEFAULT_FONT, null, null, List.of());
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(dark, fontSize, window, lastArticle, recentFiles);
    }

    public Settings withFontSize(double size) {
        return new Settings(darkTheme, size, window, lastArticle, recentFiles);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(darkTheme, fontSize, bounds, lastArticle, recentFiles);
    }

    /** Records {@code file} as the last article and moves it to the top of the recent files. */
    public Settings withOpened(String file) {
        List<String> recent = new ArrayList<>();
        recent.add(file);
        recentFiles.stream().filter(f -> !f.equals(file)).forEach(recent::add);
        return new Settings(darkTheme, fontSize, window, file, recent);
    }

    public Settings withoutRecent(String file) {
        return new Settings(darkTheme, fontSize, window, lastArticle, recentFiles.stream().filter(f -> !f.equals(file)).toList());
    }

    public Settings withRecentCleared() {
        return new Settings(darkTheme, fontSize, window, lastArticle, List.of());
    }
}
