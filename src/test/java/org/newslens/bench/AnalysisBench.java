package org.newslens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * article (recognised, then from the cache), then the analysis in the same JVM the first time (cold: class
 * loading, JIT), a second time without cache, and from the analysis cache.
 * <pre>java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.bench.AnalysisBench [ARTICLE]</pre>
 */
public final class AnalysisBench {
    private AnalysisBench() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "seeds/000_2eaa2faa629b3bd4.txt");
        Path home = Files.createTempDirectory("analysis-bench");
        EntityService entities = EntityService.createDefault(new AppHome(home));
        Article article = new ArticleLoader().load(file);
        long t0 = System.nanoTime();
        EntityAnalysis e = entities.analyse(article);
        long entitiesMs = (System.nanoTime() - t0) / 1_000_000;
        AnalysisService service = new AnalysisService(Files.createDirectories(home.resolve("analysis")),
                new ReaderDates(home.resolve("dates.json")));
        long t1 = System.nanoTime();
        ArticleAnalysis cold = service.analyse(article, e);
        long coldMs = (System.nanoTime() - t1) / 1_000_000;
        long t2 = System.nanoTime();
        service.compute(article.text(), e, null);
        long warmUs = (System.nanoTime() - t2) / 1_000;
        long t3 = System.nanoTime();
        service.analyse(article, e);
        long cachedUs = (System.nanoTime() - t3) / 1_000;
        System.out.println(String.format(Locale.ROOT,
                "%s: entities %d ms (models loaded and recognised); analysis cold %d ms, again without cache %d µs, from cache %d µs "
                        + "(%d quotes, %d dates, %d figures)", file.getFileName(), entitiesMs, coldMs, warmUs, cachedUs,
                cold.quotes().size(), cold.timeline().size(), cold.figures().size()));
    }
}
