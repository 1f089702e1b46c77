package org.newslens.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The name rules that move a span's edges or cut it in two; labels stay as they are. */
final class ShapeRules {
    /** Months that may lead a name (cut by TRIM); not "May", which is also a given name. */
    private static final Set<String> LEADING_MONTHS = MonthNames.CAPITALISED.stream().filter(m -> !m.equals("May"))
            .collect(Collectors.toUnmodifiableSet());

    private ShapeRules() {
    }

    /** {@link NameRules.Step#HYPHEN_NAMES}: name parts joined by hyphens with no space stay one name. */
    static NameRule hyphenNames() {
        return new EachSpan(true, (tokens, s, out) -> {
            int end = s.end();
            while (end + 1 < tokens.size() && tokens.get(end).word().equals("-")
                    && tokens.get(end).start() == tokens.get(end - 1).end()
                    && tokens.get(end + 1).start() == tokens.get(end).end()
                    && Spans.hasUpperCase(tokens.get(end + 1).word())) {
                end += 2;
            }
            out.add(new Span(s.first(), end, s.label()));
        });
    }

    /** {@link NameRules.Step#COORDINATION}: "and"/"or" before a capitalised word inside a span separates two names. */
    static NameRule coordination() {
        return new EachSpan(false, (tokens, s, out) -> {
            int from = s.first();
            for (int i = s.first() + 1; i < s.end() - 1; i++) {
                String w = tokens.get(i).word();
                if ((w.equals("and") || w.equals("or")) && tokens.get(i + 1).isCapitalised()) {
                    out.add(new Span(from, i, s.label()));
                    from = i + 1;
                }
            }
            out.add(new Span(from, s.end(), s.label()));
        });
    }

    /** {@link NameRules.Step#TRIM}: leading months, bare numbers and a sentence-initial "Shares of" leave the name. */
    static NameRule trim() {
        return new EachSpan(false, (tokens, s, out) -> {
            int first = s.first();
            while (first < s.end() - 1) {
                Token t = tokens.get(first);
                boolean sentenceStart = first == 0 || tokens.get(first - 1).sentence() != t.sentence();
                if (LEADING_MONTHS.contains(t.word()) || t.word().chars().allMatch(Character::isDigit)) {
                    first++;
                } else if (sentenceStart && first + 2 < s.end() && tokens.get(first + 1).word().equals("of")
                        && t.wide().equals(Token.NONE) && !tokens.get(first + 2).wide().equals(Token.NONE)) {
                    first += 2;
                } else {
                    break;
                }
            }
            out.add(new Span(first, s.end(), s.label()));
        });
    }

    /** {@link NameRules.Step#SPLIT_KNOWN}: a span made of two names the document also uses alone is those two names. */
    static final class SplitKnown implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            Map<String, EntityLabel> alone = new HashMap<>();
            for (Span s : spans) {
                alone.putIfAbsent(Spans.text(tokens, s.first(), s.end()), s.label());
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
                    EntityLabel left = alone.get(Spans.text(tokens, s.first(), i));
                    EntityLabel right = alone.get(Spans.text(tokens, rightStart, s.end()));
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
    }

    /**
     * {@link NameRules.Step#EXTEND}: a regnal number joins a person ("Elizabeth I"), a mid-sentence capitalised
     * "The" joins the name ("The Hague"). (The same step lets a sentence-final abbreviation give its dot back to
     * the sentence; that is done where offsets are made, {@link Spans#endsSentenceWithDot}.)
     */
    static NameRule extend() {
        return new EachSpan(true, (tokens, s, out) -> {
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
        });
    }

    /** How a rule reshapes one span, judged alone: the spans it becomes, added to {@code out} in order. */
    private interface Reshape {
        void into(List<Token> tokens, Span s, List<Span> out);
    }

    /** A rule that reshapes each span alone; with {@code overlapsRemoved}, a span another one now covers goes. */
    private record EachSpan(boolean overlapsRemoved, Reshape reshape) implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                reshape.into(tokens, s, out);
            }
            return overlapsRemoved ? Spans.removeOverlaps(out) : out;
        }
    }
}
