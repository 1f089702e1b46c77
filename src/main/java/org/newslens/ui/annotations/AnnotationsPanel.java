package org.newslens.ui.annotations;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newslens.ui.controls.ItemCell;
import org.newslens.ui.controls.Shown;

/**
 * The Notes panel: highlights in reading order (quote, note, colour, tags, paragraph), click to jump,
 * Edit and Delete on each; the orphans in their own list; and where the annotations are stored.
 */
public final class AnnotationsPanel extends VBox {
    private final AnnotationsViewModel vm;
    private final AnnotationsFeature feature;
    private final ListView<AnnotationItem> list = new ListView<>();
    private final ListView<AnnotationItem> orphanList = new ListView<>();

    private final ObjectProperty<Consumer<Path>> folderOpener = new SimpleObjectProperty<>();

    AnnotationsPanel(AnnotationsViewModel vm, AnnotationsFeature feature) {
        this.vm = vm;
        this.feature = feature;
        setId("notes-pane");
        getStyleClass().add("notes-pane");
        setPrefWidth(320);
        setMinWidth(220);

        Label heading = new Label("Notes");
        heading.getStyleClass().addAll("notes-heading", Styles.TITLE_4);
        Label count = new Label();
        count.setId("notes-count");
        count.getStyleClass().add("notes-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> countText(vm.shown().annotations().size(), vm.shown().orphans().size()),
                vm.shown().annotations(), vm.shown().orphans()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, count);
        header.setAlignment(Pos.BASELINE_LEFT);

        list.setId("notes-list");
        list.getStyleClass().add("notes-list");
        list.setItems(vm.shown().annotations());
        list.setCellFactory(this::noteCell);
        Label placeholder = new Label("No highlights yet.\nSelect text and press 1–5, or use the colours above.");
        placeholder.getStyleClass().add("notes-hint");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setOnKeyPressed(e -> {
            AnnotationItem item = list.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.delete(item.id());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.jumpTo(item);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label orphansHeading = new Label();
        orphansHeading.setId("orphans-heading");
        orphansHeading.getStyleClass().add("orphans-heading");
        orphansHeading.textProperty().bind(Bindings.size(vm.shown().orphans()).asString("Not found in the current text (%d)"));
        Label orphansHint = new Label("The article changed and these passages could not be placed again. They are kept.");
        orphansHint.getStyleClass().add("notes-hint");
        orphansHint.setWrapText(true);
        orphanList.setId("orphans-list");
        orphanList.getStyleClass().add("orphans-list");
        orphanList.setItems(vm.shown().orphans());
        orphanList.setCellFactory(this::noteCell);
        orphanList.setPrefHeight(140);
        VBox orphans = new VBox(4, orphansHeading, orphansHint, orphanList);
        orphans.setId("orphans-section");
        Shown.when(orphans, Bindings.isNotEmpty(vm.shown().orphans()));

        Label notesHeading = new Label();
        notesHeading.setId("article-notes-heading");
        notesHeading.getStyleClass().add("orphans-heading");
        notesHeading.textProperty().bind(Bindings.size(vm.shown().articleNotes()).asString("Notes on this article (%d)"));
        ListView<AnnotationItem> notesList = new ListView<>(vm.shown().articleNotes());
        notesList.setId("article-notes-list");
        notesList.setCellFactory(this::noteCell);
        notesList.setPrefHeight(120);
        VBox articleNotes = new VBox(4, notesHeading, notesList);
        articleNotes.setId("article-notes-section");
        Shown.when(articleNotes, Bindings.isNotEmpty(vm.shown().articleNotes()));

        getChildren().addAll(header, list, articleNotes, orphans, storageLine());
    }

    static String countText(int placed, int orphans) {
        String s = placed == 1 ? "1 highlight" : placed + " highlights";
        return orphans == 0 ? s : s + ", " + orphans + " not found";
    }

    public ListView<AnnotationItem> list() {
        return list;
    }

    /** How to show a folder in the desktop's file manager; "Show folder" is offered only when set. */
    public ObjectProperty<Consumer<Path>> folderOpenerProperty() {
        return folderOpener;
    }

    private VBox storageLine() {
        Label saved = new Label("Saved automatically in");
        saved.getStyleClass().add("notes-hint");
        // the whole path, wrapped after its separators rather than cut off at the pane's edge (Copy takes it exactly)
        Label path = new Label();
        path.setId("storage-path");
        path.getStyleClass().add("storage-path");
        path.setWrapText(true);
        path.setMinHeight(Region.USE_PREF_SIZE);
        path.setPrefWidth(120);
        path.setMaxWidth(Double.MAX_VALUE);
        path.textProperty().bind(Bindings.createStringBinding(() -> breakable(storageLocation()), vm.shown().storageFileProperty()));
        path.setTooltip(new Tooltip("Where this article's annotations are stored (W3C Web Annotation JSON)"));
        Button copy = new Button("Copy");
        copy.setId("storage-copy");
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the path"));
        copy.disableProperty().bind(vm.shown().storageFileProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(storageLocation());
            Clipboard.getSystemClipboard().setContent(content);
            feature.status("Copied " + storageLocation());
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(4, saved, gap, copy);
        row.getStyleClass().add("storage-line");
        Button folder = new Button("Show folder");
        folder.setId("storage-folder");
        folder.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        folder.setTooltip(new Tooltip("Open the annotations folder in the file manager"));
        folder.disableProperty().bind(vm.shown().storageFileProperty().isNull());
        Shown.when(folder, folderOpener.isNotNull());
        folder.setOnAction(e -> {
            Path file = vm.shown().storageFileProperty().get();
            if (file != null && file.getParent() != null && folderOpener.get() != null) {
                folderOpener.get().accept(file.getParent());
            }
        });
        row.getChildren().add(folder);
        return new VBox(0, row, path);
    }

    /** A click jumps to the annotation's passage, a double click edits it. */
    private ItemCell<AnnotationItem> noteCell(ListView<AnnotationItem> owner) {
        ItemCell<AnnotationItem> cell = ItemCell.drawn(item -> noteBox(item, owner));
        cell.setOnMouseClicked(e -> {
            AnnotationItem item = cell.getItem();
            if (item == null || cell.isEmpty() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                feature.editItem(item);
            } else {
                vm.jumpTo(item);
            }
        });
        return cell;
    }

    /** One annotation: swatch, ¶ number, tags; the quote; the note; Edit and Delete. */
    private VBox noteBox(AnnotationItem item, ListView<AnnotationItem> owner) {
        Label where = new Label(item.orphan() ? "not in the text" : "¶ " + item.paragraph());
        where.getStyleClass().add("note-meta");
        where.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane tags = new FlowPane(4, 2);
        tags.setAlignment(Pos.CENTER_LEFT);
        for (String t : item.tags()) {
            Label tag = new Label(t);
            tag.getStyleClass().add("note-tag");
            tags.getChildren().add(tag);
        }
        HBox.setHgrow(tags, Priority.ALWAYS);
        Button edit = new Button("Edit");
        edit.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "note-edit");
        edit.setOnAction(e -> feature.editItem(item));
        edit.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = new Button("Delete");
        delete.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.DANGER, "note-delete");
        delete.setOnAction(e -> vm.delete(item.id()));
        delete.setMinWidth(Region.USE_PREF_SIZE);
        Label colour = new Label(AnnotationsViewModel.label(item.colour()));
        colour.getStyleClass().addAll("note-meta", "note-colour");
        colour.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(6, Swatch.of(item.colour()), colour, where, tags, edit, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        Label quote = new Label("“" + clip(item.quote(), 280) + "”");
        quote.getStyleClass().add("note-quote");
        quote.setWrapText(true);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(3, top, quote);
        if (!item.note().isBlank()) {
            Label note = new Label(item.note());
            note.getStyleClass().add("note-text");
            note.setWrapText(true);
            note.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(note);
        }
        box.getStyleClass().add("note-cell");
        box.prefWidthProperty().bind(owner.widthProperty().subtract(30));
        box.maxWidthProperty().bind(box.prefWidthProperty());
        return box;
    }

    private String storageLocation() {
        Path file = vm.shown().storageFileProperty().get();
        return file == null ? "" : file.toString();
    }

    /** {@code path} with a zero-width space after each separator, so a label can wrap it there. */
    static String breakable(String path) {
        return path == null ? "" : path.replace("/", "/\u200B").replace("\\", "\\\u200B");
    }

    static String clip(String s, int max) {
        String oneLine = s.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    ObservableList<AnnotationItem> items() {
        return list.getItems();
    }
}
