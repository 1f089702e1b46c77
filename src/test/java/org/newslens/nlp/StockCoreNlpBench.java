package org.newslens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The stock CoreNLP reference of docs/benchmarks.md (run by hand, one fresh JVM per run, not a test): the
 * ordinary pipeline {@code tokenize,ssplit,pos,lemma,ner} with the {@code english.all.3class} model only,
 * fine-grained NER and SUTime off, annotating each FILE in turn, as a user of CoreNLP would. Prints the
 * token and entity-mention counts so a run can be checked against NewsLens's on the same files.
 *
 *   java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" org.newslens.nlp.StockCoreNlpBench FILE...
 */
public final class StockCoreNlpBench {
    private StockCoreNlpBench() {
    }

    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        long tokens = 0;
        long mentions = 0;
        for (String f : args) {
            Annotation doc = new Annotation(Files.readString(Path.of(f)));
            pipeline.annotate(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
            mentions += doc.get(CoreAnnotations.MentionsAnnotation.class).size();
        }
        System.out.printf("stock CoreNLP: %d files, %d tokens, %d entity mentions%n", args.length, tokens, mentions);
    }
}
