package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.index.ArticleIndex;
import org.newslens.index.EntitySummary;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.library.EntityPage;
import org.newslens.library.EntityPages;
import org.newslens.ui.entitypage.EntityPageViewModel;

/**
 * Entity page benchmark (run by hand, not a test): opening an entity's page on the search benchmark's library,
 * for entities named in many, some and few articles, p50/p95 wall and thread-CPU time, beside the same page
 * built by reading every article of the library (the reference: what the page did before it asked the index).
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.EntityPageBench \
 *     [--articles 10000] [--rounds 20] [--eval ../shared/eval/conll-dev] [--index DIR (kept and reused)] [--only NAME]
 *     [--dated no (the library without dates)] [--scan yes (also the full-scan reference)]
 * </pre>
 * Times the page as the window opens it (the newest {@code EntityPageViewModel.ARTICLES_AT_A_TIME} articles listed,
 * the totals over all) and the whole page (every article listed, what {@code entity NAME --library} prints).
 */
public final class EntityPageBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = options(args);
        int rounds = Integer.parseInt(opts.getOrDefault("--rounds", "20"));
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (LuceneArticleIndex index = library(opts, "newslens-page-bench")) {
            List<String> picks = opts.containsKey("--only") ? List.of(opts.get("--only")) : picks(index);
            EntityPages pages = new EntityPages(index);
            EntityPages scanning = new EntityPages(scanningOnly(index));
            boolean scan = "yes".equals(opts.get("--scan"));
            int listed = EntityPageViewModel.ARTICLES_AT_A_TIME;
            System.out.println("\n| entity | articles | mentions | window page CPU p50 ms | CPU p95 | wall p50 | whole page CPU p50 ms | CPU p95 | wall p50 |"
                    + (scan ? " full-scan wall p50 ms |" : ""));
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|" + (scan ? "---:|" : ""));
            List<Double> all = new ArrayList<>();
            for (String name : picks) {
                double[] window = time(() -> pages.page(name, 0, listed), rounds, all);
                double[] whole = time(() -> pages.page(name), rounds, new ArrayList<>());
                String reference = scan ? String.format(Locale.ROOT, " %.0f |", time(() -> scanning.page(name), Math.max(3, rounds / 5),
                        new ArrayList<>())[0]) : "";
                EntityPage page = pages.page(name);
                System.out.printf(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%s%n", name, page.articleCount(),
                        page.mentions(), window[2], window[3], window[0], whole[2], whole[3], whole[0], reference);
            }
            all.sort(null);
            System.out.printf(Locale.ROOT, "%nall pages: p50 %.1f ms, p95 %.1f ms, max %.1f ms (wall)%n", at(all, 50), at(all, 95), all.get(all.size() - 1));
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            System.out.printf(Locale.ROOT, "heap used after the runs and a GC: %d MB (max %d MB)%n",
                    memory.getHeapMemoryUsage().getUsed() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** "--name value" pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        return opts;
    }

    /** The search benchmark's library (--articles, --eval) in --index (kept and reused) or a new temporary folder. */
    static LuceneArticleIndex library(Map<String, String> opts, String prefix) throws Exception {
        int articles = Integer.parseInt(opts.getOrDefault("--articles", "10000"));
        Path eval = Path.of(opts.getOrDefault("--eval", "../shared/eval/conll-dev"));
        Path dir = opts.containsKey("--index") ? Path.of(opts.get("--index")) : Files.createTempDirectory(prefix);
        LuceneArticleIndex index = LuceneArticleIndex.open(dir);
        if (index.size() != articles) {
            long t = System.nanoTime();
            long[] built = "no".equals(opts.get("--dated")) ? SearchBench.fillLibrary(index, eval, articles)
                    : DatedLibrary.fill(index, eval, articles);
            System.out.printf(Locale.ROOT, "built %d articles (%.1f MB of text, %d mentions) in %.1f s%n", articles,
                    built[0] / 1e6, built[1], (System.nanoTime() - t) / 1e9);
        }
        return index;
    }

    /** Named entities by how many articles name them: the most named, then ranks 10, 100, 1000 and a rare one. */
    private static List<String> picks(ArticleIndex index) {
        Map<String, Set<String>> articlesByName = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        index.forEachArticle(a -> {
            for (EntitySummary e : a.entities()) {
                if (!e.label().isName()) {
                    continue; // the dated library's DATE mentions are no one's page
                }
                String key = ArticleIndex.foldName(e.name());
                articlesByName.computeIfAbsent(key, k -> new HashSet<>()).add(a.contentHash());
                spelling.putIfAbsent(key, e.name());
            }
        });
        List<String> byCount = articlesByName.keySet().stream()
                .sorted(Comparator.comparingInt((String k) -> articlesByName.get(k).size()).reversed().thenComparing(k -> k)).toList();
        List<String> out = new ArrayList<>();
        for (int rank : new int[] {0, 9, 99, 999, byCount.size() - 1}) {
            if (rank >= 0 && rank < byCount.size()) {
                out.add(spelling.get(byCount.get(rank)));
            }
        }
        return out;
    }

    /** Wall p50, p95 and thread-CPU p50, p95 in ms, after two warm-up runs. */
    private static double[] time(Runnable page, int rounds, List<Double> all) {
        page.run();
        page.run();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            page.run();
            wall.add((System.nanoTime() - t) / 1e6);
            cpu.add((THREADS.getCurrentThreadCpuTime() - c) / 1e6);
        }
        all.addAll(wall);
        wall.sort(null);
        cpu.sort(null);
        return new double[] {at(wall, 50), at(wall, 95), at(cpu, 50), at(cpu, 95)};
    }

    private static double at(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The index without its name lookups: a page built from it reads every article, as before. */
    private static ArticleIndex scanningOnly(ArticleIndex real) {
        InvocationHandler h = (proxy, method, args) -> method.getName().endsWith("Naming")
                ? InvocationHandler.invokeDefault(proxy, method, args) : method.invoke(real, args);
        return (ArticleIndex) Proxy.newProxyInstance(ArticleIndex.class.getClassLoader(), new Class<?>[] {ArticleIndex.class}, h);
    }
}
