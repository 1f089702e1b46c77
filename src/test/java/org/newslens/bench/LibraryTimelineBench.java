package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.LibraryTimeline;

/**
 * The library timeline (run by hand, not a test) over the search benchmark's library: every placed date of the
 * library, and those of the sentences naming an entity, as the Timeline pane's "Library" side builds them; wall and
 * thread-CPU medians, beside the reference: reading every article and nothing else.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.LibraryTimelineBench \
 *     [--articles 10000] [--rounds 5] [--eval ../shared/eval/conll-dev] [--index DIR (kept and reused)]
 * </pre>
 */
public final class LibraryTimelineBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = EntityPageBench.options(args);
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "5"));
        try (LuceneArticleIndex index = EntityPageBench.library(opts, "newslens-timeline-bench")) {
            LibraryTimeline timeline = new LibraryTimeline(index);
            System.out.println("| timeline | dates kept | dates found | articles | CPU p50 ms | wall p50 ms |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            time("reference: forEachArticle alone", () -> {
                index.forEachArticle(a -> { });
                return null;
            }, rounds);
            for (String entity : new String[] {null, "U.S.", "Chechnya", "Essex"}) {
                LibraryTimeline.Result[] last = new LibraryTimeline.Result[1];
                double[] t = time(entity == null ? "whole library" : entity, () -> last[0] = timeline.build(entity, 2000, () -> false), rounds);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.1f | %.1f |%n", entity == null ? "whole library" : entity,
                        last[0].entries().size(), last[0].found(), last[0].articles(), t[0], t[1]);
            }
        }
    }

    private static double[] time(String what, java.util.concurrent.Callable<Object> work, int rounds) throws Exception {
        work.call();
        double[] cpu = new double[rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.call();
            wall[r] = (System.nanoTime() - t) / 1e6;
            cpu[r] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        if (what.startsWith("reference")) {
            System.out.printf(Locale.ROOT, "| %s | | | | %.1f | %.1f |%n", what, cpu[rounds / 2], wall[rounds / 2]);
        }
        return new double[] {cpu[rounds / 2], wall[rounds / 2]};
    }
}
