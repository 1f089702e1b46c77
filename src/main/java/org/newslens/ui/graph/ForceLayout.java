package org.newslens.ui.graph;

import java.util.Arrays;
import java.util.Random;

/**
 * A force-directed layout (Fruchterman–Reingold with cooling and a pull to the centre) over plain arrays, free of
 * JavaFX so it is tested and measured without a window. Linked nodes attract (more the heavier the link), all
 * nodes repel; each {@link #step} moves every free node by at most the current temperature, which cools, so the
 * layout settles: {@link #settled()} once no node moved more than {@link #SETTLED} in the last step. The same
 * graph and seed give the same positions. Pinned nodes stay where they were put.
 */
public final class ForceLayout {
    /** Below this largest movement of a step (in layout units) the layout counts as settled. */
    public static final double SETTLED = 0.3;
    private static final double COOLING = 0.96;
    private static final double GRAVITY = 0.05;

    private final int n;
    private final int[] from;
    private final int[] to;
    private final double[] strength;
    private final double[] x;
    private final double[] y;
    private final double[] dx;
    private final double[] dy;
    private final boolean[] pinned;
    private final double ideal;
    private double temperature;
    private double lastMove = Double.MAX_VALUE;
    private int steps;

    /**
     * @param nodes   number of nodes
     * @param from    each link's one end
     * @param to      each link's other end
     * @param weights each link's weight (shared sentences)
     * @param seed    where the nodes start (a circle of random jitter drawn from it)
     */
    public ForceLayout(int nodes, int[] from, int[] to, int[] weights, long seed) {
        if (from.length != to.length || from.length != weights.length) {
            throw new IllegalArgumentException("from, to and weights must be as long as each other");
        }
        this.n = nodes;
        this.from = from.clone();
        this.to = to.clone();
        this.strength = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            strength[i] = 1 + Math.log(Math.max(1, weights[i]));
        }
        this.x = new double[n];
        this.y = new double[n];
        this.dx = new double[n];
        this.dy = new double[n];
        this.pinned = new boolean[n];
        // the area grows with the nodes, so a node has about the same room whatever their number
        double side = 90 * Math.sqrt(Math.max(1, n));
        this.ideal = side / Math.sqrt(Math.max(1, n)) * 0.9;
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(1, n);
            double r = side / 2 * (0.5 + 0.5 * random.nextDouble());
            x[i] = r * Math.cos(angle);
            y[i] = r * Math.sin(angle);
        }
        this.temperature = side / 8;
    }

    /** One round of forces; returns the largest distance a node moved. */
    public double step() {
        Arrays.fill(dx, 0);
        Arrays.fill(dy, 0);
        double k2 = ideal * ideal;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ddx = x[i] - x[j];
                double ddy = y[i] - y[j];
                double d2 = ddx * ddx + ddy * ddy;
                if (d2 < 1e-4) {
                    // two nodes on the same spot: part them along a direction fixed by their numbers
                    ddx = 0.01 * ((i * 31 + j) % 7 - 3 + 0.5);
                    ddy = 0.01 * ((i * 17 + j) % 5 - 2 + 0.5);
                    d2 = ddx * ddx + ddy * ddy;
                }
                double f = k2 / d2;
                dx[i] += ddx * f;
                dy[i] += ddy * f;
                dx[j] -= ddx * f;
                dy[j] -= ddy * f;
            }
        }
        for (int e = 0; e < from.length; e++) {
            int a = from[e];
            int b = to[e];
            double ddx = x[a] - x[b];
            double ddy = y[a] - y[b];
            double d = Math.sqrt(ddx * ddx + ddy * ddy);
            double f = d * strength[e] / ideal;
            dx[a] -= ddx * f;
            dy[a] -= ddy * f;
            dx[b] += ddx * f;
            dy[b] += ddy * f;
        }
        double moved = 0;
        for (int i = 0; i < n; i++) {
            if (pinned[i]) {
                continue;
            }
            dx[i] -= x[i] * GRAVITY * ideal / 10;
            dy[i] -= y[i] * GRAVITY * ideal / 10;
            double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
            if (len > 0) {
                double by = Math.min(len, temperature);
                x[i] += dx[i] / len * by;
                y[i] += dy[i] / len * by;
                moved = Math.max(moved, by);
            }
        }
        temperature *= COOLING;
        lastMove = moved;
        steps++;
        return moved;
    }

    /** True once the last step moved no node more than {@link #SETTLED}. */
    public boolean settled() {
        return lastMove < SETTLED;
    }

    /** Steps until settled or {@code maxSteps} were taken; returns the steps taken. */
    public int settle(int maxSteps) {
        int taken = 0;
        while (!settled() && taken < maxSteps) {
            step();
            taken++;
        }
        return taken;
    }

    /** Puts node {@code i} at a place of the user's choosing and keeps it there; the others adjust around it. */
    public void pin(int i, double px, double py) {
        x[i] = px;
        y[i] = py;
        pinned[i] = true;
        reheat();
    }

    /**
     * Starts from another layout of (partly) the same nodes: node {@code i} takes the place of node {@code before[i]}
     * there (and stays pinned if it was), a node new to the graph starts beside the nodes it links to that were there;
     * the layout then only adjusts (its temperature is that of a nudge, not of a fresh start). {@code before[i]} is -1
     * for a new node.
     */
    public void carryOver(ForceLayout old, int[] before) {
        boolean[] placed = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (before[i] >= 0) {
                x[i] = old.x[before[i]];
                y[i] = old.y[before[i]];
                pinned[i] = old.pinned[before[i]];
                placed[i] = true;
                any = true;
            }
        }
        if (!any) {
            return;
        }
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        int[] count = new int[n];
        for (int e = 0; e < from.length; e++) {
            addNeighbour(to[e], from[e], placed, sumX, sumY, count);
            addNeighbour(from[e], to[e], placed, sumX, sumY, count);
        }
        for (int i = 0; i < n; i++) {
            if (!placed[i] && count[i] > 0) {
                // beside its neighbours, not on them: a fixed offset by its number
                double angle = i * 2.399963;
                x[i] = sumX[i] / count[i] + ideal / 2 * Math.cos(angle);
                y[i] = sumY[i] / count[i] + ideal / 2 * Math.sin(angle);
            }
        }
        temperature = ideal / 4;
        lastMove = Double.MAX_VALUE;
    }

    private void addNeighbour(int node, int neighbour, boolean[] placed, double[] sumX, double[] sumY, int[] count) {
        if (!placed[node] && placed[neighbour]) {
            sumX[node] += x[neighbour];
            sumY[node] += y[neighbour];
            count[node]++;
        }
    }

    public boolean pinned(int i) {
        return pinned[i];
    }

    /** Lets the layout move again a little (after a node was moved), without undoing what it found. */
    public void reheat() {
        temperature = Math.max(temperature, ideal / 4);
        lastMove = Double.MAX_VALUE;
    }

    public int size() {
        return n;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Steps taken so far. */
    public int steps() {
        return steps;
    }

    /** The distance linked nodes tend to keep, in layout units. */
    public double idealDistance() {
        return ideal;
    }
}
