package org.newslens.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The recogniser NewsLens uses: CoreNLP tokens and CRF tags ({@link Tagger}), then general rules for
 * names ({@link NameRules}), figures and dates ({@link NumberDateRules}), then grouping into entities
 * ({@link EntityGrouper}). Models and resources load once, on first use; thread-safe afterwards.
 */
public final class CoreNlpRecogniser implements EntityRecogniser {
    /** Bump whenever a rule changes what is found, so cached results are recomputed. */
    static final int RULES_VERSION = 1;

    private final Tagger tagger;
    private final Set<NameRules.Step> steps;
    private volatile Lexicon lexicon;

    public CoreNlpRecogniser() {
        this(new CoreNlpTagger());
    }

    public CoreNlpRecogniser(Tagger tagger) {
        this(tagger, EnumSet.allOf(NameRules.Step.class));
    }

    CoreNlpRecogniser(Tagger tagger, Set<NameRules.Step> steps) {
        this.tagger = tagger;
        this.steps = steps.isEmpty() ? EnumSet.noneOf(NameRules.Step.class) : EnumSet.copyOf(steps);
    }

    @Override
    public String version() {
        String v = tagger.version() + "/rules-" + RULES_VERSION;
        return steps.size() == NameRules.Step.values().length ? v : v + steps;
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
        return fromTokens(text, tagger.tag(text));
    }

    /** Everything after tagging; separate so rules can be run on stored tags. */
    EntityAnalysis fromTokens(String text, List<Token> tokens) {
        Lexicon lex = lexicon();
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
            String context = s.label() == EntityLabel.FIGURE ? numbers.context(tokens, s) : null;
            found.add(new EntityGrouper.Found(start, end, text.substring(start, end), s.label(), context));
        }
        return new EntityGrouper(lex).group(found);
    }
}
