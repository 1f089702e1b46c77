package org.newslens.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules start: the CoNLL model's spans, PER/LOC/ORG as PERSON/PLACE/GROUP. MISC spans are dropped,
 * unless {@link NameRules.Step#MISC_GROUPS} is on: then a nationality, religion or ideology is a GROUP, and a
 * MISC span the 3-class model calls a name throughout takes that model's label.
 */
record BaseNames(Lexicon lexicon, boolean miscGroups) {
    List<Span> find(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        for (Spans.Run r : Spans.runs(tokens, Token::conll)) {
            EntityLabel label = labelOf(tokens, r);
            if (label != null) {
                spans.add(new Span(r.first(), r.end(), label));
            }
        }
        return spans;
    }

    private EntityLabel labelOf(List<Token> tokens, Spans.Run r) {
        if (!r.tag().equals("MISC")) {
            return Spans.mapTag(r.tag());
        }
        if (!miscGroups) {
            return null;
        }
        String text = Spans.text(tokens, r.first(), r.end());
        if (lexicon.isGroupWord(text) || isCompassAdjective(text)) {
            return EntityLabel.GROUP;
        }
        // A MISC span the wider model calls a name throughout (e.g. a movement it knows as an organisation).
        String wide = tokens.get(r.first()).wide();
        for (int i = r.first(); i < r.end(); i++) {
            if (!tokens.get(i).wide().equals(wide)) {
                return null;
            }
        }
        boolean wideRunMatches = (r.first() == 0 || !tokens.get(r.first() - 1).wide().equals(wide))
                && (r.end() == tokens.size() || !tokens.get(r.end()).wide().equals(wide));
        return wideRunMatches ? Spans.mapTag(wide) : null;
    }

    /** "Western", "Eastern": the political blocs, written as adjectives. */
    private static boolean isCompassAdjective(String text) {
        return text.matches("(West|East|North|South)ern");
    }
}
