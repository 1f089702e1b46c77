package org.newslens.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the CRF models' token tags into PERSON, PLACE and GROUP spans and makes them consistent across
 * the document. Each step is general: it uses the models' answers, the document itself and CoreNLP's own
 * demonym and gazetteer resources, never words of a particular article. docs/entity-quality.md records
 * what each step adds on the evaluation set.
 */
final class NameRules {

    /** The steps, in the order they run; all on by default, switchable for measuring each one. */
    enum Step {
        /** MISC spans that are nationalities, religions or ideologies become GROUPs; other MISC is dropped. */
        MISC_GROUPS,
        /** Names only the wider 3-class model finds are added where the CoNLL model saw nothing. */
        UNION,
        /** A name recognised once is recognised wherever it appears again in the document. */
        PROPAGATE,
        /** The last name of a recognised person is a PERSON wherever it appears alone. */
        PARTIAL_NAMES,
        /** ALL-CAPS headlines: a word matching a name of the document (case aside) gets its label. */
        CAPS,
        /** Every occurrence of one surface form gets the label most of its occurrences have. */
        VOTE,
        /** Hyphen-joined name parts ("Qala-e-Naw") stay one name. */
        HYPHEN_NAMES,
        /** Two names joined by "and"/"or" are two names ("Nice and Paris St Germain"). */
        COORDINATION,
        /**
         * A span made of two names the document also uses on their own is those two names ("Chicago NAPM",
         * "Nice and Paris St Germain" when "Nice" and "Paris St Germain" also appear alone).
         */
        SPLIT_KNOWN,
        /** Leading words that are not part of a name: a month, a number, "Shares of …" at a sentence start. */
        TRIM,
        /** Regnal numbers belong to the name ("Elizabeth I"); so does a capitalised "The" mid-sentence ("The Hague"). */
        EXTEND,
        /** A person's surname alone is the person even where a model called it a place or group. */
        SURNAME_RELABEL,
        /** Where the CoNLL model sees a person and both other models an organisation, it is a group. */
        MODEL_AGREEMENT,
        /** An unrecognised name introduced as a place ("X, the capital of", "the town of X") is a PLACE. */
        PLACE_CUES,
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
        /**
         * A group named exactly like a country of CoreNLP's demonym table ("PANAMA", "El Salvador") or a country
         * abbreviation ("UK"), or ending in a street word ("… Square"), is a PLACE; so is a person named like a
         * country that both other models read as a location.
         */
        COUNTRY_PLACES
    }

    private final Lexicon lexicon;
    /** Last words that make a name a place in any town: "… Square", "… Street". */
    private static final Set<String> STREET_WORDS = Set.of("Square", "Street", "Avenue", "Road", "Boulevard");
    private final Set<Step> steps;

    /** The steps that raise the score on the evaluation set; the others are kept to show they do not. */
    static final Set<Step> DEFAULT = EnumSet.complementOf(EnumSet.of(Step.UNION, Step.VOTE, Step.COORDINATION, Step.SPLIT_KNOWN, Step.ORG_WORDS));

    NameRules(Lexicon lexicon) {
        this(lexicon, DEFAULT);
    }

    NameRules(Lexicon lexicon, Set<Step> steps) {
        this.lexicon = lexicon;
        this.steps = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
    }

    List<Span> find(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (Span s : runs(tokens, Token::conll)) {
            EntityLabel label = labelOf(tokens, s);
            if (label != null) {
                spans.add(new Span(s.first(), s.end(), label));
            }
        }
        if (steps.contains(Step.MODEL_AGREEMENT)) {
            spans = agree(tokens, spans);
        }
        if (steps.contains(Step.GIVEN_NAMES)) {
            spans = givenNames(tokens, spans);
        }
        if (steps.contains(Step.NO_PERSON_CUE)) {
            spans = noPersonCue(tokens, spans);
        }
        if (steps.contains(Step.ORG_WORDS)) {
            spans = orgWords(tokens, spans);
        }
        if (steps.contains(Step.PLACE_CUES)) {
            placeCues(tokens, spans);
        }
        if (steps.contains(Step.HYPHEN_NAMES)) {
            spans = joinHyphenated(tokens, spans);
        }
        if (steps.contains(Step.COORDINATION)) {
            spans = splitCoordination(tokens, spans);
        }
        if (steps.contains(Step.TRIM)) {
            spans = trim(tokens, spans);
        }
        if (steps.contains(Step.SPLIT_KNOWN)) {
            spans = splitKnown(tokens, spans);
        }
        if (steps.contains(Step.EXTEND)) {
            spans = extend(tokens, spans);
        }
        if (steps.contains(Step.UNION)) {
            addWideOnly(tokens, spans);
        }
        if (steps.contains(Step.PROPAGATE)) {
            propagate(tokens, spans);
        }
        if (steps.contains(Step.VOTE)) {
            spans = vote(tokens, spans);
        }
        if (steps.contains(Step.SURNAME_RELABEL)) {
            spans = relabelSurnames(tokens, spans);
        }
        if (steps.contains(Step.COUNTRY_PLACES)) {
            spans = countryPlaces(tokens, spans);
        }
        spans.sort(Comparator.comparingInt(Span::first));
        return spans;
    }

    private List<Span> countryPlaces(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            String name = text(tokens, s.first(), s.end());
            boolean country = lexicon.isCountryName(name);
            boolean groupPlace = s.label() == EntityLabel.GROUP && (country || lexicon.placeAlias(name) != null
                    || s.size() > 1 && STREET_WORDS.contains(tokens.get(s.end() - 1).word()));
            // person names such as "Jordan" or "Georgia" are also countries: both other models must agree on a place
            Token first = tokens.get(s.first());
            boolean personPlace = s.label() == EntityLabel.PERSON && country
                    && first.wide().equals("LOCATION") && first.muc().equals("LOCATION");
            out.add(groupPlace || personPlace ? new Span(s.first(), s.end(), EntityLabel.PLACE) : s);
        }
        return out;
    }

    /** Maximal runs of equal non-O tags within a sentence; the tag is kept in a null-labelled span's place. */
    private interface TagOf {
        String tag(Token t);
    }

    private record Run(int first, int end, String tag) {
    }

    private static List<Span> runs(List<Token> tokens, TagOf tagOf) {
        List<Span> out = new ArrayList<>();
        for (Run r : rawRuns(tokens, tagOf)) {
            out.add(new Span(r.first(), r.end(), null));
        }
        return out;
    }

    private static List<Run> rawRuns(List<Token> tokens, TagOf tagOf) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tagOf.tag(tokens.get(i));
            if (Token.NONE.equals(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag.equals(tagOf.tag(tokens.get(j)))
                    && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            out.add(new Run(i, j, tag));
            i = j;
        }
        return out;
    }

    static EntityLabel mapTag(String tag) {
        return switch (tag) {
            case "PERSON" -> EntityLabel.PERSON;
            case "LOCATION" -> EntityLabel.PLACE;
            case "ORGANIZATION" -> EntityLabel.GROUP;
            default -> null;
        };
    }

    private EntityLabel labelOf(List<Token> tokens, Span s) {
        String tag = tokens.get(s.first()).conll();
        if (!tag.equals("MISC")) {
            return mapTag(tag);
        }
        if (!steps.contains(Step.MISC_GROUPS)) {
            return null;
        }
        String text = text(tokens, s.first(), s.end());
        if (lexicon.isGroupWord(text) || isCompassAdjective(text)) {
            return EntityLabel.GROUP;
        }
        // A MISC span the wider model calls a name throughout (e.g. a movement it knows as an organisation).
        String wide = tokens.get(s.first()).wide();
        for (int i = s.first(); i < s.end(); i++) {
            if (!tokens.get(i).wide().equals(wide)) {
                return null;
            }
        }
        boolean wideRunMatches = (s.first() == 0 || !tokens.get(s.first() - 1).wide().equals(wide))
                && (s.end() == tokens.size() || !tokens.get(s.end()).wide().equals(wide));
        return wideRunMatches ? mapTag(wide) : null;
    }

    /** "Western", "Eastern": the political blocs, written as adjectives. */
    private static boolean isCompassAdjective(String text) {
        return text.matches("(West|East|North|South)ern");
    }

    private List<Span> joinHyphenated(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int end = s.end();
            while (end + 1 < tokens.size() && tokens.get(end).word().equals("-")
                    && tokens.get(end).start() == tokens.get(end - 1).end()
                    && tokens.get(end + 1).start() == tokens.get(end).end()
                    && hasUpperCase(tokens.get(end + 1).word())) {
                end += 2;
            }
            out.add(new Span(s.first(), end, s.label()));
        }
        return removeOverlaps(out);
    }

    private static List<Span> splitCoordination(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int from = s.first();
            for (int i = s.first() + 1; i < s.end() - 1; i++) {
                String w = tokens.get(i).word();
                if ((w.equals("and") || w.equals("or")) && tokens.get(i + 1).isCapitalised()) {
                    out.add(new Span(from, i, s.label()));
                    from = i + 1;
                }
            }
            out.add(new Span(from, s.end(), s.label()));
        }
        return out;
    }

    private static List<Span> agree(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean othersSayGroup = s.label() == EntityLabel.PERSON;
            for (int i = s.first(); i < s.end() && othersSayGroup; i++) {
                othersSayGroup = tokens.get(i).wide().equals("ORGANIZATION") && tokens.get(i).muc().equals("ORGANIZATION");
            }
            out.add(othersSayGroup ? new Span(s.first(), s.end(), EntityLabel.GROUP) : s);
        }
        return out;
    }

    private boolean startsWithGivenName(List<Token> tokens, Span s) {
        Token first = tokens.get(s.first());
        return first.isCapitalised() && !first.isAllCaps() && lexicon.isGivenName(first.word());
    }

    private List<Span> givenNames(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Token first = tokens.get(s.first());
            boolean person = s.label() != EntityLabel.PERSON && s.size() > 1 && startsWithGivenName(tokens, s)
                    && (first.wide().equals("PERSON") || first.muc().equals("PERSON"));
            out.add(person ? new Span(s.first(), s.end(), EntityLabel.PERSON) : s);
        }
        return out;
    }

    private List<Span> noPersonCue(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean group = s.label() == EntityLabel.PERSON && s.size() > 1 && !startsWithGivenName(tokens, s);
            for (int i = s.first(); i < s.end() && group; i++) {
                group = tokens.get(i).wide().equals("ORGANIZATION");
            }
            out.add(group ? new Span(s.first(), s.end(), EntityLabel.GROUP) : s);
        }
        return out;
    }

    /** Words that make a name an organisation's, wherever they stand in it. */
    private static final java.util.Set<String> ORG_WORDS = java.util.Set.of("Party", "Union", "Council", "Ministry",
            "Bank", "Corp", "Corporation", "Inc", "Ltd", "Plc", "PLC", "Group", "Club", "FC", "Committee", "Agency",
            "Association", "Front", "Army", "Company", "Co", "Federation", "Organisation", "Organization", "Institute",
            "Commission", "Airlines", "Airways", "Holdings", "Industries", "League", "Movement", "Alliance", "Society",
            "Foundation", "Fund", "Board", "Authority", "Department", "Parliament", "Assembly", "Congress", "Court");

    private static boolean isOrgWord(String w) {
        return ORG_WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static List<Span> orgWords(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean group = false;
            if (s.label() == EntityLabel.PERSON && s.size() > 1) {
                group = isOrgWord(tokens.get(s.end() - 1).word())
                        || s.size() > 2 && isOrgWord(tokens.get(s.first()).word()) && tokens.get(s.first() + 1).word().equals("of");
            }
            out.add(group ? new Span(s.first(), s.end(), EntityLabel.GROUP) : s);
        }
        return out;
    }

    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("capital", "city", "town", "village",
            "province", "region", "district", "port", "county", "state", "island", "suburb");

    private static void placeCues(List<Token> tokens, List<Span> spans) {
        boolean[] covered = new boolean[tokens.size()];
        for (Span s : spans) {
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || !t.isCapitalised() || t.isAllCaps() || !Character.isLetter(t.word().charAt(0))) {
                continue;
            }
            boolean sameSentence = i + 4 < tokens.size() && tokens.get(i + 4).sentence() == t.sentence();
            // "X, the capital of", "X, a town in"
            boolean after = sameSentence && tokens.get(i + 1).word().equals(",")
                    && (tokens.get(i + 2).word().equals("the") || tokens.get(i + 2).word().equals("a"))
                    && PLACE_NOUNS.contains(tokens.get(i + 3).word())
                    && (tokens.get(i + 4).word().equals("of") || tokens.get(i + 4).word().equals("in"));
            // "the town of X"
            boolean before = i >= 3 && tokens.get(i - 1).word().equals("of") && PLACE_NOUNS.contains(tokens.get(i - 2).word())
                    && tokens.get(i - 3).word().equalsIgnoreCase("the") && tokens.get(i - 3).sentence() == t.sentence();
            if (after || before) {
                int start = i;
                while (start >= 2 && tokens.get(start - 1).word().equals("-") && !covered[start - 2]
                        && tokens.get(start - 1).start() == tokens.get(start - 2).end()
                        && tokens.get(start).start() == tokens.get(start - 1).end()) {
                    start -= 2; // the whole hyphenated name: "Qiri-e-Tal", not "Tal"
                }
                spans.add(new Span(start, i + 1, EntityLabel.PLACE));
                for (int k = start; k <= i; k++) {
                    covered[k] = true;
                }
            }
        }
    }

    private static List<Span> splitKnown(List<Token> tokens, List<Span> spans) {
        Map<String, EntityLabel> alone = new HashMap<>();
        for (Span s : spans) {
            alone.putIfAbsent(text(tokens, s.first(), s.end()), s.label());
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean split = false;
            for (int i = s.first() + 1; i < s.end() && !split; i++) {
                String w = tokens.get(i).word();
                boolean joiner = w.equals("and") || w.equals("or") || w.equals(",");
                int rightStart = joiner ? i + 1 : i;
                if (rightStart >= s.end()) {
                    continue;
                }
                EntityLabel left = alone.get(text(tokens, s.first(), i));
                EntityLabel right = alone.get(text(tokens, rightStart, s.end()));
                if (left != null && right != null) {
                    out.add(new Span(s.first(), i, left));
                    out.add(new Span(rightStart, s.end(), right));
                    split = true;
                }
            }
            if (!split) {
                out.add(s);
            }
        }
        return out;
    }

    /** A sentence-final abbreviation ("Co.", "Mich.") lends its dot to the sentence: the name ends before it. */
    static boolean endsSentenceWithDot(List<Token> tokens, Span s) {
        Token last = tokens.get(s.end() - 1);
        if (!last.word().endsWith(".") || last.word().length() < 2) {
            return false;
        }
        return s.end() == tokens.size() || tokens.get(s.end()).sentence() != last.sentence()
                || tokens.get(s.end()).word().equals(".") && tokens.get(s.end()).start() < last.end();
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("January", "February", "March", "April",
            "June", "July", "August", "September", "October", "November", "December");

    private static List<Span> trim(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int first = s.first();
            while (first < s.end() - 1) {
                Token t = tokens.get(first);
                boolean sentenceStart = first == 0 || tokens.get(first - 1).sentence() != t.sentence();
                if (MONTHS.contains(t.word()) || t.word().chars().allMatch(Character::isDigit)) {
                    first++;
                } else if (sentenceStart && first + 2 < s.end() && tokens.get(first + 1).word().equals("of")
                        && t.wide().equals(Token.NONE) && !tokens.get(first + 2).wide().equals(Token.NONE)) {
                    first += 2;
                } else {
                    break;
                }
            }
            out.add(new Span(first, s.end(), s.label()));
        }
        return out;
    }

    private static List<Span> extend(List<Token> tokens, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            int first = s.first();
            int end = s.end();
            if (s.label() == EntityLabel.PERSON && end < tokens.size()
                    && tokens.get(end).sentence() == tokens.get(end - 1).sentence()
                    && tokens.get(end).word().matches("(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)")) {
                end++;
            }
            if (first > 0 && tokens.get(first - 1).word().equals("The") && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
                    && first - 1 > 0 && tokens.get(first - 2).sentence() == tokens.get(first).sentence()
                    && !tokens.get(first - 2).word().matches("[\\p{Punct}“”‘’\"]+")) {
                first--;
            }
            out.add(new Span(first, end, s.label()));
        }
        return removeOverlaps(out);
    }

    private static List<Span> relabelSurnames(List<Token> tokens, List<Span> spans) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        java.util.Set<String> otherNames = new java.util.HashSet<>();
        for (Span s : spans) {
            if (s.label() == EntityLabel.PERSON && s.size() > 1) {
                surnames.add(tokens.get(s.end() - 1).word());
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            boolean surnameAlone = s.size() == 1 && s.label() != EntityLabel.PERSON
                    && surnames.contains(tokens.get(s.first()).word()) && !tokens.get(s.first()).isAllCaps();
            out.add(surnameAlone ? new Span(s.first(), s.end(), EntityLabel.PERSON) : s);
        }
        return out;
    }

    private static boolean hasUpperCase(String w) {
        return w.chars().anyMatch(Character::isUpperCase);
    }

    private void addWideOnly(List<Token> tokens, List<Span> spans) {
        for (Run r : rawRuns(tokens, Token::wide)) {
            Span candidate = new Span(r.first(), r.end(), mapTag(r.tag()));
            boolean conllSilent = true;
            for (int i = r.first(); i < r.end(); i++) {
                conllSilent &= tokens.get(i).conll().equals(Token.NONE);
            }
            if (candidate.label() != null && conllSilent && spans.stream().noneMatch(candidate::overlaps)) {
                spans.add(candidate);
            }
        }
    }

    /** Surface forms of recognised names, each with the labels of its occurrences. */
    private Map<String, Map<EntityLabel, Integer>> surfaces(List<Token> tokens, List<Span> spans) {
        Map<String, Map<EntityLabel, Integer>> out = new HashMap<>();
        for (Span s : spans) {
            out.computeIfAbsent(text(tokens, s.first(), s.end()), k -> new EnumMap<>(EntityLabel.class))
                    .merge(s.label(), 1, Integer::sum);
            if (steps.contains(Step.PARTIAL_NAMES) && s.label() == EntityLabel.PERSON && s.size() > 1) {
                Token last = tokens.get(s.end() - 1);
                if (last.isCapitalised() && last.word().length() > 1) {
                    out.computeIfAbsent(last.word(), k -> new EnumMap<>(EntityLabel.class));
                    out.get(last.word()).merge(EntityLabel.PERSON, 0, Integer::sum);
                }
            }
        }
        return out;
    }

    private static EntityLabel majority(Map<EntityLabel, Integer> votes) {
        EntityLabel best = null;
        int bestCount = -1;
        for (Map.Entry<EntityLabel, Integer> e : votes.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private void propagate(List<Token> tokens, List<Span> spans) {
        Map<String, Map<EntityLabel, Integer>> known = surfaces(tokens, spans);
        Map<String, Map<EntityLabel, Integer>> caps = new HashMap<>();
        if (steps.contains(Step.CAPS)) {
            known.forEach((k, v) -> caps.put(k.toUpperCase(Locale.ROOT), v));
        }
        List<String> forms = new ArrayList<>(known.keySet());
        boolean[] covered = new boolean[tokens.size()];
        for (Span s : spans) {
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        Map<String, List<String>> byFirstWord = new HashMap<>();
        for (String f : forms) {
            byFirstWord.computeIfAbsent(firstWord(f), k -> new ArrayList<>()).add(f);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || !t.isCapitalised()) {
                continue;
            }
            Span best = null;
            List<String> candidates = new ArrayList<>(byFirstWord.getOrDefault(t.word(), List.of()));
            if (t.isAllCaps() && t.word().length() > 1) {
                for (String f : forms) {
                    if (firstWord(f).toUpperCase(Locale.ROOT).equals(t.word()) && !f.equals(f.toUpperCase(Locale.ROOT))) {
                        candidates.add(f);
                    }
                }
            }
            for (String f : candidates) {
                int n = f.split(" ").length;
                if (i + n > tokens.size() || tokens.get(i + n - 1).sentence() != t.sentence()) {
                    continue;
                }
                String here = text(tokens, i, i + n);
                boolean same = here.equals(f) || (steps.contains(Step.CAPS) && isAllCaps(tokens, i, i + n)
                        && here.equals(f.toUpperCase(Locale.ROOT)));
                boolean free = true;
                for (int k = i; k < i + n; k++) {
                    free &= !covered[k];
                }
                if (same && free && (best == null || n > best.size())) {
                    best = new Span(i, i + n, majority(known.get(f)));
                }
            }
            if (best != null && continuesName(tokens, best)) {
                best = null;
            }
            if (best != null) {
                spans.add(best);
                for (int k = best.first(); k < best.end(); k++) {
                    covered[k] = true;
                }
            }
        }
    }

    /** True when the match is only part of a longer capitalised name ("Washington" in "Washington Post"). */
    private static boolean continuesName(List<Token> tokens, Span s) {
        Token last = tokens.get(s.end() - 1);
        if (s.end() < tokens.size()) {
            Token next = tokens.get(s.end());
            if (next.sentence() == last.sentence() && next.isCapitalised() && Character.isLetter(next.word().charAt(0))
                    && !last.isAllCaps()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAllCaps(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    private List<Span> vote(List<Token> tokens, List<Span> spans) {
        Map<String, Map<EntityLabel, Integer>> known = new HashMap<>();
        for (Span s : spans) {
            known.computeIfAbsent(text(tokens, s.first(), s.end()), k -> new EnumMap<>(EntityLabel.class))
                    .merge(s.label(), 1, Integer::sum);
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Map<EntityLabel, Integer> votes = known.get(text(tokens, s.first(), s.end()));
            int own = votes.get(s.label());
            EntityLabel best = majority(votes);
            out.add(votes.get(best) > own ? new Span(s.first(), s.end(), best) : s);
        }
        return out;
    }

    private static List<Span> removeOverlaps(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::size).reversed().thenComparingInt(Span::first));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (out.stream().noneMatch(s::overlaps)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String firstWord(String form) {
        int sp = form.indexOf(' ');
        return sp < 0 ? form : form.substring(0, sp);
    }

    /** The tokens' words joined by single spaces: the surface form used to compare occurrences. */
    static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).word());
        }
        return sb.toString();
    }
}
