package org.newslens.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.newslens.app.Lazy;

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
    private final Lazy<Lexicon> lexicon = new Lazy<>(Lexicon::fromCoreNlpModels);

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
        lexicon.get();
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
        StagedRecognition segments = bySegment(text);
        while (!segments.isDone()) {
            segments.step(progress);
        }
        return segments.latest();
    }

    /**
     * A long text a segment at a time, as {@link #recognise} reads it; a shorter one a part of lines at a time, the
     * lines around {@code [firstFrom, firstTo)} first, each step's result from the rules over every part tagged so
     * far. Tagging a part of lines gives the tokens and answers tagging the whole text gives there (sentences end
     * at line breaks), so the last step's result is exactly {@link #recognise}'s.
     */
    @Override
    public StagedRecognition staged(String text, int firstFrom, int firstTo) {
        if (text.length() > SEGMENT_CHARS) {
            return bySegment(text);
        }
        List<int[]> ranges = tagger instanceof CoreNlpTagger && longestLine(text) <= CoreNlpTagger.CHUNK_CHARS
                ? TextParts.ranges(text, firstFrom, firstTo) : List.of();
        if (ranges.size() < 2) {
            return StagedRecognition.whole(text.length(), progress -> recognise(text, progress));
        }
        CoreNlpTagger t = (CoreNlpTagger) tagger;
        TextParts tagged = new TextParts();
        StagedRecognition.Builder parts = new StagedRecognition.Builder();
        for (int[] r : ranges) {
            parts.add(r[1] - r[0], progress -> {
                tagged.add(r[0], t.tag(text, r[0], r[1]));
                return fromTokens(text, tagged.tokens());
            });
        }
        return parts.build();
    }

    private StagedRecognition bySegment(String text) {
        List<EntityGrouper.Found> found = new ArrayList<>();
        StagedRecognition.Builder segments = new StagedRecognition.Builder();
        for (int[] segment : CoreNlpTagger.chunks(text, SEGMENT_CHARS)) {
            int from = segment[0];
            segments.add(segment[1] - from, progress -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("Entity recognition cancelled");
                }
                String part = text.substring(from, segment[1]);
                for (EntityGrouper.Found f : found(part, tagger.tag(part))) {
                    found.add(new EntityGrouper.Found(f.start() + from, f.end() + from, f.text(), f.label(), f.context()));
                }
                return new EntityGrouper(lexicon.get()).group(found);
            });
        }
        return segments.build();
    }

    private static int longestLine(String text) {
        int longest = 0;
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            longest = Math.max(longest, i - start);
            start = i + 1;
        }
        return Math.max(longest, text.length() - start);
    }

    /** Everything after tagging; separate so rules can be run on stored tags. */
    EntityAnalysis fromTokens(String text, List<Token> modelTokens) {
        return new EntityGrouper(lexicon.get()).group(found(text, modelTokens));
    }

    private List<EntityGrouper.Found> found(String text, List<Token> modelTokens) {
        Lexicon lex = lexicon.get();
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
            if (s.label().isName() && steps.contains(NameRules.Step.EXTEND)
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
                    out.add(t.part(from, i));
                    out.add(t.part(i, i + 1));
                    from = i + 1;
                }
            }
            out.add(t.part(from, w.length()));
        }
        return out;
    }
}
