package org.newslens.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Small operations on tokens and spans that several name rules share. */
final class Spans {
    private Spans() {
    }

    /** A maximal run {@code [first, end)} of one non-O model tag within a sentence. */
    record Run(int first, int end, String tag) {
    }

    /** Maximal runs of equal non-O tags within a sentence, the tag read by {@code tagOf}. */
    static List<Run> runs(List<Token> tokens, Function<Token, String> tagOf) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tagOf.apply(tokens.get(i));
            if (Token.NONE.equals(tag)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tag.equals(tagOf.apply(tokens.get(j)))
                    && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            out.add(new Run(i, j, tag));
            i = j;
        }
        return out;
    }

    /** The label of a CRF tag, or null for MISC, O and the MUC model's other classes. */
    static EntityLabel mapTag(String tag) {
        return switch (tag) {
            case "PERSON" -> EntityLabel.PERSON;
            case "LOCATION" -> EntityLabel.PLACE;
            case "ORGANIZATION" -> EntityLabel.GROUP;
            default -> null;
        };
    }

    /** The spans with every span that overlaps a longer (or, at equal length, earlier) one left out. */
    static List<Span> removeOverlaps(List<Span> spans) {
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

    /** Which tokens the spans cover. */
    static boolean[] covered(List<Token> tokens, List<Span> spans) {
        boolean[] covered = new boolean[tokens.size()];
        for (Span s : spans) {
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    /** The span with another label, or the span itself when {@code relabel} is false. */
    static Span relabelled(Span s, boolean relabel, EntityLabel label) {
        return relabel ? new Span(s.first(), s.end(), label) : s;
    }

    static boolean hasUpperCase(String w) {
        return w.chars().anyMatch(Character::isUpperCase);
    }

    static boolean isAllCaps(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!tokens.get(i).isAllCaps()) {
                return false;
            }
        }
        return true;
    }

    static String firstWord(String form) {
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

    /** A sentence-final abbreviation ("Co.", "Mich.") lends its dot to the sentence: the name ends before it. */
    static boolean endsSentenceWithDot(List<Token> tokens, Span s) {
        Token last = tokens.get(s.end() - 1);
        if (!last.word().endsWith(".") || last.word().length() < 2) {
            return false;
        }
        return s.end() == tokens.size() || tokens.get(s.end()).sentence() != last.sentence()
                || tokens.get(s.end()).word().equals(".") && tokens.get(s.end()).start() < last.end();
    }
}
