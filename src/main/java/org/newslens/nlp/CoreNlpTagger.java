package org.newslens.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tokenises with CoreNLP and runs three of its CRF name models over every sentence, keeping each model's
 * answer per token. Chosen by measurement (docs/entity-quality.md): the three CRFs load in about 2 s and
 * 300 MB together, where the default pipeline with POS, SUTime and fine-grained NER takes 11 s and 2.9 GB.
 * The models load once, on first use; after that the tagger is safe to share between threads.
 */
public final class CoreNlpTagger implements Tagger {
    static final String MODELS = "edu/stanford/nlp/models/ner/";
    static final String CONLL = MODELS + "english.conll.4class.distsim.crf.ser.gz";
    static final String WIDE = MODELS + "english.all.3class.distsim.crf.ser.gz";
    static final String MUC = MODELS + "english.muc.7class.distsim.crf.ser.gz";

    /** About 3,500 words: a few MB of annotation at a time. */
    static final int CHUNK_CHARS = 20_000;

    private volatile Models models;

    private record Models(StanfordCoreNLP splitter, CRFClassifier<CoreLabel> conll,
                          CRFClassifier<CoreLabel> wide, CRFClassifier<CoreLabel> muc) {
    }

    @Override
    public String version() {
        return "corenlp-4.5.10+conll4+all3+muc7+newline-ssplit+hyphen-tokens";
    }

    /** Loads the models now (for example at start-up, off the UI thread); later calls return at once. */
    public void load() {
        models();
    }

    public boolean isLoaded() {
        return models != null;
    }

    private Models models() {
        Models m = models;
        if (m == null) {
            synchronized (this) {
                m = models;
                if (m == null) {
                    m = loadModels();
                    models = m;
                }
            }
        }
        return m;
    }

    private static Models loadModels() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // Articles keep paragraphs apart with blank lines and never break lines inside one; a text
        // with one sentence a line (the evaluation set) is split where its lines end.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The CRF models were trained on text whose hyphenated words are single tokens ("Chester-le-Street",
        // "Moscow-based"); splitting them, the tokenizer's default since 4.2, costs about half a point.
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        // The three models are independent files; reading them side by side on the machine's cores takes
        // the cold start from the sum of their load times towards the longest one.
        ExecutorService loaders = Executors.newFixedThreadPool(
                Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "newslens-model-loader");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Future<CRFClassifier<CoreLabel>> conll = loaders.submit(() -> CRFClassifier.getClassifier(CONLL));
            Future<CRFClassifier<CoreLabel>> wide = loaders.submit(() -> CRFClassifier.getClassifier(WIDE));
            Future<CRFClassifier<CoreLabel>> muc = loaders.submit(() -> CRFClassifier.getClassifier(MUC));
            StanfordCoreNLP splitter = new StanfordCoreNLP(props);
            return new Models(splitter, conll.get(), wide.get(), muc.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the CoreNLP models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Cannot load the CoreNLP models: " + cause.getMessage(), cause);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot load the CoreNLP models: " + e.getMessage(), e);
        } finally {
            loaders.shutdownNow();
        }
    }

    @Override
    public List<Token> tag(String text) {
        return tag(text, CHUNK_CHARS);
    }

    /**
     * Tags the text a chunk of whole lines at a time: CoreNLP's annotation of a text costs far more memory
     * than the text itself, so a multi-megabyte article is never annotated in one piece. Sentences end at
     * every newline, so a cut there changes no answer.
     */
    List<Token> tag(String text, int chunkChars) {
        Models m = models();
        List<Token> out = new ArrayList<>();
        int sentenceIndex = 0;
        for (int[] chunk : chunks(text, chunkChars)) {
            sentenceIndex = tagChunk(m, text, chunk[0], chunk[1], sentenceIndex, out);
        }
        return out;
    }

    /** Half-open ranges covering the text, each at most {@code max} chars where a newline allows, cut at newlines. */
    static List<int[]> chunks(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.length();
            if (end - start > max) {
                int cut = text.lastIndexOf('\n', start + max);
                if (cut <= start) {
                    cut = text.indexOf('\n', start + max);
                }
                end = cut < 0 ? text.length() : cut;
            }
            out.add(new int[] {start, end});
            start = end;
        }
        return out;
    }

    private static int tagChunk(Models m, String text, int from, int to, int sentenceIndex, List<Token> out) {
        Annotation doc = new Annotation(text.substring(from, to));
        m.splitter().annotate(doc);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            List<String> conll = answers(m.conll(), tokens);
            List<String> wide = answers(m.wide(), tokens);
            List<String> muc = answers(m.muc(), tokens);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                int begin = from + t.beginPosition();
                int end = from + t.endPosition();
                out.add(new Token(text.substring(begin, end), begin, end, sentenceIndex,
                        conll.get(i), wide.get(i), muc.get(i)));
            }
            sentenceIndex++;
        }
        return sentenceIndex;
    }

    private static List<String> answers(CRFClassifier<CoreLabel> classifier, List<CoreLabel> tokens) {
        List<CoreLabel> copy = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            copy.add(new CoreLabel(t));
        }
        List<CoreLabel> tagged = classifier.classifySentence(copy);
        List<String> out = new ArrayList<>(tagged.size());
        for (CoreLabel t : tagged) {
            String answer = t.get(CoreAnnotations.AnswerAnnotation.class);
            out.add(answer == null ? Token.NONE : answer);
        }
        return out;
    }
}
