package org.newslens.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The recogniser NewsLens uses: CoreNLP tokens and CRF tags ({@link Tagger}), then general rules for
 * names ({@link NameRules}), figures and dates ({@link NumberDateRules}), then grouping into entities
 * ({@link EntityGrouper}). Models and resources load once, on first use; thread-safe afterwards.
 */
public final class CoreNlpRecogniser implements EntityRecogniser {
    /** Bump whenever a rule changes what is found, so cached results are recomputed. */
    static final int RULES_VERSION = 6;
    /** Texts longer than this (about 40,000 words; no news article) are recognised a segment at a time. */
    public static final int SEGMENT_CHARS = 200_000;

    private final Tagger tagger;
    private final Set<NameRules.Step> steps;
    private volatile Lexicon lexicon;

    public CoreNlpRecogniser() {
        this(new CoreNlpTagger());
    }

    public CoreNlpRecogniser(Tagger tagger) {
        this(tagger, NameRules.DEFAULT);
    }

    CoreNlpRecogniser(Tagger tagger, Set<NameRules.Step> steps) {
        this.tagger = tagger;
        this.steps = steps.isEmpty() ? EnumSet.noneOf(NameRules.Step.class) : EnumSet.copyOf(steps);
    }

    @Override
    public String version() {
        String v = tagger.version() + "/rules-" + RULES_VERSION;
        return steps.equals(NameRules.DEFAULT) ? v : v + steps;
    }

    /** What the tokenizer skipped so far (see {@link CoreNlpTagger#skipped()}); nothing for other taggers. */
    CoreNlpTagger.Skipped skippedCharacters() {
        return tagger instanceof CoreNlpTagger t ? t.skipped() : new CoreNlpTagger.Skipped(0, 0, null);
    }

    /** Loads models and resources now rather than on first use. */
    public void load() {
        if (tagger instanceof CoreNlpTagger t) {
            t.load();
        }
        lexicon();
    }

    private Lexicon lexicon() {
        Lexicon l = lexicon;
        if (l == null) {
            synchronized (this) {
                l = lexicon;
                if (l == null) {
                    l = Lexicon.fromCoreNlpModels();
                    lexicon = l;
                }
            }
        }
        return l;
    }

    @Override
    public EntityAnalysis recognise(String text) {
        return recognise(text, RecognitionProgress.NONE);
    }

    /**
     * A text up to {@link #SEGMENT_CHARS} is read whole (every news article: the rules then see the whole document).
     * A longer one is read a segment of lines at a time, each segment's names found on its own and all mentions
     * grouped at the end, so memory stays bounded whatever the size; progress is reported after each segment.
     */
    @Override
    public EntityAnalysis recognise(String text, RecognitionProgress progress) {
        if (text.length() <= SEGMENT_CHARS) {
            EntityAnalysis result = fromTokens(text, tagger.tag(text));
            progress.update(text.length(), text.length());
            return result;
        }
        List<EntityGrouper.Found> found = new ArrayList<>();
        for (int[] segment : CoreNlpTagger.chunks(text, SEGMENT_CHARS)) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Entity recognition cancelled");
            }
            int from = segment[0];
            String part = text.substring(from, segment[1]);
            for (EntityGrouper.Found f : found(part, tagger.tag(part))) {
                found.add(new EntityGrouper.Found(f.start() + from, f.end() + from, f.text(), f.label(), f.context()));
            }
            progress.update(segment[1], text.length());
        }
        return new EntityGrouper(lexicon()).group(found);
    }

    /** Everything after tagging; separate so rules can be run on stored tags. */
    EntityAnalysis fromTokens(String text, List<Token> modelTokens) {
        return new EntityGrouper(lexicon()).group(found(text, modelTokens));
    }

    private List<EntityGrouper.Found> found(String text, List<Token> modelTokens) {
        Lexicon lex = lexicon();
        List<Token> tokens = splitHyphens(modelTokens);
        List<Span> names = new NameRules(lex, steps).find(tokens);
        NumberDateRules numbers = new NumberDateRules();
        List<Span> spans = new ArrayList<>(names);
        for (Span s : numbers.find(tokens)) {
            if (names.stream().noneMatch(s::overlaps)) {
                spans.add(s);
            }
        }
        List<EntityGrouper.Found> found = new ArrayList<>();
        for (Span s : spans) {
            int start = tokens.get(s.first()).start();
            int end = tokens.get(s.end() - 1).end();
            if (s.label() != EntityLabel.FIGURE && s.label() != EntityLabel.DATE && steps.contains(NameRules.Step.EXTEND)
                    && NameRules.endsSentenceWithDot(tokens, s)) {
                end--;
            }
            String context = s.label() == EntityLabel.FIGURE ? numbers.context(tokens, s) : null;
            found.add(new EntityGrouper.Found(start, end, text.substring(start, end), s.label(), context));
        }
        return found;
    }

    /**
     * The models read hyphenated words whole (as they were trained); the rules see their parts, each with
     * the whole word's tags, so "Moscow-based" yields "Moscow" and "decades-long" yields "decades".
     */
    static List<Token> splitHyphens(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String w = t.word();
            int hyphen = w.indexOf('-', 1);
            if (hyphen < 0 || hyphen == w.length() - 1 || w.chars().allMatch(c -> c == '-' || Character.isDigit(c))
                    || w.length() != t.end() - t.start()) {
                out.add(t);
                continue;
            }
            int from = 0;
            for (int i = 1; i < w.length() - 1; i++) {
                if (w.charAt(i) == '-' && i > from) {
                    out.add(part(t, from, i));
                    out.add(part(t, i, i + 1));
                    from = i + 1;
                }
            }
            out.add(part(t, from, w.length()));
        }
        return out;
    }

    private static Token part(Token t, int from, int to) {
        return new Token(t.word().substring(from, to), t.start() + from, t.start() + to, t.sentence(),
                t.conll(), t.wide(), t.muc());
    }
}
