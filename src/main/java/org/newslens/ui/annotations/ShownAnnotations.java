package org.newslens.ui.annotations;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import org.newslens.ui.state.Notice;

/**
 * The annotations of the article on screen as the panes show them: placed ones in reading order, notes on the whole
 * article, orphans apart; whether they are open and can be changed, the file they are saved in, and a problem with
 * that file for the banner. What {@link AnnotationsViewModel#shown()} hands out of its session.
 */
public interface ShownAnnotations {
    /** Placed annotations in reading order. */
    ObservableList<AnnotationItem> annotations();

    /** Notes on the whole article (imported page notes and replies), for "Notes on this article". */
    ObservableList<AnnotationItem> articleNotes();

    /** Annotations whose passage is no longer in the text: kept and listed, never dropped. */
    ObservableList<AnnotationItem> orphans();

    /** True once the article's annotations are open and can be changed. */
    ReadOnlyBooleanProperty readyProperty();

    /** A problem with the annotation file for the banner (corrupt file kept aside, saving failed). */
    Notice notice();

    /** The file this article's annotations are saved in, or null while none is open. */
    ReadOnlyObjectProperty<Path> storageFileProperty();
}
