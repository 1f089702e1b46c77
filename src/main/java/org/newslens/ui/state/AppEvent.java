package org.newslens.ui.state;

/**
 * Something one feature did that others may follow, published through {@link AppState#publish}. Each kind of
 * event is a record implementing this interface, beside the feature that publishes it or here when several do.
 */
public interface AppEvent {

    /** The entity corrections of the article on screen changed (made, undone, another article's opened). */
    record CorrectionsChanged() implements AppEvent { }

    /** The speaker corrections of the article on screen changed (made, undone, another article's opened). */
    record SpeakerCorrectionsChanged() implements AppEvent { }

    /** Annotation changes (highlights, notes, corrections) were written to their files. */
    record AnnotationsSaved() implements AppEvent { }

    /** An article was (re-)added to the search index. */
    record IndexChanged() implements AppEvent { }

    /** A folder run added, replaced or removed articles of the library. */
    record LibraryChanged() implements AppEvent { }
}
