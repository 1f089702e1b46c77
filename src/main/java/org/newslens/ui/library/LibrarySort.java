package org.newslens.ui.library;

/** The Library's orders. By date, the list has a heading per month (the library's timeline). */
public enum LibrarySort {
    TITLE("Title"),
    DATE("Date, newest first"),
    SOURCE("Source"),
    MENTIONS("Most mentions"),
    STATE("Reading state");

    private final String label;

    LibrarySort(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
