package org.newslens.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newslens.library.LibraryEntry;
import org.newslens.library.ReadingState;

/**
 * A line of the Library: a month heading, or a text with its reading state (a mark and a word, never colour
 * alone), title, main names, date · source, and the folder of each copy.
 */
final class LibraryCell extends ListCell<LibraryRow> {
    LibraryCell() {
        // as wide as the list, not as its text: long titles are cut with "…", no sideways scrolling
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(LibraryRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().remove("library-heading-cell");
        setDisable(false);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (row instanceof LibraryRow.Heading h) {
            Label heading = new Label(h.text() + "  ·  " + (h.count() == 1 ? "1 article" : h.count() + " articles"));
            heading.getStyleClass().add("library-heading");
            getStyleClass().add("library-heading-cell");
            setGraphic(heading);
            setTooltip(null);
            return;
        }
        LibraryRow.Item item = (LibraryRow.Item) row;
        LibraryEntry entry = item.entry();
        Label state = new Label(LibraryRows.mark(item.state()));
        state.getStyleClass().addAll("library-state", "library-state-" + item.state().id());
        state.setTooltip(new Tooltip(item.state().label()));
        state.setMinWidth(Label.USE_PREF_SIZE);
        Label title = new Label(entry.title());
        title.getStyleClass().add("library-title");
        HBox titleLine = new HBox(6, state, title);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label entities = new Label(LibraryRows.namesLine(entry));
        entities.getStyleClass().add("library-entities");
        List<String> meta = new ArrayList<>();
        meta.add(entry.date() == null ? "no date" : entry.date().toString());
        if (!entry.source().isEmpty()) {
            meta.add(entry.source());
        }
        meta.add(entry.mentions() == 1 ? "1 mention" : entry.mentions() + " mentions");
        Label details = new Label(String.join(" · ", meta));
        details.getStyleClass().add("library-details");
        Label where = new Label(LibraryRows.folders(entry));
        where.getStyleClass().add(entry.copies() > 1 ? "library-copies" : "library-file");
        VBox box = new VBox(1, titleLine, entities, details, where);
        for (Label l : new Label[] {title, entities, details, where}) {
            l.setMinWidth(0);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        box.setMinWidth(0);
        setGraphic(box);
        setTooltip(entry.files().isEmpty() ? null : new Tooltip(item.state().label() + "\n"
                + entry.files().stream().map(Path::toString).collect(Collectors.joining("\n"))));
    }
}
