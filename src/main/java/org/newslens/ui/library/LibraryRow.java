package org.newslens.ui.library;

import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;

/** One line of the Library list: a month heading (when listed by date) or a text with its copies and reading state. */
public sealed interface LibraryRow {

    /** "July 2021", "No date". */
    record Heading(String text, int count) implements LibraryRow {
    }

    record Item(LibraryEntry entry, ReadingState state) implements LibraryRow {
    }
}
