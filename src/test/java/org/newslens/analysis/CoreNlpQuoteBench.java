package org.newslens.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The reference point for docs/quotes.md: CoreNLP's own quote annotator with its attribution, and SUTime's date
 * normalisation, on the same hand-marked set QuoteEval scores NewsLens on (run by hand):
 * <pre>java -Xmx6g -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.analysis.CoreNlpQuoteBench [dev|heldout|all]</pre>
 * The quote annotator's attribution needs tokenize, ssplit, pos, lemma, ner (which runs SUTime), depparse and
 * coref. Its quotations include their marks; they are compared on the words inside them. It finds quotations
 * only (no reported statements) and gives no cue.
 */
public final class CoreNlpQuoteBench {
    private CoreNlpQuoteBench() {
    }

    public static void main(String[] args) throws Exception {
        String split = args.length > 0 ? args[0] : "all";
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("coref.algorithm", "statistical");
        props.setProperty("quote.attributeQuotes", "true");
        long t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long tokens = 0;
        long t1 = System.nanoTime();
        QuoteEval.Score all = new QuoteEval.Score();
        QuoteEval.Score direct = new QuoteEval.Score();
        for (QuoteEval.GoldArticle g : QuoteEval.load(split)) {
            String text = g.article().text();
            Annotation doc = new Annotation(text);
            java.time.LocalDate date = ArticleDates.find(g.article()) != null ? ArticleDates.find(g.article()).date() : g.readerDate();
            if (date != null) {
                doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
            }
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            List<QuoteEval.Item> quotes = new ArrayList<>();
            List<CoreMap> found = doc.get(CoreAnnotations.QuotationsAnnotation.class);
            for (CoreMap q : found == null ? List.<CoreMap>of() : found) {
                int s = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + 1;
                int e = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - 1;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
                if (speaker == null) {
                    speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
                }
                quotes.add(new QuoteEval.Item(s, e, text.substring(s, e), speaker, null, "DIRECT"));
            }
            List<TimeExpression> dates = new ArrayList<>();
            for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
                Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null) {
                    dates.add(new TimeExpression(t.beginPosition(), t.endPosition(), t.word(), timex.value(), null, null, null, 0, 0));
                }
            }
            QuoteEval.Prediction p = new QuoteEval.Prediction(quotes, dates);
            QuoteEval.score(g, p, all);
            QuoteEval.GoldArticle directOnly = new QuoteEval.GoldArticle(g.name(), g.article(), g.readerDate(),
                    g.quotes().stream().filter(x -> x.kind().equals("DIRECT")).toList(), List.of());
            QuoteEval.score(directOnly, p, direct);
        }
        double runSeconds = (System.nanoTime() - t1) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        System.out.println(all.line("corenlp " + split));
        System.out.println(direct.line("corenlp " + split + " direct only"));
        System.out.println(String.format(Locale.ROOT, "load %.1f s, %d tokens in %.1f s (%.0f tokens/s), heap after GC %d MB",
                loadSeconds, tokens, runSeconds, tokens / runSeconds, heap));
    }
}
