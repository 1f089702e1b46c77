package org.newslens.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The force layout without a window: it settles, the same seed gives the same drawing, pinned nodes stay put. */
class ForceLayoutTest {
    /** Two clusters of {@code size} nodes, each a ring with chords, joined by one light link. */
    private static ForceLayout twoClusters(int size, long seed) {
        int[][] links = clusterLinks(size);
        return new ForceLayout(2 * size, links[0], links[1], links[2], seed);
    }

    /** The links of {@link #twoClusters}: from, to, weights. */
    private static int[][] clusterLinks(int size) {
        int links = 2 * (2 * size) + 1;
        int[] from = new int[links];
        int[] to = new int[links];
        int[] weights = new int[links];
        int e = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < size; i++) {
                from[e] = c * size + i;
                to[e] = c * size + (i + 1) % size;
                weights[e++] = 3;
                from[e] = c * size + i;
                to[e] = c * size + (i + 2) % size;
                weights[e++] = 1;
            }
        }
        from[e] = 0;
        to[e] = size;
        weights[e] = 1;
        return new int[][] {from, to, weights};
    }

    private static double distance(ForceLayout l, int a, int b) {
        return Math.hypot(l.x(a) - l.x(b), l.y(a) - l.y(b));
    }

    @Test
    void settlesAndStopsMoving() {
        ForceLayout layout = twoClusters(20, 7);
        assertFalse(layout.settled());
        int steps = layout.settle(2000);
        assertTrue(layout.settled(), "still moving after " + steps + " steps");
        assertTrue(steps < 400, steps + " steps");
        assertTrue(layout.step() < ForceLayout.SETTLED * 1.01, "a settled layout hardly moves");
    }

    @Test
    void theSameSeedGivesTheSameDrawingAndAnotherSeedAnother() {
        ForceLayout a = twoClusters(15, 42);
        ForceLayout b = twoClusters(15, 42);
        ForceLayout c = twoClusters(15, 43);
        a.settle(2000);
        b.settle(2000);
        c.settle(2000);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.x(i), b.x(i));
            assertEquals(a.y(i), b.y(i));
        }
        assertNotEquals(a.x(3), c.x(3));
    }

    @Test
    void clustersComeOutApart() {
        ForceLayout layout = twoClusters(12, 1);
        layout.settle(2000);
        double inside = 0;
        double across = 0;
        for (int i = 0; i < 12; i++) {
            inside += distance(layout, i, (i + 6) % 12);
            across += distance(layout, i, 12 + i);
        }
        assertTrue(across > inside * 1.3, "across " + across + ", inside " + inside);
    }

    @Test
    void aDraggedNodeStaysWhereItWasPutWhileTheOthersMove() {
        ForceLayout layout = twoClusters(10, 3);
        layout.settle(2000);
        double beforeX = layout.x(5);
        layout.pin(0, 900, -900);
        assertTrue(layout.pinned(0));
        assertFalse(layout.settled(), "moving a node wakes the layout");
        layout.settle(2000);
        assertTrue(layout.settled());
        assertEquals(900, layout.x(0));
        assertEquals(-900, layout.y(0));
        assertNotEquals(beforeX, layout.x(5), "its neighbours follow it");
    }

    @Test
    void fiveHundredNodesAndFiveThousandLinksSettle() {
        Random random = new Random(5);
        int[] from = new int[5000];
        int[] to = new int[5000];
        int[] weights = new int[5000];
        for (int i = 0; i < 5000; i++) {
            from[i] = random.nextInt(500);
            to[i] = (from[i] + 1 + random.nextInt(499)) % 500;
            weights[i] = 1 + random.nextInt(5);
        }
        ForceLayout layout = new ForceLayout(500, from, to, weights, 9);
        layout.settle(5000);
        assertTrue(layout.settled(), "after " + layout.steps() + " steps");
        for (int i = 0; i < 500; i++) {
            assertTrue(Double.isFinite(layout.x(i)) && Double.isFinite(layout.y(i)));
        }
    }

    @Test
    void aLayoutCarriedOverKeepsThePlacesAndPinsOfTheNodesThatRemainAndPutsANewOneBesideItsNeighbours() {
        ForceLayout before = twoClusters(6, 3);
        before.settle(2000);
        before.pin(2, 500, 400);
        before.settle(2000);
        // the same graph with a new node, 12, linked to node 7, and the nodes given in another order
        int[][] links = clusterLinks(6);
        int m = links[0].length;
        int[] order = {12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}; // position in the new layout → node
        int[] at = new int[13];
        for (int i = 0; i < 13; i++) {
            at[order[i]] = i;
        }
        int[] from = new int[m + 1];
        int[] to = new int[m + 1];
        int[] weights = new int[m + 1];
        for (int e = 0; e < m; e++) {
            from[e] = at[links[0][e]];
            to[e] = at[links[1][e]];
            weights[e] = links[2][e];
        }
        from[m] = at[7];
        to[m] = at[12];
        weights[m] = 2;
        int[] was = new int[13];
        for (int i = 0; i < 13; i++) {
            was[i] = order[i] == 12 ? -1 : order[i];
        }
        ForceLayout after = new ForceLayout(13, from, to, weights, 99);
        after.carryOver(before, was);
        for (int node = 0; node < 12; node++) {
            assertEquals(before.x(node), after.x(at[node]), "node " + node);
            assertEquals(before.y(node), after.y(at[node]));
        }
        assertTrue(after.pinned(at[2]), "the dragged node stays pinned");
        assertFalse(after.pinned(at[3]));
        assertTrue(distance(after, at[12], at[7]) <= after.idealDistance(), "the new node starts beside its neighbour");
        after.settle(2000);
        assertEquals(500, after.x(at[2]));
        assertEquals(400, after.y(at[2]));
        for (int node = 0; node < 12; node++) {
            double moved = Math.hypot(after.x(at[node]) - before.x(node), after.y(at[node]) - before.y(node));
            assertTrue(moved < before.idealDistance(), "node " + node + " moved " + moved + ": a nudge, not a fresh layout");
        }
    }
}
