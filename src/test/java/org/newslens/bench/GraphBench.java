package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.CooccurrenceGraph;
import org.newslens.library.CooccurrenceGraphs;
import org.newslens.nlp.EntityLabel;
import org.newslens.ui.graph.VisibleGraph;

/**
 * The library's co-occurrence graph over SearchBench's 10,000-article library (run by hand, not a test): time to
 * compute it from the index (by sentence and by paragraph), the heap it holds, and the filter the window applies to it
 * on the FX thread ({@link VisibleGraph}).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.GraphBench \
 *     [--articles 10000] [--rounds 5] [--eval ../shared/eval/conll-dev] [--index DIR (kept and reused)]
 * </pre>
 */
public final class GraphBench {
    public static void main(String[] args) throws Exception {
        int articles = 10000;
        int rounds = 5;
        Path eval = Path.of("../shared/eval/conll-dev");
        Path dir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                case "--eval" -> eval = Path.of(args[i + 1]);
                case "--index" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        dir = dir != null ? dir : Files.createTempDirectory("newslens-graph-bench").resolve("index");
        long t0 = System.nanoTime();
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            if (index.size() != articles) {
                SearchBench.fillLibrary(index, eval, articles);
                System.out.printf(Locale.ROOT, "library: %d articles built in %.1f s%n", articles, (System.nanoTime() - t0) / 1e9);
            }
        }
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            reference(index, rounds);
            for (CooccurrenceGraphs.Unit by : CooccurrenceGraphs.Unit.values()) {
                measure(index, new CooccurrenceGraphs(Set.of(), 1, by), rounds);
            }
        }
    }

    /** The reference: reading every article from the index and nothing else (what any library-wide view pays). */
    private static void reference(LuceneArticleIndex index, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        long[] chars = new long[1];
        index.forEachArticle(a -> chars[0] += a.text().length());
        for (int r = 0; r < rounds; r++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            index.forEachArticle(a -> chars[0] += a.text().length());
            wall[r] = (System.nanoTime() - t) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%nreference, forEachArticle alone: wall median %.0f ms, thread CPU median %.0f ms%n",
                wall[rounds / 2], cpu[rounds / 2]);
    }

    private static void measure(LuceneArticleIndex index, CooccurrenceGraphs settings, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        CooccurrenceGraph graph = null;
        settings.of(index); // warm-up
        for (int r = 0; r < rounds; r++) {
            graph = null;
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            graph = settings.of(index);
            wall[r] = (System.nanoTime() - t) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.gc();
        long held = memory.getHeapMemoryUsage().getUsed();
        long evidence = graph.edges().stream().mapToLong(e -> e.evidence().size()).sum();
        int nodes = graph.nodes().size();
        int edges = graph.edges().size();
        double[] filter = new double[rounds];
        VisibleGraph shown = null;
        for (int r = 0; r < rounds; r++) {
            long t = threads.getCurrentThreadCpuTime();
            shown = VisibleGraph.of(graph, EnumSet.of(EntityLabel.PERSON, EntityLabel.PLACE, EntityLabel.GROUP), 1 + r % 2);
            filter[r] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        graph = null;
        shown = null;
        System.gc();
        long without = memory.getHeapMemoryUsage().getUsed();
        Arrays.sort(wall);
        Arrays.sort(cpu);
        Arrays.sort(filter);
        System.out.printf(Locale.ROOT, "%nby %s: %d nodes, %d links, %d evidence sentences%n", settings.by(), nodes, edges, evidence);
        System.out.printf(Locale.ROOT, "  compute over %d rounds: wall median %.0f ms (min %.0f, max %.0f), thread CPU median %.0f ms%n",
                rounds, wall[rounds / 2], wall[0], wall[rounds - 1], cpu[rounds / 2]);
        System.out.printf(Locale.ROOT, "  heap after GC holding the graph %.1f MB, without it %.1f MB: the graph holds %.1f MB%n",
                held / 1e6, without / 1e6, (held - without) / 1e6);
        System.out.printf(Locale.ROOT, "  window filter on the FX thread (people/places/groups, top %d nodes, %d links): CPU median %.1f ms, max %.1f ms%n",
                VisibleGraph.MAX_NODES, VisibleGraph.MAX_LINKS, filter[rounds / 2], filter[rounds - 1]);
    }
}
