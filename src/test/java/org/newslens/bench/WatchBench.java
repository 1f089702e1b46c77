package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.newslens.index.LuceneArticleIndex;
import org.newslens.index.SearchScope;
import org.newslens.library.WatchList;
import org.newslens.library.WatchMatch;
import org.newslens.library.WatchResult;
import org.newslens.library.WatchStore;
import org.newslens.library.Watcher;
import org.newslens.nlp.Mention;

/**
 * Watch-list benchmark (run by hand, not a test): the search benchmark's library ({@link SearchBench}: articles
 * recombined from the CoNLL development texts, gold entities), eight watch lists (names lists of 10, 100 and 1,000
 * names drawn from the gold mentions, five queries of every kind), all matches marked seen; then {@code --added}
 * more articles are indexed and the lists run again: the time to tell the new matches, against the bare Lucene
 * count of the same queries on the same index.
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx300m -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newslens.bench.WatchBench \
 *     [--articles 10000] [--added 1000] [--rounds 5] [--eval ../shared/eval/conll-dev]
 * </pre>
 */
public final class WatchBench {
    private WatchBench() {
    }

    public static void main(String[] args) throws Exception {
        int articles = Integer.parseInt(option(args, "--articles", "10000"));
        int added = Integer.parseInt(option(args, "--added", "1000"));
        int rounds = Integer.parseInt(option(args, "--rounds", "5"));
        Path eval = Path.of(option(args, "--eval", "../shared/eval/conll-dev"));
        Path work = Files.createTempDirectory("newslens-watchbench");
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<SearchBench.Sentence> sentences = SearchBench.sentences(eval);
        Random random = new Random(42);
        Path dir = work.resolve("index");
        try (LuceneArticleIndex index = LuceneArticleIndex.open(dir)) {
            long t = System.nanoTime();
            addArticles(index, sentences, random, 0, articles);
            System.out.printf(Locale.ROOT, "library: %d articles indexed in %.1f s%n", articles, (System.nanoTime() - t) / 1e9);

            WatchStore store = new WatchStore(work);
            for (WatchList list : lists(sentences)) {
                store.add(list);
            }
            Watcher watcher = new Watcher(index);
            long before = System.nanoTime();
            List<WatchResult> baseline = watcher.runAll(store.lists());
            System.out.printf(Locale.ROOT, "first run over %d articles: %.0f ms; marking every match seen%n", articles,
                    (System.nanoTime() - before) / 1e6);
            for (WatchResult r : baseline) {
                store.markSeen(r.list().name(), r.matches().stream().map(WatchMatch::contentHash).toList());
            }

            t = System.nanoTime();
            addArticles(index, sentences, random, articles, added);
            System.out.printf(Locale.ROOT, "%d articles added in %.1f s (indexing, not counted below)%n", added, (System.nanoTime() - t) / 1e9);

            List<WatchList> lists = store.lists();
            long[] wall = new long[rounds];
            long[] cpu = new long[rounds];
            long[] allocated = new long[rounds];
            List<WatchResult> results = null;
            for (int round = 0; round < rounds; round++) {
                System.gc();
                long a0 = allocatedBytes();
                long c0 = cpuNanos();
                long w0 = System.nanoTime();
                results = new Watcher(index).runAll(lists);
                wall[round] = System.nanoTime() - w0;
                cpu[round] = cpuNanos() - c0;
                allocated[round] = allocatedBytes() - a0;
            }
            int newMatches = 0;
            int matches = 0;
            for (WatchResult r : results) {
                System.out.printf(Locale.ROOT, "  %-12s %5d entries  %5d matches  %4d new%n", r.list().name(), r.list().entries().size(),
                        r.matches().size(), r.newCount());
                newMatches += r.newCount();
                matches += r.matches().size();
            }
            System.out.printf(Locale.ROOT, "watch run over %d + %d articles, %d lists, %d queries: %d matches, %d new%n", articles, added,
                    lists.size(), lists.stream().mapToInt(l -> l.entries().size()).sum(), matches, newMatches);
            System.out.printf(Locale.ROOT, "  first round: %.0f ms wall, %.0f ms CPU, %.1f MB allocated%n", wall[0] / 1e6, cpu[0] / 1e6,
                    allocated[0] / 1e6);
            System.out.printf(Locale.ROOT, "  median of %d: %.0f ms wall, %.0f ms CPU%n", rounds, median(wall) / 1e6, median(cpu) / 1e6);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "  heap in use after the runs: %.0f MB (of max %d MB)%n", (rt.totalMemory() - rt.freeMemory()) / 1e6,
                    rt.maxMemory() >> 20);
            bare(index, dir, lists, rounds);
        }
    }

    /** The reference: Lucene's own count of the same queries (no stored fields, nothing told apart). */
    private static void bare(LuceneArticleIndex index, Path dir, List<WatchList> lists, int rounds) throws Exception {
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<org.apache.lucene.search.Query> queries = new ArrayList<>();
            for (WatchList l : lists) {
                for (String entry : l.entries()) {
                    queries.add(index.luceneQuery(l.query() != null ? entry : "\"" + entry.replace("\\", "\\\\").replace("\"", "\\\"") + "\"",
                            SearchScope.all()));
                }
            }
            long[] wall = new long[rounds];
            long total = 0;
            for (int round = 0; round < rounds; round++) {
                long w0 = System.nanoTime();
                total = 0;
                for (org.apache.lucene.search.Query q : queries) {
                    total += q == null ? 0 : searcher.count(q);
                }
                wall[round] = System.nanoTime() - w0;
            }
            System.out.printf(Locale.ROOT, "reference, bare IndexSearcher.count of the same %d queries: median %.0f ms (%d article matches, "
                    + "counted once per query)%n", queries.size(), median(wall) / 1e6, total);
        }
    }

    private static void addArticles(LuceneArticleIndex index, List<SearchBench.Sentence> sentences, Random random, int from, int count) {
        for (int i = from; i < from + count; i++) {
            SearchBench.Recombined r = SearchBench.recombine(sentences, random, i);
            index.index(r.article(), SearchBench.entities(r.article(), r.picked(), sentences));
        }
        index.commit();
    }

    /** Names lists of 10, 100 and 1,000 gold names (fixed seed), and one query of each kind. */
    private static List<WatchList> lists(List<SearchBench.Sentence> sentences) {
        TreeSet<String> names = new TreeSet<>();
        for (SearchBench.Sentence s : sentences) {
            for (Mention m : s.mentions()) {
                names.add(m.text());
            }
        }
        List<String> all = new ArrayList<>(names);
        java.util.Collections.shuffle(all, new Random(7));
        Instant now = Instant.now();
        List<WatchList> lists = new ArrayList<>();
        for (int n : new int[] {10, 100, 1000}) {
            lists.add(WatchList.ofNames("names-" + n, all.subList(0, Math.min(n, all.size())), now));
        }
        lists.add(WatchList.ofQuery("entity", "person:\"" + all.get(0) + "\" OR place:\"" + all.get(1) + "\"", now));
        lists.add(WatchList.ofQuery("boolean", "government AND (election OR vote) NOT football", now));
        lists.add(WatchList.ofQuery("fuzzy", "presidnet~", now));
        lists.add(WatchList.ofQuery("wildcard", "minist*", now));
        lists.add(WatchList.ofQuery("proximity", "\"prime minister\"~3", now));
        return lists;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
