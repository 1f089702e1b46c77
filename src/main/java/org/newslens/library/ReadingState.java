package org.newslens.library;

import java.util.Locale;

/** How far the reader has got with an article: not opened yet, read, or reviewed (done with). */
public enum ReadingState {
    UNREAD,
    READ,
    REVIEWED;

    /** "Unread", "Read", "Reviewed": the id, capitalised. */
    public String label() {
        String id = id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** "unread", "read", "reviewed": the stored and the command line's name. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state called {@code id} (any case), or null when there is none. */
    public static ReadingState byId(String id) {
        for (ReadingState s : values()) {
            if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return s;
            }
        }
        return null;
    }

    /** Unread, and read but not reviewed: what is left to do. */
    public boolean isLeft() {
        return this != REVIEWED;
    }
}
