package org.newslens.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name rules that add spans where no rule found one yet: {@link NameRules.Step#PLACE_CUES},
 * {@link NameRules.Step#UNION} and {@link NameRules.Step#PROPAGATE} (with its options
 * {@link NameRules.Step#PARTIAL_NAMES} and {@link NameRules.Step#CAPS}).
 */
final class Propagation {
    private Propagation() {
    }

    /** The label with the most votes; the first in label order at a tie. */
    static EntityLabel majority(Map<EntityLabel, Integer> votes) {
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

    /** {@link NameRules.Step#PLACE_CUES}: an untagged name introduced as a place ("X, the capital of", "the town of X"). */
    static final class PlaceCues implements NameRule {
        private static final Set<String> PLACE_NOUNS = Set.of("capital", "city", "town", "village",
                "province", "region", "district", "port", "county", "state", "island", "suburb");

        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            List<Span> out = new ArrayList<>(spans);
            boolean[] covered = Spans.covered(tokens, spans);
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
                    out.add(new Span(start, i + 1, EntityLabel.PLACE));
                    for (int k = start; k <= i; k++) {
                        covered[k] = true;
                    }
                }
            }
            return out;
        }
    }

    /** {@link NameRules.Step#UNION}: a name only the 3-class model finds, where the CoNLL model saw nothing. */
    static final class WideOnly implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            List<Span> out = new ArrayList<>(spans);
            for (Spans.Run r : Spans.runs(tokens, Token::wide)) {
                Span candidate = new Span(r.first(), r.end(), Spans.mapTag(r.tag()));
                boolean conllSilent = true;
                for (int i = r.first(); i < r.end(); i++) {
                    conllSilent &= tokens.get(i).conll().equals(Token.NONE);
                }
                if (candidate.label() != null && conllSilent && out.stream().noneMatch(candidate::overlaps)) {
                    out.add(candidate);
                }
            }
            return out;
        }
    }

    /**
     * {@link NameRules.Step#PROPAGATE}: a recognised name is recognised wherever it recurs, capitalised, not inside
     * a longer capitalised name; with PARTIAL_NAMES a person's last name counts as a recognised name, with CAPS an
     * ALL-CAPS headline word matches a name of the body case aside.
     */
    record Propagate(boolean partialNames, boolean caps) implements NameRule {

        /** Surface forms of recognised names, each with the labels of its occurrences. */
        private Map<String, Map<EntityLabel, Integer>> surfaces(List<Token> tokens, List<Span> spans) {
            Map<String, Map<EntityLabel, Integer>> out = new HashMap<>();
            for (Span s : spans) {
                out.computeIfAbsent(Spans.text(tokens, s.first(), s.end()), k -> new EnumMap<>(EntityLabel.class))
                        .merge(s.label(), 1, Integer::sum);
                if (partialNames && s.label() == EntityLabel.PERSON && s.size() > 1) {
                    Token last = tokens.get(s.end() - 1);
                    if (last.isCapitalised() && last.word().length() > 1) {
                        out.computeIfAbsent(last.word(), k -> new EnumMap<>(EntityLabel.class));
                        out.get(last.word()).merge(EntityLabel.PERSON, 0, Integer::sum);
                    }
                }
            }
            return out;
        }

        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            List<Span> out = new ArrayList<>(spans);
            Map<String, Map<EntityLabel, Integer>> known = surfaces(tokens, spans);
            List<String> forms = new ArrayList<>(known.keySet());
            boolean[] covered = Spans.covered(tokens, spans);
            Map<String, List<String>> byFirstWord = new HashMap<>();
            for (String f : forms) {
                byFirstWord.computeIfAbsent(Spans.firstWord(f), k -> new ArrayList<>()).add(f);
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
                        if (Spans.firstWord(f).toUpperCase(Locale.ROOT).equals(t.word()) && !f.equals(f.toUpperCase(Locale.ROOT))) {
                            candidates.add(f);
                        }
                    }
                }
                for (String f : candidates) {
                    int n = f.split(" ").length;
                    if (i + n > tokens.size() || tokens.get(i + n - 1).sentence() != t.sentence()) {
                        continue;
                    }
                    String here = Spans.text(tokens, i, i + n);
                    boolean same = here.equals(f) || (caps && Spans.isAllCaps(tokens, i, i + n)
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
                    out.add(best);
                    for (int k = best.first(); k < best.end(); k++) {
                        covered[k] = true;
                    }
                }
            }
            return out;
        }

        /** True when the match is only part of a longer capitalised name ("Washington" in "Washington Post"). */
        private static boolean continuesName(List<Token> tokens, Span s) {
            Token last = tokens.get(s.end() - 1);
            if (s.end() < tokens.size()) {
                Token next = tokens.get(s.end());
                return next.sentence() == last.sentence() && next.isCapitalised() && Character.isLetter(next.word().charAt(0))
                        && !last.isAllCaps();
            }
            return false;
        }
    }
}
