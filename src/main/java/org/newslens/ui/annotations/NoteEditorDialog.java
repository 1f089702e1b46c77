package org.newslens.ui.annotations;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newslens.annotation.HighlightColour;

/** The small editor for one highlight: its colour, note (free text) and tags (comma-separated). */
public final class NoteEditorDialog extends Dialog<NoteEditorDialog.Result> {

    /** What the user confirmed. */
    public record Result(String note, String tags, HighlightColour colour) {
    }

    private final TextArea note = new TextArea();
    private final TextField tags = new TextField();
    private final ToggleGroup colours = new ToggleGroup();

    public NoteEditorDialog(Window owner, NoteDraft draft, boolean focusTags) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(draft.isNew() ? "Add note" : "Edit highlight");
        setResizable(true);
        String q = draft.quote().replaceAll("\\s+", " ").strip();
        Label quote = new Label("“" + (q.length() > 240 ? q.substring(0, 239) + "…" : q) + "”");
        quote.setId("note-quote");
        quote.setWrapText(true);
        quote.getStyleClass().add("note-quote");

        HBox colourRow = new HBox(4);
        for (HighlightColour c : HighlightColour.values()) {
            ToggleButton b = new ToggleButton(AnnotationsViewModel.label(c), Swatch.of(c));
            b.setId("note-colour-" + c.id());
            b.setUserData(c);
            b.setToggleGroup(colours);
            b.setSelected(c == draft.colour());
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            colourRow.getChildren().add(b);
        }
        colours.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });

        note.setId("note-text");
        note.setPromptText("Your note (optional)");
        note.setWrapText(true);
        note.setPrefRowCount(5);
        note.setText(draft.note());
        // Ctrl+Enter confirms from inside the note; Tab moves on to the tags instead of typing a tab
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
                e.consume();
                if (e.isShiftDown()) {
                    ((ToggleButton) colours.getSelectedToggle()).requestFocus();
                } else {
                    tags.requestFocus();
                }
            }
        });
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                ((javafx.scene.control.Button) getDialogPane().lookupButton(ButtonType.OK)).fire();
            }
        });
        tags.setId("note-tags");
        tags.setPromptText("Tags, separated by commas");
        tags.setText(draft.tags());

        Label noteLabel = new Label("Note");
        Label tagsLabel = new Label("Tags");
        VBox box = new VBox(8, quote, colourRow, noteLabel, note, tagsLabel, tags);
        box.setPadding(new Insets(8, 8, 0, 8));
        getDialogPane().getStyleClass().add("newslens-dialog");
        if (owner != null && owner.getScene() != null) {
            // the window's theme class, so highlight swatches use the same palette as the reader
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(getDialogPane().getStyleClass()::add);
        }
        box.setPrefWidth(520);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(AnnotationsFeature.STYLESHEET);
        ButtonType ok = getDialogPane().getButtonTypes().get(0);
        getDialogPane().lookupButton(ok).setId("note-ok");
        ButtonBar.setButtonData(getDialogPane().lookupButton(ok), ButtonBar.ButtonData.OK_DONE);
        setResultConverter(button -> button == ButtonType.OK
                ? new Result(note.getText(), tags.getText(), (HighlightColour) colours.getSelectedToggle().getUserData())
                : null);
        setOnShown(e -> Platform.runLater(() -> (focusTags ? tags : note).requestFocus()));
        Tooltip.install(note, new Tooltip("Ctrl+Enter to save"));
    }

    /** Shows the editor and waits; empty when cancelled. */
    public Optional<Result> ask() {
        return showAndWait();
    }
}
