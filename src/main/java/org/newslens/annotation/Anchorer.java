package org.newslens.annotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds an annotation's passage again in a text that may have changed since it was made: first at its
 * stored position, then by its exact quote (the occurrence whose context fits best, nearest the old
 * position on a tie), then by an approximate match of quote and context. What cannot be placed is an orphan.
 */
public final class Anchorer {
    /** Share of the quote's length that may differ in a fuzzy match. */
    private static final double MAX_ERROR_RATE = 0.25;
    /** Above this many DP cells the fuzzy search looks only around the old position. */
    private static final long FULL_SCAN_CELLS = 20_000_000L;

    public Anchoring anchor(TextPositionSelector position, TextQuoteSelector quote, String text) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return Anchoring.orphan();
        }
        int start = position.start();
        int end = position.end();
        if (end <= text.length() && text.startsWith(exact, start) && end - start == exact.length()) {
            return new Anchoring(Anchoring.Method.POSITION, start, end);
        }
        int found = bestExact(text, quote, start);
        if (found >= 0) {
            return new Anchoring(Anchoring.Method.QUOTE, found, found + exact.length());
        }
        Anchoring fuzzy = fuzzy(text, quote, start);
        if (fuzzy != null) {
            return fuzzy;
        }
        Anchoring between = betweenContext(text, quote, start);
        return between != null ? between : Anchoring.orphan();
    }

    private static int bestExact(String text, TextQuoteSelector quote, int oldStart) {
        String exact = quote.exact();
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
            double score = contextCost(text, quote, i, i + exact.length()) * 1_000_000 + Math.abs(i - oldStart);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** Approximate search (Sellers' edit-distance scan) for the quote, scored with its context. */
    private static Anchoring fuzzy(String text, TextQuoteSelector quote, int oldStart) {
        String p = quote.exact();
        int m = p.length();
        int k = (int) Math.floor(m * MAX_ERROR_RATE);
        if (k == 0) {
            return null;
        }
        int from = 0;
        int to = text.length();
        if ((long) m * text.length() > FULL_SCAN_CELLS) {
            int reach = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(4L * m, FULL_SCAN_CELLS / m / 2));
            from = Math.max(0, oldStart - reach);
            to = Math.min(text.length(), oldStart + m + reach);
        }
        int[] prev = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
            prevStart[i] = from;
        }
        List<int[]> candidates = new ArrayList<>();
        for (int j = from; j < to; j++) {
            char t = text.charAt(j);
            cur[0] = 0;
            curStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int best = prev[i - 1] + (p.charAt(i - 1) == t ? 0 : 1);
                int bestStart = prevStart[i - 1];
                if (prev[i] + 1 < best) {
                    best = prev[i] + 1;
                    bestStart = prevStart[i];
                }
                if (cur[i - 1] + 1 < best) {
                    best = cur[i - 1] + 1;
                    bestStart = curStart[i - 1];
                }
                cur[i] = best;
                curStart[i] = bestStart;
            }
            if (cur[m] <= k) {
                candidates.add(new int[] {curStart[m], j + 1, cur[m]});
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        int[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (int[] c : candidates) {
            if (c[1] <= c[0]) {
                continue;
            }
            double score = (double) c[2] / m
                    + 0.25 * contextCost(text, quote, c[0], c[1])
                    + 0.05 * Math.abs(c[0] - oldStart) / Math.max(1, text.length());
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best == null ? null : new Anchoring(Anchoring.Method.FUZZY, best[0], best[1]);
    }

    /**
     * When the quote itself was rewritten beyond the fuzzy threshold but both its prefix and suffix (at least
     * 8 characters each) are still there and close together, the passage between them is the rewritten quote.
     */
    private static Anchoring betweenContext(String text, TextQuoteSelector quote, int oldStart) {
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        if (prefix.length() < 8 || suffix.length() < 8) {
            return null;
        }
        int m = quote.exact().length();
        Anchoring best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
            int start = i + prefix.length();
            int end = text.indexOf(suffix, start);
            if (end <= start || end - start > 2 * m + 16) {
                continue;
            }
            int distance = Math.abs(start - oldStart);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = new Anchoring(Anchoring.Method.FUZZY, start, end);
            }
        }
        return best;
    }

    /** 0 when prefix and suffix match the text around {@code [start, end)} exactly, up to 2 when neither does. */
    static double contextCost(String text, TextQuoteSelector quote, int start, int end) {
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        double cost = 0;
        if (!prefix.isEmpty()) {
            String before = text.substring(Math.max(0, start - prefix.length()), start);
            cost += (double) levenshtein(prefix, before) / prefix.length();
        }
        if (!suffix.isEmpty()) {
            String after = text.substring(end, Math.min(text.length(), end + suffix.length()));
            cost += (double) levenshtein(suffix, after) / suffix.length();
        }
        return cost;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
