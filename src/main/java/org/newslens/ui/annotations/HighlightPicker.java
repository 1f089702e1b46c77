package org.newslens.ui.annotations;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newslens.article.TextRange;
import org.newslens.ui.reader.ReaderViewModel;

/**
 * A click on a highlight picks it: its passage is selected (so Note…, Tags… and Remove Highlight act on it, and
 * Delete removes it), its row in the Notes pane is selected and its note is shown in the status bar.
 */
final class HighlightPicker {
    private final StyleClassedTextArea area;
    private final ReaderViewModel reader;
    private final AnnotationsViewModel vm;
    private final AnnotationsPanel panel;
    private final Consumer<String> status;

    HighlightPicker(StyleClassedTextArea area, ReaderViewModel reader, AnnotationsViewModel vm, AnnotationsPanel panel,
                    Consumer<String> status) {
        this.area = area;
        this.reader = reader;
        this.vm = vm;
        this.panel = panel;
        this.status = status;
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    private void clicked(MouseEvent e) {
        boolean plainClick = e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()
                && !e.isShiftDown() && !e.isAltDown() && !e.isShortcutDown();
        if (!plainClick || !reader.selectionProperty().get().isEmpty()) {
            return;
        }
        int at = area.hit(e.getX(), e.getY()).getCharacterIndex().orElse(-1);
        if (at >= 0) {
            pick(at);
        }
    }

    /** Picks the highlight covering the character at {@code offset} (the shortest, where several overlap); false if none. */
    boolean pick(int offset) {
        List<AnnotationItem> here = vm.itemsAt(new TextRange(offset, offset));
        if (here.isEmpty()) {
            return false;
        }
        AnnotationItem item = here.stream().min(Comparator.comparingInt(i -> i.end() - i.start())).orElseThrow();
        reader.selectInPlace(item.start(), item.end());
        panel.list().getSelectionModel().select(item);
        panel.list().scrollTo(item);
        status.accept(describe(item));
        return true;
    }

    /** "Yellow highlight, ¶ 3 — note: check the figure  (Delete removes it)" */
    static String describe(AnnotationItem item) {
        String note = item.note().isBlank() ? "no note" : "note: " + AnnotationsPanel.clip(item.note(), 120);
        String tags = item.tags().isEmpty() ? "" : "  · tags: " + item.tagsText();
        return AnnotationsViewModel.label(item.colour()) + " highlight, ¶ " + item.paragraph() + " — " + note + tags
                + "  (Delete removes it)";
    }
}
