package org.newslens.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.newslens.article.TextRange;

/**
 * Where every jump in the reader lands (a search hit, an entity mention, a note, a quote): the whole target in
 * view with its first line about a third from the top, then a short flash over its lines that fades. Paragraphs
 * are one text-area line each and may wrap to many screen lines, so the target is placed by its own bounds, not
 * its paragraph's.
 */
final class JumpPlacement {
    /** Where the target's top goes, as a fraction of the viewport's height. */
    static final double TARGET_FRACTION = 1.0 / 3;
    private static final double MARGIN = 12;
    /** Past this many characters the flash is one box around the target, not one per screen line. */
    private static final int PER_LINE_LIMIT = 600;
    private static final int LAYOUT_RETRIES = 5;

    private final StyleClassedTextArea area;
    private final Pane flashLayer;
    private SequentialTransition flash;
    private TextRange pending;

    JumpPlacement(StyleClassedTextArea area, Pane flashLayer) {
        this.area = area;
        this.flashLayer = flashLayer;
        flashLayer.setMouseTransparent(true);
        flashLayer.setManaged(true);
        flashLayer.getStyleClass().add("jump-flash-layer");
    }

    /** Selects {@code range}, scrolls it to about a third from the top and flashes it. */
    void jumpTo(TextRange range) {
        area.selectRange(range.start(), range.end());
        pending = range;
        place(range, LAYOUT_RETRIES);
    }

    private void place(TextRange range, int retries) {
        if (range != pending) {
            return;
        }
        int line = area.offsetToPosition(range.start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(line);
        area.layout();
        Optional<Bounds> target = targetBounds(range);
        Bounds viewport = area.localToScreen(area.getLayoutBounds());
        if (target.isEmpty() || viewport == null || area.getViewportHeight() <= 0) {
            if (retries > 0) {
                // not laid out yet (an article just shown, a window not yet on screen): after the next pulse
                Platform.runLater(() -> place(range, retries - 1));
            }
            return;
        }
        double height = area.getViewportHeight();
        double top = target.get().getMinY() - viewport.getMinY();
        double wanted = Math.min(height * TARGET_FRACTION, Math.max(MARGIN, height - target.get().getHeight() - MARGIN));
        area.scrollYBy(top - wanted);
        area.layout();
        pending = null;
        flash(range);
    }

    /** The target's box on screen (an empty range: its caret spot). */
    private Optional<Bounds> targetBounds(TextRange range) {
        int end = Math.max(range.end(), Math.min(range.start() + 1, area.getLength()));
        return end > range.start() ? area.getCharacterBoundsOnScreen(range.start(), end) : Optional.empty();
    }

    private void flash(TextRange range) {
        if (flash != null) {
            flash.stop();
        }
        List<Rectangle> boxes = new ArrayList<>();
        for (Bounds b : lineBounds(range)) {
            Bounds local = flashLayer.screenToLocal(b);
            if (local == null) {
                continue;
            }
            Rectangle box = new Rectangle(local.getMinX() - 3, local.getMinY() - 1, local.getWidth() + 6, local.getHeight() + 2);
            box.getStyleClass().add("jump-flash");
            box.setArcWidth(6);
            box.setArcHeight(6);
            boxes.add(box);
        }
        flashLayer.getChildren().setAll(boxes);
        flashLayer.setOpacity(1);
        FadeTransition fade = new FadeTransition(Duration.millis(900), flashLayer);
        fade.setFromValue(1);
        fade.setToValue(0);
        flash = new SequentialTransition(new PauseTransition(Duration.millis(500)), fade);
        flash.setOnFinished(e -> flashLayer.getChildren().clear());
        flash.play();
    }

    /** One box per screen line the target covers (lines found by the characters' tops). */
    private List<Bounds> lineBounds(TextRange range) {
        List<Bounds> lines = new ArrayList<>();
        if (range.length() > PER_LINE_LIMIT) {
            targetBounds(range).ifPresent(lines::add);
            return lines;
        }
        Bounds current = null;
        String text = area.getText(range.start(), range.end());
        for (int i = range.start(); i < range.end(); i++) {
            if (text.charAt(i - range.start()) == '\n') {
                continue;
            }
            Optional<Bounds> c = area.getCharacterBoundsOnScreen(i, i + 1);
            if (c.isEmpty()) {
                continue;
            }
            Bounds b = c.get();
            if (current != null && Math.abs(b.getMinY() - current.getMinY()) < current.getHeight() / 2) {
                double minX = Math.min(current.getMinX(), b.getMinX());
                double maxX = Math.max(current.getMaxX(), b.getMaxX());
                current = new BoundingBox(minX, current.getMinY(), maxX - minX, Math.max(current.getHeight(), b.getHeight()));
            } else {
                if (current != null) {
                    lines.add(current);
                }
                current = b;
            }
        }
        if (current != null) {
            lines.add(current);
        }
        return lines;
    }
}
