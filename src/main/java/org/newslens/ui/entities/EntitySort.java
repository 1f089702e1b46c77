package org.newslens.ui.entities;

/** How the sidebar orders the entities within a category. */
public enum EntitySort {
    /** Most mentioned first, then by name. */
    BY_COUNT("By count"),
    /** Alphabetically, ignoring case. */
    BY_NAME("By name");

    private final String label;

    EntitySort(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
