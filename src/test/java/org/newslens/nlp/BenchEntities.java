package org.newslens.nlp;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;

/**
 * Entity benchmark, run by hand (not a test); see docs/benchmarks.md "## Entities" for the command.
 * Prints: pipeline load time; time to entities for the seed article cold (including JVM start) and from
 * the cache (a new service over the same cache directory, as on reopening); peak resident memory with the
 * seed analysed; tokens per second over the evaluation set with 1 and 2 threads.
 */
public final class BenchEntities {
    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path evalDir = Path.of(args[1]);
        Path cacheDir = Files.createTempDirectory("newslens-bench-cache");

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Article article = new ArticleLoader().load(seed);
        CoreNlpTagger tagger = new CoreNlpTagger();
        CoreNlpRecogniser recogniser = new CoreNlpRecogniser(tagger);
        EntityService service = new EntityService(recogniser, new EntityCache(cacheDir));

        long t0 = System.nanoTime();
        EntityAnalysis cold = service.analyse(article);
        long t1 = System.nanoTime();
        long sinceJvmStart = System.currentTimeMillis() - jvmStart;
        System.out.printf("seed cold (load + recognise): %.2f s; %.2f s after JVM start; %d mentions%n",
                (t1 - t0) / 1e9, sinceJvmStart / 1e3, cold.mentions().size());
        System.out.printf("  CPU: this thread %.2f s; whole process since JVM start %.2f s%n",
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9, processCpu());
        System.out.printf("peak RSS with the seed analysed: %s%n", vmHwm());

        EntityService reopened = new EntityService(new CoreNlpRecogniser(tagger), new EntityCache(cacheDir));
        long t2 = System.nanoTime();
        EntityAnalysis cached = reopened.analyse(article);
        long t3 = System.nanoTime();
        System.out.printf("seed from cache: %.1f ms (same result: %s)%n", (t3 - t2) / 1e6, cached.equals(cold));

        long t4 = System.nanoTime();
        recogniser.recognise(article.text());
        long t5 = System.nanoTime();
        System.out.printf("seed warm, models loaded, no cache: %.2f s%n", (t5 - t4) / 1e9);

        if (args.length > 2 && args[2].equals("--seed-only")) {
            return;
        }
        CoreNlpTagger fresh = new CoreNlpTagger();
        long l0 = System.nanoTime();
        fresh.load();
        long l1 = System.nanoTime();
        System.out.printf("pipeline load (tokenizer + 3 CRF models, warm JVM): %.2f s%n", (l1 - l0) / 1e9);

        List<String> texts = new ArrayList<>();
        try (Stream<Path> s = Files.list(evalDir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        for (int threads : new int[] {1, 2}) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long a = System.nanoTime();
            List<Future<Integer>> counts = new ArrayList<>();
            for (String t : texts) {
                counts.add(pool.submit(() -> tagger.tag(t).size()));
            }
            long tokens = 0;
            for (Future<Integer> f : counts) {
                tokens += f.get();
            }
            long b = System.nanoTime();
            pool.shutdown();
            System.out.printf("dev set, %d thread(s): %d tokens in %.1f s = %.0f tokens/s%n", threads, tokens,
                    (b - a) / 1e9, tokens / ((b - a) / 1e9));
        }
        System.out.printf("peak RSS at the end: %s%n", vmHwm());
    }

    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static String vmHwm() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM")) {
                return line.substring(6).strip();
            }
        }
        return "unknown";
    }
}
