package org.newslens.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newslens.app.AppHome;
import org.newslens.article.Article;
import org.newslens.article.ArticleLoader;
import org.newslens.nlp.EntityService;

/** Writes draft gold files (system output) for articles, to be corrected by hand: QuoteDraft OUTDIR SPLIT FILE... */
public final class QuoteDraft {
    private QuoteDraft() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        EntityService entities = EntityService.createDefault(AppHome.fromEnvironment());
        AnalysisService analysis = new AnalysisService(Files.createTempDirectory("quote-draft"), new ReaderDates(Files.createTempFile("d", ".json")));
        for (int i = 2; i < args.length; i++) {
            Path f = Path.of(args[i]);
            Article a = new ArticleLoader().load(f);
            ArticleAnalysis r = analysis.compute(a.text(), entities.analyse(a), ArticleDates.find(a));
            var quotes = r.quotes().stream().map(q -> new QuoteEval.Item(q.start(), q.end(), q.text(),
                    q.speaker() == null ? null : q.speaker().name(), q.cue(), q.kind().name())).toList();
            var dates = r.timeline().stream().sorted(java.util.Comparator.comparingInt(TimeExpression::start)).toList();
            String name = f.getFileName().toString().replaceAll("\\.txt$", "");
            QuoteEval.draft(f, args[1], new QuoteEval.Prediction(quotes, dates), out.resolve(name + ".json"));
        }
    }
}
