package org.newslens.ui.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Where the node labels of one frame go: each under its node (over it at the bottom edge), moved inside the canvas,
 * and left out when it would cover a label placed before it (the caller places the bigger nodes' labels first).
 */
final class LabelPlacement {
    static final Font FONT = Font.font(11);
    private static final double PAD = 2;
    private final double width;
    private final double height;
    private final List<Bounds> placed = new ArrayList<>();

    LabelPlacement(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The box of a {@code w} × {@code h} label of the node at ({@code x}, {@code y}) of radius {@code r}; null to leave it out. */
    Bounds place(double x, double y, double r, double w, double h) {
        double left = Math.max(PAD, Math.min(x - w / 2, width - PAD - w));
        double top = y + r + 2;
        if (top + h > height - PAD) {
            top = y - r - 2 - h;
        }
        Bounds box = new BoundingBox(left, Math.max(PAD, top), w, h);
        for (Bounds other : placed) {
            if (other.intersects(box)) {
                return null;
            }
        }
        placed.add(box);
        return box;
    }

    /** The labels' sizes in {@link #FONT}, and the nodes biggest first (by {@code radius}): measured once per graph, not per frame. */
    record Sizes(double[] widths, double height, int[] bySize) {
        static Sizes of(List<String> names, double[] radius) {
            Text measure = new Text("Mg");
            measure.setFont(FONT);
            double height = measure.getLayoutBounds().getHeight();
            double[] widths = new double[names.size()];
            for (int i = 0; i < widths.length; i++) {
                measure.setText(names.get(i));
                widths[i] = measure.getLayoutBounds().getWidth();
            }
            int[] bySize = IntStream.range(0, widths.length).boxed()
                    .sorted((a, b) -> Double.compare(radius[b], radius[a])).mapToInt(Integer::intValue).toArray();
            return new Sizes(widths, height, bySize);
        }
    }

    /** The labels placed so far. */
    List<Bounds> placed() {
        return List.copyOf(placed);
    }
}
