package org.newslens.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The links of a co-occurrence graph while the library is read: each (source, target) pair with the sentences (or
 * paragraphs) it shares, as (article, start, end). A library graph by paragraph has half a million links and over a
 * million shared paragraphs, so links are found in an open-addressing table of primitive keys and every piece of
 * evidence goes into one growing int array; {@link #edges} then sorts with primitive sorts and hands each edge a view
 * of one shared evidence array (no object per link or per sentence while reading).
 */
final class EdgeTable {
    private static final int EMPTY = -1;

    private long[] keys = new long[1024];
    private int[] slots = filled(1024);
    private int[] counts = new int[256];
    private int size;
    /** Four ints per piece of evidence: edge, article, start, end, in the order added. */
    private int[] evidence = new int[1024];
    private int pieces;

    /** Counts one more shared stretch {@code [start, end)} of article {@code article} for the link source–target. */
    void add(int source, int target, int article, int start, int end) {
        int edge = edgeOf(((long) source << 32) | (target & 0xffffffffL));
        counts[edge]++;
        if (4 * pieces + 4 > evidence.length) {
            evidence = Arrays.copyOf(evidence, evidence.length * 2);
        }
        int at = 4 * pieces++;
        evidence[at] = edge;
        evidence[at + 1] = article;
        evidence[at + 2] = start;
        evidence[at + 3] = end;
    }

    private int edgeOf(long key) {
        int mask = slots.length - 1;
        int i = mix(key) & mask;
        while (slots[i] != EMPTY) {
            if (keys[i] == key) {
                return slots[i];
            }
            i = (i + 1) & mask;
        }
        if (size == counts.length) {
            counts = Arrays.copyOf(counts, size * 2);
        }
        keys[i] = key;
        slots[i] = size;
        counts[size] = 0;
        int edge = size++;
        if (2 * size > slots.length) {
            grow();
        }
        return edge;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = filled(oldSlots.length * 2);
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /** An edge found: its two ends as added and its evidence (three ints a piece: article, start, end). */
    interface EdgeMaker<T> {
        T make(int source, int target, EvidenceRun evidence);
    }

    /** A run of {@code size} pieces of evidence at {@code offset} (in pieces) of the shared {@code triples}. */
    record EvidenceRun(int[] triples, int offset, int size) {
    }

    /**
     * The edges shared at least {@code minWeight} times, heaviest first, then by source and target; each edge's
     * evidence in the order it was added.
     */
    <T> List<T> edges(int minWeight, EdgeMaker<T> maker) {
        long[] byEnds = new long[size];
        int n = 0;
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != EMPTY && counts[slots[i]] >= minWeight) {
                byEnds[n++] = keys[i]; // source, then target: both are never negative
            }
        }
        Arrays.sort(byEnds, 0, n);
        long[] order = new long[n];
        for (int r = 0; r < n; r++) {
            int edge = edgeOf(byEnds[r]);
            order[r] = ((long) (Integer.MAX_VALUE - counts[edge]) << 32) | r;
        }
        Arrays.sort(order);
        // the kept edges' evidence, edge after edge in the final order, by a counting sort of the pieces
        int[] rankOf = new int[size];
        Arrays.fill(rankOf, -1);
        int[] start = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int edge = edgeOf(byEnds[(int) order[k]]);
            rankOf[edge] = k;
            start[k + 1] = start[k] + counts[edge];
        }
        int[] triples = new int[3 * start[n]];
        int[] next = Arrays.copyOf(start, n);
        for (int p = 0; p < pieces; p++) {
            int k = rankOf[evidence[4 * p]];
            if (k >= 0) {
                int at = 3 * next[k]++;
                System.arraycopy(evidence, 4 * p + 1, triples, at, 3);
            }
        }
        List<T> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            long ends = byEnds[(int) order[k]];
            out.add(maker.make((int) (ends >>> 32), (int) ends, new EvidenceRun(triples, start[k], start[k + 1] - start[k])));
        }
        return out;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
