package org.newslens.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the CRF models' token tags into PERSON, PLACE and GROUP spans and makes them consistent across
 * the document: the CoNLL model's spans ({@link BaseNames}), then one {@link NameRule} per switched-on
 * {@link Step}, run in the order the steps are declared. Each rule is general: it uses the models' answers,
 * the document itself and CoreNLP's own demonym and gazetteer resources, never words of a particular
 * article. docs/entity-quality.md records what each step adds on the evaluation set.
 */
final class NameRules {

    /**
     * The steps, declared in the order they run (EvalNer --steps adds them cumulatively in this order); each
     * can be switched off for measuring it. Three are options of another step rather than rules of their own:
     * MISC_GROUPS of the base spans, PARTIAL_NAMES and CAPS of PROPAGATE.
     */
    enum Step {
        /** MISC spans that are nationalities, religions or ideologies become GROUPs; other MISC is dropped. */
        MISC_GROUPS,
        /** Where the CoNLL model sees a person and both other models an organisation, it is a group. */
        MODEL_AGREEMENT,
        /**
         * A multi-word group or place that starts with a given name (CoreNLP's name-gender table) and that another
         * model reads as a person is a PERSON.
         */
        GIVEN_NAMES,
        /**
         * A multi-word person for the CoNLL model alone, with no given name in front, that the wider model
         * reads as an organisation is a GROUP.
         */
        NO_PERSON_CUE,
        /** A person whose name carries an organisation word ("… Party", "… Bank", "Ministry of …") is a GROUP. */
        ORG_WORDS,
        /** An unrecognised name introduced as a place ("X, the capital of", "the town of X") is a PLACE. */
        PLACE_CUES,
        /** Hyphen-joined name parts ("Qala-e-Naw") stay one name. */
        HYPHEN_NAMES,
        /** Two names joined by "and"/"or" are two names ("Nice and Paris St Germain"). */
        COORDINATION,
        /** Leading words that are not part of a name: a month, a number, "Shares of …" at a sentence start. */
        TRIM,
        /**
         * A span made of two names the document also uses on their own is those two names ("Chicago NAPM",
         * "Nice and Paris St Germain" when "Nice" and "Paris St Germain" also appear alone).
         */
        SPLIT_KNOWN,
        /** Regnal numbers belong to the name ("Elizabeth I"); so does a capitalised "The" mid-sentence ("The Hague"). */
        EXTEND,
        /** Names only the wider 3-class model finds are added where the CoNLL model saw nothing. */
        UNION,
        /** A name recognised once is recognised wherever it appears again in the document. */
        PROPAGATE,
        /** (Option of PROPAGATE.) The last name of a recognised person is a PERSON wherever it appears alone. */
        PARTIAL_NAMES,
        /** (Option of PROPAGATE.) ALL-CAPS headlines: a word matching a name of the document (case aside) gets its label. */
        CAPS,
        /** Every occurrence of one surface form gets the label most of its occurrences have. */
        VOTE,
        /** A person's surname alone is the person even where a model called it a place or group. */
        SURNAME_RELABEL,
        /**
         * A group named exactly like a country of CoreNLP's demonym table ("PANAMA", "El Salvador") or a country
         * abbreviation ("UK"), or ending in a street word ("… Square"), is a PLACE; so is a person named like a
         * country that both other models read as a location.
         */
        COUNTRY_PLACES
    }

    /** The steps that raise the score on the evaluation set; the others are kept to show they do not. */
    static final Set<Step> DEFAULT = EnumSet.complementOf(EnumSet.of(Step.UNION, Step.VOTE, Step.COORDINATION, Step.SPLIT_KNOWN, Step.ORG_WORDS));

    private final BaseNames base;
    private final List<NameRule> rules = new ArrayList<>();

    NameRules(Lexicon lexicon) {
        this(lexicon, DEFAULT);
    }

    NameRules(Lexicon lexicon, Set<Step> steps) {
        Set<Step> on = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
        this.base = new BaseNames(lexicon, on.contains(Step.MISC_GROUPS));
        for (Step step : on) { // an EnumSet iterates in declaration order
            NameRule rule = rule(step, lexicon, on);
            if (rule != null) {
                rules.add(rule);
            }
        }
    }

    /** The rule object of a step, or null for a step that is an option of another one. */
    private static NameRule rule(Step step, Lexicon lexicon, Set<Step> on) {
        return switch (step) {
            case MISC_GROUPS, PARTIAL_NAMES, CAPS -> null;
            case MODEL_AGREEMENT -> RelabelRules.modelAgreement();
            case GIVEN_NAMES -> RelabelRules.givenNames(lexicon);
            case NO_PERSON_CUE -> RelabelRules.noPersonCue(lexicon);
            case ORG_WORDS -> RelabelRules.orgWords();
            case PLACE_CUES -> new Propagation.PlaceCues();
            case HYPHEN_NAMES -> ShapeRules.hyphenNames();
            case COORDINATION -> ShapeRules.coordination();
            case TRIM -> ShapeRules.trim();
            case SPLIT_KNOWN -> new ShapeRules.SplitKnown();
            case EXTEND -> ShapeRules.extend();
            case UNION -> new Propagation.WideOnly();
            case PROPAGATE -> new Propagation.Propagate(on.contains(Step.PARTIAL_NAMES), on.contains(Step.CAPS));
            case VOTE -> new RelabelRules.Vote();
            case SURNAME_RELABEL -> new RelabelRules.SurnameRelabel();
            case COUNTRY_PLACES -> RelabelRules.countryPlaces(lexicon);
        };
    }

    List<Span> find(List<Token> tokens) {
        List<Span> spans = base.find(tokens);
        for (NameRule rule : rules) {
            spans = rule.apply(tokens, spans);
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::first));
        return sorted;
    }

    /** A sentence-final abbreviation ("Co.", "Mich.") lends its dot to the sentence: the name ends before it. */
    static boolean endsSentenceWithDot(List<Token> tokens, Span s) {
        return Spans.endsSentenceWithDot(tokens, s);
    }
}
