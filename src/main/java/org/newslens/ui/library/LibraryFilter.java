package org.newslens.ui.library;

import org.newslens.library.ReadingState;

/** Which articles the Library lists, by reading state. */
public enum LibraryFilter {
    ALL("All articles"),
    LEFT("What’s left"),
    UNREAD("Unread"),
    READ("Read"),
    REVIEWED("Reviewed");

    private final String label;

    LibraryFilter(String label) {
        this.label = label;
    }

    public boolean accepts(ReadingState state) {
        return switch (this) {
            case ALL -> true;
            case LEFT -> state.isLeft();
            case UNREAD -> state == ReadingState.UNREAD;
            case READ -> state == ReadingState.READ;
            case REVIEWED -> state == ReadingState.REVIEWED;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
