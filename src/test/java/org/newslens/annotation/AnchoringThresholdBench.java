package org.newslens.annotation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures where the fuzzy anchoring's context threshold must lie (run by hand; figures in docs/benchmarks.md):
 * quotes with 32 characters of context taken from one article are searched for (a) in the same article after
 * light random edits to the quote and its surroundings (genuine matches) and (b) in other articles (quotes
 * from other documents). For each, the best approximate candidate's quote and context error is recorded.
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.annotation.AnchoringThresholdBench FOLDER_OF_TXT [SAMPLES]</pre>
 */
public final class AnchoringThresholdBench {
    private AnchoringThresholdBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> docs = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(Files.readString(f));
            }
        }
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        Random random = new Random(42);
        double[] thresholds = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
        for (double editRate : new double[] {0.02, 0.05, 0.10}) {
            int[] genuineAccepted = new int[thresholds.length];
            int genuineCandidates = 0;
            int[] foreignAccepted = new int[thresholds.length];
            int foreignCandidates = 0;
            int n = 0;
            for (int s = 0; s < samples; s++) {
                String doc = docs.get(random.nextInt(docs.size()));
                if (doc.length() < 300) {
                    continue;
                }
                int len = 6 + random.nextInt(60);
                int start = 40 + random.nextInt(doc.length() - len - 80);
                TextQuoteSelector q = TextQuoteSelector.of(doc, start, start + len);
                n++;
                String edited = edit(doc, Math.max(0, start - 40), Math.min(doc.length(), start + len + 40), editRate, random);
                Anchorer.Candidate g = Anchorer.bestCandidate(edited, q, start, 0, edited.length());
                if (g != null && Math.abs(g.start() - start) < 45) {
                    genuineCandidates++;
                    for (int t = 0; t < thresholds.length; t++) {
                        genuineAccepted[t] += accepted(g, q, thresholds[t]) ? 1 : 0;
                    }
                }
                String other = docs.get(random.nextInt(docs.size()));
                if (other == doc) {
                    continue;
                }
                Anchorer.Candidate f = Anchorer.bestCandidate(other, q, 0, 0, other.length());
                if (f != null) {
                    foreignCandidates++;
                    for (int t = 0; t < thresholds.length; t++) {
                        foreignAccepted[t] += accepted(f, q, thresholds[t]) ? 1 : 0;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "edit rate %.2f: %d quotes; genuine candidates %d, foreign candidates %d (quote within 25%%)%n",
                    editRate, n, genuineCandidates, foreignCandidates);
            for (int t = 0; t < thresholds.length; t++) {
                System.out.printf(Locale.ROOT, "  context error <= %.2f: genuine kept %.1f%%, foreign accepted %d (%.2f%% of quotes)%n",
                        thresholds[t], 100.0 * genuineAccepted[t] / Math.max(1, genuineCandidates), foreignAccepted[t],
                        100.0 * foreignAccepted[t] / n);
            }
        }
    }

    private static boolean accepted(Anchorer.Candidate c, TextQuoteSelector q, double contextThreshold) {
        return c.quoteError() <= 0.25 && c.contextError() <= contextThreshold;
    }

    /** Random single-character substitutions, insertions and deletions at {@code rate} within {@code [from, to)}. */
    private static String edit(String text, int from, int to, double rate, Random random) {
        StringBuilder out = new StringBuilder(text.substring(0, from));
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (random.nextDouble() < rate) {
                switch (random.nextInt(3)) {
                    case 0 -> out.append((char) ('a' + random.nextInt(26)));
                    case 1 -> out.append(c).append((char) ('a' + random.nextInt(26)));
                    default -> {
                        // deleted
                    }
                }
            } else {
                out.append(c);
            }
        }
        return out.append(text.substring(to)).toString();
    }
}
