package org.newslens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.newslens.analysis.AnalysisService;
import org.newslens.analysis.ArticleAnalysis;
import org.newslens.analysis.ReaderDates;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityService;

/**
 * Quotes, timeline and figures beyond entities (run by hand; results in docs/benchmarks.md): entities of the
 * article (models loaded and recognised), then the analysis in the same JVM the first time (cold), a second time
 * without any cache, from the service's memory, and from the cache file (a second service, as after a restart).
 * With {@code warm-up}, {@link AnalysisService#warmUp()} runs on another thread while the entities are recognised,
 * as the window (at start) and the command line do; without, the analysis starts cold (the reference).
 * Times are wall and the analysing thread's CPU, in ms.
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.bench.AnalysisBench [warm-up|cold] [ARTICLE]</pre>
 */
public final class AnalysisBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private AnalysisBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean warmUp = args.length == 0 || args[0].equals("warm-up");
        Path file = Path.of(args.length > 1 ? args[1] : "seeds/000_2eaa2faa629b3bd4.txt");
        Path home = Files.createTempDirectory("analysis-bench");
        EntityService entities = EntityService.createDefault(new AppHome(home));
        Article article = new ArticleLoader().load(file);
        AnalysisService service = new AnalysisService(Files.createDirectories(home.resolve("analysis")),
                new ReaderDates(home.resolve("dates.json")));
        long t0 = System.nanoTime();
        CompletableFuture<Void> warm = warmUp ? CompletableFuture.runAsync(service::warmUp) : CompletableFuture.completedFuture(null);
        EntityAnalysis e = entities.analyse(article);
        long entitiesMs = (System.nanoTime() - t0) / 1_000_000;
        boolean warmDone = warm.isDone();
        warm.join();
        ArticleAnalysis[] cold = new ArticleAnalysis[1];
        String first = timed(() -> cold[0] = service.analyse(article, e));
        String compute = timed(() -> service.compute(article.text(), e, null));
        String memory = timed(() -> service.analyse(article, e));
        AnalysisService restarted = new AnalysisService(home.resolve("analysis"), new ReaderDates(home.resolve("dates.json")));
        String fromFile = timed(() -> restarted.analyse(article, e));
        System.out.println(String.format(Locale.ROOT,
                "%s %s: entities %d ms (warm-up done by then: %s); analysis after them %s, again without cache %s, "
                        + "from memory %s, from the file (another service) %s [wall/cpu ms] (%d quotes, %d dates, %d figures)",
                file.getFileName(), warmUp ? "warm-up" : "cold", entitiesMs, warmDone, first, compute, memory, fromFile,
                cold[0].quotes().size(), cold[0].timeline().size(), cold[0].figures().size()));
    }

    private static String timed(Supplier<?> work) {
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        work.get();
        return String.format(Locale.ROOT, "%.1f/%.1f", (System.nanoTime() - wall) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }
}
