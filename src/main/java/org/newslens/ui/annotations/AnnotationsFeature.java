package org.newslens.ui.annotations;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Font;
import javafx.stage.Window;
import java.util.function.Function;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newslens.annotation.AnnotationEditor;
import org.newslens.annotation.EntityCorrection;
import org.newslens.annotation.HighlightColour;
import org.newslens.article.TextRange;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.action.Action;
import org.newslens.ui.action.ActionControls;
import org.newslens.ui.action.ActionRegistry;
import org.newslens.ui.controls.Banners;
import org.newslens.ui.main.MainView;
import org.newslens.ui.reader.ReaderView;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * Puts annotating into the window: the highlight toolbar, the Notes side pane, the annotation banner, the
 * Edit menu (undo/redo, highlight, note), keys 1–5 and the reader's context menu with highlight and entity
 * correction actions. Views only; every action goes to {@link AnnotationsViewModel} or
 * {@link CorrectionsViewModel}.
 */
public final class AnnotationsFeature {
    /** The stylesheet of highlights, the Notes panel and the dialogs. */
    public static final String STYLESHEET = AnnotationsFeature.class.getResource("/org/newslens/ui/annotations/annotations.css").toExternalForm();

    private final AnnotationsViewModel vm;
    private final CorrectionsViewModel corrections;
    private final ReaderViewModel reader;
    private final StyleClassedTextArea area;
    private final Consumer<String> status;
    private final ActionRegistry actions;
    private final AnnotationsPanel panel;
    private final ContextMenu contextMenu = new ContextMenu();
    private final List<Function<TextRange, List<MenuItem>>> moreItems = new java.util.ArrayList<>();
    private final Menu editMenu = new Menu("_Edit");
    private final Tab notesTab;

    public AnnotationsFeature(MainView main, ReaderView readerView, ReaderViewModel reader, AnnotationsViewModel vm,
                              CorrectionsViewModel corrections, Consumer<String> status) {
        this.vm = vm;
        this.corrections = corrections;
        this.reader = reader;
        this.area = readerView.textArea();
        this.status = status;
        this.actions = main.actions();
        registerActions();
        main.getStylesheets().add(STYLESHEET);
        // on the reader too, after its own sheet, so a highlight's background wins over an entity's tint
        readerView.addStylesheet(STYLESHEET);
        this.panel = new AnnotationsPanel(vm, this);
        main.addToolBar(new HighlightToolbar(vm, actions));
        main.addBanner(banner());
        this.notesTab = main.addSidePane("Notes", panel);
        new HighlightPicker(area, reader, vm, panel, status);
        buildEditMenu();
        main.menuBar().getMenus().add(Math.min(1, main.menuBar().getMenus().size()), editMenu);
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::readerKeys);
        area.setOnContextMenuRequested(this::showContextMenu);
        contextMenu.setId("reader-context-menu");
        // a popup takes its owner's font: keep the menus in the interface face, not the reading face
        Font ui = Font.getDefault();
        contextMenu.setStyle("-fx-font-family: \"" + ui.getFamily() + "\"; -fx-font-size: " + ui.getSize() + "px;");
        vm.messageProperty().addListener((obs, old, m) -> {
            if (m != null && !m.isBlank()) {
                status.accept(m);
            }
        });
    }

    public AnnotationsPanel panel() {
        return panel;
    }

    /** The Notes side pane's tab (View ▸ Notes brings it to the front). */
    public Tab notesTab() {
        return notesTab;
    }

    public Menu editMenu() {
        return editMenu;
    }

    void status(String message) {
        status.accept(message);
    }

    private Message banner() {
        return Banners.of("annotations-banner", "Annotations", vm.shown().notice(), Styles.WARNING, "banner");
    }

    /** The id of the action that highlights the selection in {@code colour}: "highlight-yellow". */
    static String highlightAction(HighlightColour colour) {
        return "highlight-" + colour.id();
    }

    private void registerActions() {
        BooleanBinding canMark = Bindings.createBooleanBinding(
                () -> vm.shown().readyProperty().get() && !reader.selectionProperty().get().isEmpty(),
                vm.shown().readyProperty(), reader.selectionProperty());
        actions.register(Action.of("undo", "Edit", "Undo", vm::undo).withShortcut("Shortcut+Z")
                .enabledWhen(vm.history().canUndoProperty()).withText(vm.history().undoTextProperty()));
        actions.register(Action.of("redo", "Edit", "Redo", vm::redo).withShortcut("Shortcut+Shift+Z")
                .enabledWhen(vm.history().canRedoProperty()).withText(vm.history().redoTextProperty()));
        HighlightColour[] all = HighlightColour.values();
        for (int i = 0; i < all.length; i++) {
            HighlightColour c = all[i];
            actions.register(Action.of(highlightAction(c), "Highlight the selection", AnnotationsViewModel.label(c),
                    () -> vm.highlightSelection(c)).withReaderShortcut(Integer.toString(i + 1)).enabledWhen(canMark));
        }
        actions.register(Action.of("note", "Edit", "Add _Note…", () -> editNoteAt(reader.selectionProperty().get(), false))
                .enabledWhen(canMark));
        actions.register(Action.of("tags", "Edit", "_Tags…", () -> editNoteAt(reader.selectionProperty().get(), true))
                .enabledWhen(canMark));
        actions.register(Action.of("remove-highlight", "Edit", "_Remove Highlight",
                () -> vm.removeHighlights(reader.selectionProperty().get())).withReaderShortcut("Delete")
                .enabledWhen(Bindings.createBooleanBinding(() -> !vm.itemsAt(reader.selectionProperty().get()).isEmpty(),
                        reader.selectionProperty(), vm.shown().annotations())));
    }

    private void buildEditMenu() {
        editMenu.setId("menu-edit");
        Menu highlight = new Menu("_Highlight Selection");
        for (HighlightColour c : HighlightColour.values()) {
            highlight.getItems().add(ActionControls.menuItem(actions.get(highlightAction(c)), Swatch.of(c)));
        }
        highlight.disableProperty().bind(Bindings.not(actions.get(highlightAction(HighlightColour.values()[0])).enabled()));
        editMenu.getItems().addAll(ActionControls.menuItem(actions.get("undo")), ActionControls.menuItem(actions.get("redo")),
                new SeparatorMenuItem(), highlight, ActionControls.menuItem(actions.get("note")),
                ActionControls.menuItem(actions.get("remove-highlight")));
    }

    /** Keys 1–5 highlight the selection, Delete removes the highlight there; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo. */
    private void readerKeys(KeyEvent e) {
        if (e.isShortcutDown() && !e.isAltDown()) {
            if (e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) {
                    vm.redo();
                } else {
                    vm.undo();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.Y && !e.isShiftDown()) {
                vm.redo();
                e.consume();
            }
            return;
        }
        if (e.isAltDown() || e.isShiftDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            if (actions.get("remove-highlight").run()) {
                e.consume();
            }
            return;
        }
        int digit = digit(e.getCode());
        if (digit > 0 && vm.highlightSelectionWithKey(digit)) {
            e.consume();
        }
    }

    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> 0;
        };
    }

    // ---- notes

    /** Add note… / Tags…: edits the highlight at the range, or highlights the range with a note. */
    public void editNoteAt(TextRange range, boolean focusTags) {
        Optional<NoteDraft> draft = vm.draftFor(range);
        draft.ifPresent(d -> new NoteEditorDialog(owner(), d, focusTags).ask()
                .ifPresent(r -> vm.saveDraft(d, range, r.note(), r.tags(), r.colour())));
    }

    void editItem(AnnotationItem item) {
        NoteDraft d = vm.draftOf(item);
        new NoteEditorDialog(owner(), d, false).ask().ifPresent(r -> vm.edit(item.id(), r.note(), r.tags(), r.colour()));
    }

    private Window owner() {
        return area.getScene() == null ? null : area.getScene().getWindow();
    }

    // ---- the reader's context menu

    private void showContextMenu(ContextMenuEvent e) {
        TextRange selection = reader.selectionProperty().get();
        int at = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        TextRange target = !selection.isEmpty() && (at < 0 || selection.start() <= at && at <= selection.end())
                ? selection
                : at >= 0 ? new TextRange(at, at) : selection;
        contextMenu.getItems().setAll(menuFor(target));
        contextMenu.show(area, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The context menu's items for a target: the selection, or the spot clicked (an empty range). */
    List<MenuItem> menuFor(TextRange target) {
        boolean ready = vm.shown().readyProperty().get();
        Menu highlight = new Menu("Highlight");
        highlight.setId("ctx-highlight");
        HighlightColour[] all = HighlightColour.values();
        for (HighlightColour c : all) {
            highlight.getItems().add(ActionControls.contextItem(actions.get(highlightAction(c)), "ctx-highlight-" + c.id(),
                    Swatch.of(c), true, () -> vm.highlight(target, c)));
        }
        highlight.setDisable(!ready || target.isEmpty());
        List<MenuItem> items = new java.util.ArrayList<>();
        items.add(highlight);
        if (!target.isEmpty()) {
            String phrase = AnnotationEditor.shorten(reader.getArticle().text().substring(target.start(), target.end()));
            Menu every = new Menu("Highlight Every “" + phrase + "”");
            every.setMnemonicParsing(false);
            for (HighlightColour c : all) {
                MenuItem item = new MenuItem(AnnotationsViewModel.label(c), Swatch.of(c));
                item.setOnAction(ev -> vm.highlightEveryOccurrence(target, c));
                every.getItems().add(item);
            }
            every.setDisable(!ready);
            items.add(every);
        }
        boolean onHighlight = !vm.itemsAt(target).isEmpty();
        boolean hasNote = vm.itemsAt(target).stream().anyMatch(a -> a.note() != null && !a.note().isBlank());
        MenuItem note = new MenuItem(hasNote ? "Edit Note…" : "Add Note…");
        note.setId("ctx-note");
        note.setDisable(!ready || target.isEmpty() && !onHighlight);
        note.setOnAction(ev -> editNoteAt(target, false));
        MenuItem remove = ActionControls.contextItem(actions.get("remove-highlight"), "ctx-remove-highlight", null,
                onHighlight, () -> vm.removeHighlights(target));
        MenuItem copy = new MenuItem("Copy");
        copy.setDisable(reader.selectionProperty().get().isEmpty());
        copy.setOnAction(ev -> area.copy());
        items.addAll(List.of(note, remove, new SeparatorMenuItem(), copy));
        corrections.targetFor(target).ifPresent(t -> {
            items.add(new SeparatorMenuItem());
            items.addAll(correctionItems(t));
        });
        for (Function<TextRange, List<MenuItem>> more : moreItems) {
            List<MenuItem> extra = more.apply(target);
            if (!extra.isEmpty()) {
                items.add(new SeparatorMenuItem());
                items.addAll(extra);
            }
        }
        return items;
    }

    /** Lets another feature add items to the reader's context menu for its target (the selection or the spot clicked). */
    public void addContextItems(Function<TextRange, List<MenuItem>> items) {
        moreItems.add(items);
    }

    private List<MenuItem> correctionItems(CorrectionTarget t) {
        String quoted = "“" + AnnotationEditor.shorten(t.text()) + "”";
        MenuItem header = new MenuItem(t.isMention()
                ? "Entity " + quoted + ": " + t.mention().label().displayName() + (t.entity() != null && !t.entity().name().equals(t.text())
                        ? " (" + t.entity().name() + ")" : "")
                : "Entity " + quoted + ": not recognised");
        header.setMnemonicParsing(false);
        header.setDisable(true);
        Menu one = correctionMenu("Correct This Mention", t, EntityCorrection.Scope.THIS);
        one.setId("ctx-correct-this");
        Menu every = correctionMenu("Correct Every " + quoted + " (" + t.occurrences() + ")", t, EntityCorrection.Scope.ALL);
        every.setId("ctx-correct-every");
        List<MenuItem> out = new java.util.ArrayList<>(List.of(header, one, every));
        if (t.isMention() && t.entity() != null) {
            List<Entity> choices = corrections.mergeChoices(t);
            if (!choices.isEmpty()) {
                Menu merge = new Menu("Merge Entity “" + AnnotationEditor.shorten(t.entity().name()) + "” Into");
                merge.setMnemonicParsing(false);
                merge.setId("ctx-merge-entity");
                for (Entity e : choices) {
                    MenuItem item = new MenuItem(e.name() + "  (" + e.label().displayName() + ", " + e.mentions() + ")");
                    item.setMnemonicParsing(false);
                    item.setOnAction(ev -> corrections.mergeEntity(t, e));
                    merge.getItems().add(item);
                }
                out.add(merge);
            }
        }
        return out;
    }

    private Menu correctionMenu(String title, CorrectionTarget t, EntityCorrection.Scope scope) {
        Menu menu = new Menu(title);
        menu.setMnemonicParsing(false);
        String scopeId = scope == EntityCorrection.Scope.THIS ? "this" : "every";
        for (EntityLabel l : EntityLabel.values()) {
            boolean current = t.isMention() && t.mention().label() == l;
            MenuItem mark = new MenuItem((t.isMention() ? "Change to " : "Mark as ") + l.displayName() + (current ? "  (current)" : ""));
            mark.setId("ctx-mark-" + scopeId + "-" + l.id());
            mark.setDisable(current && scope == EntityCorrection.Scope.THIS);
            mark.setOnAction(ev -> corrections.markAs(t, l, scope));
            menu.getItems().add(mark);
        }
        if (t.isMention()) {
            MenuItem remove = new MenuItem("Not an Entity");
            remove.setId("ctx-remove-" + scopeId);
            remove.setOnAction(ev -> corrections.remove(t, scope));
            MenuItem split = new MenuItem("Split “" + AnnotationEditor.shorten(t.text()) + "” Into Its Own Entity");
            split.setMnemonicParsing(false);
            split.setId("ctx-split-" + scopeId);
            split.setDisable(t.entity() != null && t.entity().name().equals(t.text()) && t.entity().aliases().isEmpty());
            split.setOnAction(ev -> corrections.split(t, scope));
            menu.getItems().addAll(new SeparatorMenuItem(), remove, split);
            List<Entity> choices = corrections.mergeChoices(t);
            if (!choices.isEmpty()) {
                Menu join = new Menu("Same Entity As");
                join.setId("ctx-assign-" + scopeId);
                for (Entity e : choices) {
                    MenuItem item = new MenuItem(e.name() + "  (" + e.label().displayName() + ")");
                    item.setMnemonicParsing(false);
                    item.setOnAction(ev -> corrections.assign(t, e, scope));
                    join.getItems().add(item);
                }
                menu.getItems().add(join);
            }
        }
        return menu;
    }
}
