package org.newslens.app;

/**
 * Edit distances, in one place: Levenshtein (insertions, deletions, substitutions) for re-anchoring
 * annotations, and the optimal-string-alignment distance (Levenshtein plus adjacent transpositions, as
 * Lucene's fuzzy queries count) with an early way out for fuzzy search terms.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The Levenshtein distance between the UTF-16 units of {@code a} and {@code b}. */
    public static int levenshtein(String a, String b) {
        return distance(a.chars().toArray(), b.chars().toArray(), b.length(), Integer.MAX_VALUE - 1, false);
    }

    /**
     * The optimal-string-alignment distance between {@code a} and the first {@code bLength} code points of
     * {@code b}, or {@code max + 1} when it exceeds {@code max}.
     */
    public static int bounded(int[] a, int[] b, int bLength, int max) {
        return distance(a, b, bLength, max, true);
    }

    private static int distance(int[] a, int[] b, int bLength, int max, boolean transpositions) {
        int n = a.length;
        int m = bLength;
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return Math.min(previous[m], max + 1);
    }
}
