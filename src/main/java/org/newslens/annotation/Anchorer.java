package org.newslens.annotation;

import java.util.ArrayList;
import java.util.List;
import org.newslens.app.EditDistance;

/**
 * Finds an annotation's passage again in a text that may have changed since it was made: first at its
 * stored position, then by its exact quote (the occurrence whose context fits best, nearest the old
 * position on a tie), then by an approximate match of quote and context. What cannot be placed is an orphan.
 */
public final class Anchorer {
    /** Share of the quote's length that may differ in a fuzzy match. */
    private static final double MAX_ERROR_RATE = 0.25;
    /**
     * Largest share of the stored prefix/suffix that may differ from the text around a fuzzy match (the mean
     * over the parts stored). Measured with {@code AnchoringThresholdBench} over 216 news articles
     * (docs/benchmarks.md): at 0.30, 99.9 % of genuine matches survive 10 % random edits around the quote,
     * and 0–1 of ~1,290 quotes from other documents are accepted (at 0.35–0.50 one or two, at 0.25 none but
     * 0.9 % of genuine matches lost).
     */
    static final double MAX_CONTEXT_ERROR = 0.30;
    /** A quote stored without any context is placed fuzzily only when it is this long and nearly intact. */
    static final int MIN_BARE_QUOTE = 24;
    static final double MAX_BARE_ERROR_RATE = 0.1;
    /** Quotes longer than this are placed exactly or not at all (the fuzzy scan grows with the quote's square). */
    static final int MAX_FUZZY_QUOTE = 2_000;

    /** Approximate-search work (DP cells) one placement of many annotations may spend in all: a few seconds at most. */
    static final long FUZZY_BUDGET_CELLS = 2_000_000_000L;
    /** Exact occurrences of a quote weighed by their context; a quote found more often takes the nearest of these. */
    private static final int MAX_OCCURRENCES = 256;

    /** An upper bound of the DP cells {@link #anchorApproximately} may fill for this quote in this text. */
    static long fuzzyCost(TextQuoteSelector quote, String text) {
        long m = quote.exact().length();
        if (m == 0 || m > MAX_FUZZY_QUOTE) {
            return 0;
        }
        long local = m * Math.min(text.length(), 2 * (m + LOCAL_REACH) + m);
        return local + (m * text.length() <= FULL_SCAN_CELLS ? m * text.length() : 0);
    }

    /** The best approximate match of a quote: where, and how much quote and context differ (0 = identical). */
    record Candidate(int start, int end, double quoteError, double contextError) {
    }
    /** A fuzzy search of the whole text is made only when it costs at most this many DP cells. */
    private static final long FULL_SCAN_CELLS = 4_000_000L;
    /** How far around the expected place the first fuzzy search looks, beyond the quote's own length. */
    private static final int LOCAL_REACH = 512;

    public Anchoring anchor(TextPositionSelector position, TextQuoteSelector quote, String text) {
        return anchor(position, quote, text, position.start());
    }

    /**
     * @param expectedStart where the passage probably is now (its old start shifted by the edits around it,
     *                      e.g. as far as its nearest placed neighbour moved); the fuzzy search looks there first
     */
    public Anchoring anchor(TextPositionSelector position, TextQuoteSelector quote, String text, int expectedStart) {
        Anchoring exact = anchorExactly(position, quote, text);
        return exact != null ? exact : anchorApproximately(quote, text, expectedStart);
    }

    /** Position, then exact quote; null when neither finds it. */
    public Anchoring anchorExactly(TextPositionSelector position, TextQuoteSelector quote, String text) {
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
        return found >= 0 ? new Anchoring(Anchoring.Method.QUOTE, found, found + exact.length()) : null;
    }

    /** Fuzzy quote-and-context match near {@code expectedStart} (then everywhere, when that is cheap), else orphan. */
    public Anchoring anchorApproximately(TextQuoteSelector quote, String text, int expectedStart) {
        int m = quote.exact().length();
        if (m == 0 || m > MAX_FUZZY_QUOTE) {
            return Anchoring.orphan();
        }
        int expected = Math.max(0, Math.min(text.length(), expectedStart));
        int reach = m + LOCAL_REACH;
        Anchoring fuzzy = fuzzy(text, quote, expected, Math.max(0, expected - reach), Math.min(text.length(), expected + m + reach));
        if (fuzzy == null && (long) m * text.length() <= FULL_SCAN_CELLS) {
            fuzzy = fuzzy(text, quote, expected, 0, text.length());
        }
        if (fuzzy != null) {
            return fuzzy;
        }
        Anchoring between = betweenContext(text, quote, expected);
        return between != null ? between : Anchoring.orphan();
    }

    private static int bestExact(String text, TextQuoteSelector quote, int oldStart) {
        String exact = quote.exact();
        int best = -1;
        double bestScore = Double.MAX_VALUE;
        int seen = 0;
        for (int i = text.indexOf(exact); i >= 0 && seen++ < MAX_OCCURRENCES; i = text.indexOf(exact, i + 1)) {
            double score = contextCost(text, quote, i, i + exact.length()) * 1_000_000 + Math.abs(i - oldStart);
            if (score < bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /**
     * Approximate search for the quote in {@code text[from, to)}: Sellers' edit-distance scan with
     * Ukkonen's cut-off (only rows that can still stay within the error bound are computed), every
     * candidate scored with how well its context matches the stored prefix and suffix.
     */
    private static Anchoring fuzzy(String text, TextQuoteSelector quote, int expected, int from, int to) {
        Candidate c = bestCandidate(text, quote, expected, from, to);
        return c != null && closeEnough(c, quote) ? new Anchoring(Anchoring.Method.FUZZY, c.start(), c.end()) : null;
    }

    /** A match is taken only when the quote is close enough and so is its context: else another passage may be meant. */
    static boolean closeEnough(Candidate c, TextQuoteSelector quote) {
        if (quote.prefix().isEmpty() && quote.suffix().isEmpty()) {
            return quote.exact().length() >= MIN_BARE_QUOTE && c.quoteError() <= MAX_BARE_ERROR_RATE;
        }
        return c.quoteError() <= MAX_ERROR_RATE && c.contextError() <= MAX_CONTEXT_ERROR;
    }

    /** The best-scoring approximate match in {@code text[from, to)}, before any acceptance test; null when none is within the error bound. */
    static Candidate bestCandidate(String text, TextQuoteSelector quote, int expected, int from, int to) {
        String p = quote.exact();
        int m = p.length();
        int k = (int) Math.floor(m * MAX_ERROR_RATE);
        if (k == 0 || to - from < m - k) {
            return null;
        }
        int[] cost = new int[m + 1];
        int[] origin = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            origin[i] = from;
        }
        int lastActive = Math.min(k, m);
        List<int[]> candidates = new ArrayList<>();
        for (int j = from; j < to; j++) {
            char t = text.charAt(j);
            int diag = cost[0];
            int diagOrigin = origin[0];
            cost[0] = 0;
            origin[0] = j + 1;
            int rows = Math.min(m, lastActive + 1);
            for (int i = 1; i <= rows; i++) {
                int up = cost[i];
                int upOrigin = origin[i];
                int best = diag + (p.charAt(i - 1) == t ? 0 : 1);
                int bestOrigin = diagOrigin;
                if (up + 1 < best) {
                    best = up + 1;
                    bestOrigin = upOrigin;
                }
                if (cost[i - 1] + 1 < best) {
                    best = cost[i - 1] + 1;
                    bestOrigin = origin[i - 1];
                }
                cost[i] = best;
                origin[i] = bestOrigin;
                diag = up;
                diagOrigin = upOrigin;
            }
            if (rows < m && cost[rows + 1] <= k) {
                cost[rows + 1] = k + 1; // keep rows past the cut-off above the bound
            }
            lastActive = rows;
            while (lastActive > 0 && cost[lastActive] > k) {
                lastActive--;
            }
            if (lastActive == m) {
                candidates.add(new int[] {origin[m], j + 1, cost[m]});
            }
        }
        int[] best = null;
        double bestScore = Double.MAX_VALUE;
        for (int[] c : candidates) {
            if (c[1] <= c[0]) {
                continue;
            }
            double score = (double) c[2] / m
                    + 0.25 * contextCost(text, quote, c[0], c[1])
                    + 0.05 * Math.abs(c[0] - expected) / Math.max(1, text.length());
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        int[] edges = m <= 200 ? refineEdges(text, quote, best[0], best[1]) : new int[] {best[0], best[1], best[2]};
        return new Candidate(edges[0], edges[1], (double) edges[2] / m, contextError(text, quote, edges[0], edges[1]));
    }

    /**
     * The scan keeps one start per end, so of two equally close matches ("nnotation", "annotation") it may
     * keep the shorter: moving each edge by up to 3 characters, the edges where quote and context fit best win.
     */
    private static int[] refineEdges(String text, TextQuoteSelector quote, int start, int end) {
        int[] best = {start, end, EditDistance.levenshtein(quote.exact(), text.substring(start, end))};
        double bestScore = best[2] + contextCost(text, quote, start, end);
        for (int s = Math.max(0, start - 3); s <= start + 3; s++) {
            for (int e = Math.max(s + 1, end - 3); e <= Math.min(text.length(), end + 3); e++) {
                int d = EditDistance.levenshtein(quote.exact(), text.substring(s, e));
                double score = d + contextCost(text, quote, s, e);
                if (score < bestScore - 1e-9) {
                    bestScore = score;
                    best = new int[] {s, e, d};
                }
            }
        }
        return best;
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

    /** Mean share of the stored prefix and suffix (those stored) that differs from the text around {@code [start, end)}. */
    static double contextError(String text, TextQuoteSelector quote, int start, int end) {
        int parts = (quote.prefix().isEmpty() ? 0 : 1) + (quote.suffix().isEmpty() ? 0 : 1);
        return parts == 0 ? 1.0 : contextCost(text, quote, start, end) / parts;
    }

    /** 0 when prefix and suffix match the text around {@code [start, end)} exactly, up to 2 when neither does. */
    static double contextCost(String text, TextQuoteSelector quote, int start, int end) {
        String prefix = quote.prefix();
        String suffix = quote.suffix();
        double cost = 0;
        if (!prefix.isEmpty()) {
            String before = text.substring(Math.max(0, start - prefix.length()), start);
            cost += (double) EditDistance.levenshtein(prefix, before) / prefix.length();
        }
        if (!suffix.isEmpty()) {
            String after = text.substring(end, Math.min(text.length(), end + suffix.length()));
            cost += (double) EditDistance.levenshtein(suffix, after) / suffix.length();
        }
        return cost;
    }
}
