package org.newslens.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.newslens.app.Lazy;

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
    /** A line (paragraph) longer than this many chunks is cut at a space, so no single annotation grows without bound. */
    static final int LONG_LINE_FACTOR = 5;
    /** Longer runs of non-space characters never reach the tokenizer or the models (the longest dev-set token has 27). */
    static final int MAX_TOKEN_CHARS = 64;
    /** The models read longer sentences in windows of this many tokens (the longest dev-set sentence has 109). */
    static final int MAX_SENTENCE_TOKENS = 250;

    private final Lazy<Models> models = new Lazy<>(CoreNlpTagger::loadModels);
    private final LongAdder skippedChars = new LongAdder();
    private final LongAdder textsWithSkips = new LongAdder();
    private final AtomicReference<String> firstSkipped = new AtomicReference<>();

    /**
     * What the tokenizer could not read and skipped, over every text tagged so far.
     *
     * @param example the first such character, as "U+FFFD", or null
     */
    public record Skipped(long characters, long texts, String example) {
    }

    public Skipped skipped() {
        return new Skipped(skippedChars.sum(), textsWithSkips.sum(), firstSkipped.get());
    }

    /**
     * The CoNLL model runs on every sentence, so tagging starts as soon as it is in; the two others are asked for only
     * by the rules (see {@link LateTags}), which run after the tagging, so they are still loading meanwhile.
     */
    private record Models(StanfordCoreNLP splitter, CRFClassifier<CoreLabel> conll,
                          Future<CRFClassifier<CoreLabel>> wide, Future<CRFClassifier<CoreLabel>> muc) {
    }

    @Override
    public String version() {
        return "corenlp-4.5.10+conll4+all3+muc7+newline-ssplit+hyphen-tokens";
    }

    /** Loads the models now (for example at start-up, off the UI thread); later calls return at once. */
    public void load() {
        Models m = models.get();
        loaded(m.wide());
        loaded(m.muc());
    }

    public boolean isLoaded() {
        return models.isMade() && models.get().wide().isDone() && models.get().muc().isDone();
    }

    private static Models loadModels() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        // Articles keep paragraphs apart with blank lines and never break lines inside one; a text
        // with one sentence a line (the evaluation set) is split where its lines end.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // The CRF models were trained on text whose hyphenated words are single tokens ("Chester-le-Street",
        // "Moscow-based"); splitting them, the tokenizer's default since 4.2, costs about half a point.
        // Characters the tokenizer cannot read are skipped as before, but counted (see skipped()) instead of
        // logged one line per text.
        props.setProperty("tokenize.options", "splitHyphenated=false,invertible=true,untokenizable=noneDelete");
        // The three models are independent files; reading them side by side on the machine's cores takes
        // the cold start from the sum of their load times towards the longest one.
        ExecutorService loaders = Executors.newFixedThreadPool(
                Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "newslens-model-loader");
                    t.setDaemon(true);
                    return t;
                });
        try {
            Future<CRFClassifier<CoreLabel>> conll;
            Future<CRFClassifier<CoreLabel>> wide;
            Future<CRFClassifier<CoreLabel>> muc;
            if (ModelPack.available()) {
                // the models of the pack without their (shared) lexicon, which the calling thread reads meanwhile
                CompletableFuture<Map<String, String>> lexicon = new CompletableFuture<>();
                conll = loaders.submit(() -> ModelPack.withLexicon(ModelPack.readModel(CONLL), lexicon.get()));
                wide = loaders.submit(() -> ModelPack.withLexicon(ModelPack.readModel(WIDE), lexicon.get()));
                muc = loaders.submit(() -> ModelPack.withLexicon(ModelPack.readModel(MUC), lexicon.get()));
                try {
                    lexicon.complete(ModelPack.readLexicon());
                } catch (IOException | RuntimeException e) {
                    lexicon.completeExceptionally(e);
                }
            } else {
                conll = loaders.submit(() -> CRFClassifier.getClassifier(CONLL));
                wide = loaders.submit(() -> CRFClassifier.getClassifier(WIDE));
                muc = loaders.submit(() -> CRFClassifier.getClassifier(MUC));
            }
            StanfordCoreNLP splitter = new StanfordCoreNLP(props);
            return new Models(splitter, loaded(conll), wide, muc);
        } catch (RuntimeException e) {
            loaders.shutdownNow();
            throw e instanceof IllegalStateException ? e : new IllegalStateException("Cannot load the CoreNLP models: " + e.getMessage(), e);
        } finally {
            loaders.shutdown(); // the loads still queued go on
        }
    }

    private static CRFClassifier<CoreLabel> loaded(Future<CRFClassifier<CoreLabel>> model) {
        try {
            return model.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the CoreNLP models", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("Cannot load the CoreNLP models: " + cause.getMessage(), cause);
        }
    }

    @Override
    public List<Token> tag(String text) {
        return tag(text, CHUNK_CHARS);
    }

    /**
     * Tags the text a piece at a time: CoreNLP's annotation of a text costs far more memory than the text
     * itself, so a multi-megabyte article is never annotated in one piece. Pieces end at a newline where one is
     * close enough (sentences end at every newline, so such a cut changes no answer), else at a space; a run of
     * more than {@link #MAX_TOKEN_CHARS} non-space characters is a piece of its own (see {@link #longToken}).
     */
    List<Token> tag(String text, int chunkChars) {
        return tag(text, 0, text.length(), chunkChars);
    }

    /**
     * Tags the characters [from, to) of the text, which start and end at a line break or an end of the text: the tokens
     * and answers tagging the whole text gives there (sentences end at every line break), offsets into the whole text,
     * sentences numbered from 0. An interrupt gives up between pieces with a CancellationException.
     */
    List<Token> tag(String text, int from, int to) {
        return tag(text, from, to, CHUNK_CHARS);
    }

    private List<Token> tag(String text, int from, int to, int chunkChars) {
        Models m = models.get();
        List<Token> out = new ArrayList<>();
        int sentenceIndex = 0;
        long skipped = 0;
        for (int[] piece : chunks(from == 0 && to == text.length() ? text : text.substring(from, to), chunkChars)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Entity recognition cancelled");
            }
            int start = from + piece[0];
            int end = from + piece[1];
            if (piece[2] == LONG_RUN) {
                out.add(longToken(text, start, end, sentenceIndex++));
            } else {
                int firstToken = out.size();
                sentenceIndex = tagChunk(m, text, start, end, sentenceIndex, out);
                skipped += countSkipped(text, start, end, out.subList(firstToken, out.size()));
            }
        }
        if (skipped > 0) {
            skippedChars.add(skipped);
            textsWithSkips.increment();
        }
        return out;
    }

    /** Characters of [from, to) in no token that are neither space nor invisible formatting: what the tokenizer skipped. */
    private long countSkipped(String text, int from, int to, List<Token> tokens) {
        long count = 0;
        int next = from;
        for (int t = 0; t <= tokens.size(); t++) {
            int gapEnd = t < tokens.size() ? tokens.get(t).start() : to;
            for (int i = next; i < gapEnd; i++) {
                char c = text.charAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT
                        && !Character.isLowSurrogate(c)) {
                    count++;
                    firstSkipped.compareAndSet(null, String.format(Locale.ROOT, "U+%04X", text.codePointAt(i)));
                }
            }
            next = t < tokens.size() ? Math.max(next, tokens.get(t).end()) : to;
        }
        return count;
    }

    /** Kinds of piece in {@link #chunks}: text for the tokenizer and the models, or one over-long run of non-space characters. */
    static final int TEXT = 0;
    static final int LONG_RUN = 1;

    /**
     * A run of more than {@link #MAX_TOKEN_CHARS} non-space characters (a pasted hash, a giant URL, a 200,000-letter
     * "word") is one token and one sentence of its own, tagged O by every model: the tokenizer and the CRFs never
     * see it (their feature extraction costs time and memory per character of a word: 20,000 letters took 20 s
     * and over 1 GB). No name is that long, so no name is lost.
     */
    private static Token longToken(String text, int start, int end, int sentence) {
        return new Token(text.substring(start, end), start, end, sentence, Token.NONE, Token.NONE, Token.NONE);
    }

    /**
     * Pieces {start, end, kind} covering the text in order. A TEXT piece is at most {@code max} chars, cut at the
     * last newline in reach; a longer line is one piece up to {@code LONG_LINE_FACTOR × max} chars, and a line longer
     * than that is cut at a space;
     * a LONG_RUN piece is one run of more than {@link #MAX_TOKEN_CHARS} non-space characters.
     */
    static List<int[]> chunks(String text, int max) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int limit = Math.min(n, start + max);
            int[] run = longRun(text, start, limit);
            if (run != null) {
                if (run[0] > start) {
                    out.add(new int[] {start, run[0], TEXT});
                }
                out.add(new int[] {run[0], run[1], LONG_RUN});
                start = run[1];
                continue;
            }
            int end = n;
            if (n - start > max) {
                end = text.lastIndexOf('\n', limit);
                if (end <= start) {
                    // a line longer than the chunk: whole up to LONG_LINE_FACTOR chunks, else cut at a space
                    int next = text.indexOf('\n', limit);
                    int hard = (int) Math.min(n, (long) start + (long) max * LONG_LINE_FACTOR);
                    end = next >= 0 && next <= hard ? next : hard == n ? n : lastSpace(text, start, hard);
                }
            }
            out.add(new int[] {start, end, TEXT});
            start = end;
        }
        return out;
    }

    /** The last whitespace in (from, to], or {@code to} if there is none (cannot happen after longRun found none). */
    private static int lastSpace(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return to;
    }

    /** The first run of more than MAX_TOKEN_CHARS non-space characters starting in [from, limit), or null. */
    private static int[] longRun(String text, int from, int limit) {
        int i = from;
        while (i < limit) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j - i > MAX_TOKEN_CHARS) {
                return new int[] {i, j};
            }
            i = j;
        }
        return null;
    }

    private static int tagChunk(Models m, String text, int from, int to, int sentenceIndex, List<Token> out) {
        Annotation doc = new Annotation(text.substring(from, to));
        m.splitter().annotate(doc);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            // a sentence longer than the bound is read by the models in windows of that many tokens
            for (int w = 0; w < tokens.size(); w += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> window = tokens.subList(w, Math.min(tokens.size(), w + MAX_SENTENCE_TOKENS));
                List<String> conll = answers(m.conll(), window);
                // the rules read the other two models' tags only in and around names: those run when first asked
                LateTags wide = new LateTags(() -> loaded(m.wide()), window);
                LateTags muc = new LateTags(() -> loaded(m.muc()), window);
                for (int i = 0; i < window.size(); i++) {
                    CoreLabel t = window.get(i);
                    int begin = from + t.beginPosition();
                    int end = from + t.endPosition();
                    out.add(new Token(text.substring(begin, end), begin, end, sentenceIndex, conll.get(i), wide, muc, i));
                }
            }
            sentenceIndex++;
        }
        return sentenceIndex;
    }

    static List<String> answers(CRFClassifier<CoreLabel> classifier, List<CoreLabel> tokens) {
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
