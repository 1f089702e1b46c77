package org.newslens.ui.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.entities.CategoryStyle;

/**
 * Draws a {@link VisibleGraph} on one Canvas (measured against a scene-graph library: docs/benchmarks.md): nodes sized
 * by mentions in their category's colours, links as thick as their weight. The {@link ForceLayout} runs on each frame
 * until it settles, and the view follows it until the user zooms (wheel) or pans (drag the background). Dragging a
 * node pins it there; clicking a link picks it; double-clicking a node asks for its page.
 */
public final class GraphCanvas extends Region {
    /** Layout work per frame, so dragging and zooming stay smooth while it settles. */
    private static final long STEP_BUDGET_NANOS = 8_000_000;
    private static final double LINK_HIT = 5;
    /** Links are drawn in this many widths, by weight. */
    private static final int WIDTHS = 5;

    private final Canvas canvas = new Canvas();
    private final AnimationTimer timer;
    private VisibleGraph graph = VisibleGraph.EMPTY;
    private ForceLayout layout = new ForceLayout(0, new int[0], new int[0], new int[0], 1);
    private double[] radius = new double[0];
    private int[] widthClass = new int[0];
    private LabelPlacement.Sizes labelSizes = LabelPlacement.Sizes.of(List.of(), new double[0]);
    private List<Bounds> labels = List.of();
    private final Color[] fills = new Color[EntityLabel.values().length];
    private final Color[] lines = new Color[EntityLabel.values().length];
    private double scale = 1;
    private double tx;
    private double ty;
    private boolean userView;
    private boolean dark;
    private CooccurrenceGraph.Edge picked;
    private int hover = -1;
    private int dragging = -1;
    private double lastX;
    private double lastY;
    private boolean moved;
    private Consumer<CooccurrenceGraph.Edge> onLink = e -> { };
    private Consumer<CooccurrenceGraph.Node> onNode = n -> { };

    public GraphCanvas() {
        getStyleClass().add("graph-canvas");
        setDark(false);
        getChildren().add(canvas);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /**
     * Shows another graph, laid out from {@code seed}; the nodes also in the graph shown before (the same entity: category
     * and name, any case) keep their places, dragged ones stay pinned, and the view stays where the user put it.
     */
    public void show(VisibleGraph g, long seed) {
        ForceLayout before = layout;
        int[] was = g.placesIn(graph);
        graph = g;
        layout = new ForceLayout(g.nodes().size(), g.from(), g.to(), g.weights(), seed);
        layout.carryOver(before, was);
        boolean kept = Arrays.stream(was).anyMatch(i -> i >= 0);
        int maxMentions = g.nodes().stream().mapToInt(CooccurrenceGraph.Node::mentions).max().orElse(1);
        radius = new double[g.nodes().size()];
        for (int i = 0; i < radius.length; i++) {
            radius[i] = 4 + 14 * Math.sqrt((double) g.nodes().get(i).mentions() / maxMentions);
        }
        int maxWeight = g.edges().stream().mapToInt(CooccurrenceGraph.Edge::weight).max().orElse(1);
        widthClass = new int[g.edges().size()];
        for (int i = 0; i < widthClass.length; i++) {
            widthClass[i] = 1 + (int) Math.round((WIDTHS - 1) * Math.log1p(g.edges().get(i).weight()) / Math.log1p(Math.max(2, maxWeight)));
        }
        labelSizes = LabelPlacement.Sizes.of(g.nodes().stream().map(CooccurrenceGraph.Node::name).toList(), radius);
        hover = -1;
        dragging = -1;
        userView &= kept;
        timer.start();
        draw();
    }

    public void setDark(boolean dark) {
        this.dark = dark;
        for (EntityLabel label : EntityLabel.values()) {
            // the reader's translucent tint, made more opaque: a node must read against links, not text
            fills[label.ordinal()] = Color.web(CategoryStyle.tint(label, dark)).deriveColor(0, 1, 1, 2.4);
            lines[label.ordinal()] = Color.web(CategoryStyle.line(label, dark));
        }
        draw();
    }

    /** The link drawn as picked (its evidence listed), or null. */
    public void setPicked(CooccurrenceGraph.Edge edge) {
        picked = edge;
        draw();
    }

    public void setOnLink(Consumer<CooccurrenceGraph.Edge> handler) {
        onLink = handler;
    }

    public void setOnNode(Consumer<CooccurrenceGraph.Node> handler) {
        onNode = handler;
    }

    public ForceLayout forceLayout() {
        return layout;
    }

    public VisibleGraph graph() {
        return graph;
    }

    /** Where node {@code i} is drawn, in this region's coordinates. */
    public Point2D nodePoint(int i) {
        return new Point2D(layout.x(i) * scale + tx, layout.y(i) * scale + ty);
    }

    /** The middle of link {@code e} as drawn, in this region's coordinates. */
    public Point2D linkPoint(int e) {
        return nodePoint(graph.from()[e]).midpoint(nodePoint(graph.to()[e]));
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void frame() {
        long start = System.nanoTime();
        while (!layout.settled() && System.nanoTime() - start < STEP_BUDGET_NANOS) {
            layout.step();
        }
        if (!userView) {
            fit();
        }
        draw();
        if (layout.settled()) {
            timer.stop();
        }
    }

    /** Scales and centres the view on the whole layout. */
    private void fit() {
        if (layout.size() == 0 || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < layout.size(); i++) {
            minX = Math.min(minX, layout.x(i) - radius[i]);
            maxX = Math.max(maxX, layout.x(i) + radius[i]);
            minY = Math.min(minY, layout.y(i) - radius[i]);
            maxY = Math.max(maxY, layout.y(i) + radius[i] + 14);
        }
        double margin = 24;
        scale = Math.min(1.5, Math.min((getWidth() - 2 * margin) / Math.max(1, maxX - minX), (getHeight() - 2 * margin) / Math.max(1, maxY - minY)));
        tx = getWidth() / 2 - (minX + maxX) / 2 * scale;
        ty = getHeight() / 2 - (minY + maxY) / 2 * scale;
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web(dark ? "#0d1117" : "#ffffff"));
        g.fillRect(0, 0, w, h);
        drawLinks(g);
        g.setFont(LabelPlacement.FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Color text = Color.web(dark ? "#e6edf3" : "#1f2328");
        boolean labelAll = layout.size() <= 80 || scale >= 2;
        for (int i = 0; i < layout.size(); i++) {
            double r = radius[i] * scale;
            double x = sx(i);
            double y = sy(i);
            if (x + r < 0 || y + r < 0 || x - r > w || y - r > h) {
                continue;
            }
            int c = graph.category(i).ordinal();
            g.setFill(fills[c]);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(lines[c]);
            g.setLineWidth(layout.pinned(i) ? 3 : 1.5);
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.setFill(text);
        LabelPlacement place = new LabelPlacement(w, h);
        if (hover >= 0 && hover < layout.size()) {
            label(g, place, hover);
        }
        for (int i : labelSizes.bySize()) {
            if (i != hover && (labelAll || i < 40)) {
                label(g, place, i);
            }
        }
        labels = place.placed();
    }

    /** Node {@code i}'s name under it, inside the canvas, unless it would cover a bigger node's (placed before). */
    private void label(GraphicsContext g, LabelPlacement place, int i) {
        double r = radius[i] * scale;
        double x = sx(i);
        double y = sy(i);
        if (x + r < 0 || y + r < 0 || x - r > canvas.getWidth() || y - r > canvas.getHeight()) {
            return;
        }
        Bounds box = place.place(x, y, r, labelSizes.widths()[i], labelSizes.height());
        if (box != null) {
            g.fillText(graph.nodes().get(i).name(), box.getMinX(), box.getMinY());
        }
    }

    /** The boxes of the labels drawn last, in canvas coordinates. */
    public List<Bounds> labelBoxes() {
        return labels;
    }

    /** One path per width class, so 5,000 links are a handful of strokes; the picked link on top. */
    private void drawLinks(GraphicsContext g) {
        int[] from = graph.from();
        int[] to = graph.to();
        g.setStroke(Color.web(dark ? "rgba(201, 209, 217, 0.28)" : "rgba(87, 96, 106, 0.32)"));
        for (int width = 1; width <= WIDTHS; width++) {
            g.beginPath();
            boolean any = false;
            for (int e = 0; e < from.length; e++) {
                if (widthClass[e] == width) {
                    g.moveTo(sx(from[e]), sy(from[e]));
                    g.lineTo(sx(to[e]), sy(to[e]));
                    any = true;
                }
            }
            if (any) {
                g.setLineWidth(width * Math.sqrt(scale));
                g.stroke();
            }
        }
        int at = pickedIndex();
        if (at >= 0) {
            g.setStroke(Color.web(dark ? "#ff7b72" : "#cf222e"));
            g.setLineWidth(WIDTHS * Math.sqrt(scale) + 1);
            g.strokeLine(sx(from[at]), sy(from[at]), sx(to[at]), sy(to[at]));
        }
    }

    private int pickedIndex() {
        for (int e = 0; picked != null && e < graph.edges().size(); e++) {
            if (graph.edges().get(e) == picked) {
                return e;
            }
        }
        return -1;
    }

    private double sx(int i) {
        return layout.x(i) * scale + tx;
    }

    private double sy(int i) {
        return layout.y(i) * scale + ty;
    }

    private int nodeAt(double x, double y) {
        for (int i = layout.size() - 1; i >= 0; i--) {
            double r = radius[i] * scale + 3;
            double ddx = x - sx(i);
            double ddy = y - sy(i);
            if (ddx * ddx + ddy * ddy <= r * r) {
                return i;
            }
        }
        return -1;
    }

    private int linkAt(double x, double y) {
        int best = -1;
        double bestDistance = LINK_HIT;
        for (int e = 0; e < graph.from().length; e++) {
            double d = distanceToSegment(x, y, sx(graph.from()[e]), sy(graph.from()[e]), sx(graph.to()[e]), sy(graph.to()[e]));
            if (d <= bestDistance) {
                bestDistance = d;
                best = e;
            }
        }
        return best;
    }

    static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double vx = bx - ax;
        double vy = by - ay;
        double len2 = vx * vx + vy * vy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
        return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        moved = false;
        dragging = e.getButton() == MouseButton.PRIMARY ? nodeAt(e.getX(), e.getY()) : -1;
    }

    private void dragged(MouseEvent e) {
        moved |= Math.hypot(e.getX() - lastX, e.getY() - lastY) > 2;
        if (!moved) {
            return;
        }
        if (dragging >= 0) {
            moveNode(dragging, (e.getX() - tx) / scale, (e.getY() - ty) / scale);
        } else {
            tx += e.getX() - lastX;
            ty += e.getY() - lastY;
            userView = true;
            lastX = e.getX();
            lastY = e.getY();
            draw();
        }
    }

    /** Puts node {@code i} at layout position (x, y) and keeps it there, as dragging it does; the others follow. */
    public void moveNode(int i, double x, double y) {
        layout.pin(i, x, y);
        userView = true;
        timer.start();
    }

    private void released(MouseEvent e) {
        if (!moved && e.getButton() == MouseButton.PRIMARY) {
            int node = nodeAt(e.getX(), e.getY());
            if (node >= 0 && e.getClickCount() == 2) {
                onNode.accept(graph.nodes().get(node));
            } else if (node < 0) {
                int link = linkAt(e.getX(), e.getY());
                onLink.accept(link < 0 ? null : graph.edges().get(link));
            }
        }
        dragging = -1;
    }

    private void hovered(MouseEvent e) {
        int now = nodeAt(e.getX(), e.getY());
        if (now != hover) {
            hover = now;
            draw();
        }
    }

    private void scrolled(ScrollEvent e) {
        double factor = Math.pow(1.0015, e.getDeltaY());
        double next = Math.max(0.05, Math.min(20, scale * factor));
        tx = e.getX() - (e.getX() - tx) * next / scale;
        ty = e.getY() - (e.getY() - ty) * next / scale;
        scale = next;
        userView = true;
        draw();
        e.consume();
    }

    /** Stops the animation (the window closes). */
    public void stop() {
        timer.stop();
    }
}
