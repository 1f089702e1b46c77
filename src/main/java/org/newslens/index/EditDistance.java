package org.newslens.index;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), with an early way out. */
final class EditDistance {
    private EditDistance() {
    }

    /** The distance between {@code a} and the first {@code bLength} code points of {@code b}, or {@code max + 1} when it exceeds {@code max}. */
    static int bounded(int[] a, int[] b, int bLength, int max) {
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
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
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
