package org.newslens.nlp;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/** The name rules that change a span's label and nothing else. */
final class RelabelRules {
    /** Words that make a name an organisation's, wherever they stand in it. */
    private static final Set<String> ORG_WORDS = Set.of("Party", "Union", "Council", "Ministry",
            "Bank", "Corp", "Corporation", "Inc", "Ltd", "Plc", "PLC", "Group", "Club", "FC", "Committee", "Agency",
            "Association", "Front", "Army", "Company", "Co", "Federation", "Organisation", "Organization", "Institute",
            "Commission", "Airlines", "Airways", "Holdings", "Industries", "League", "Movement", "Alliance", "Society",
            "Foundation", "Fund", "Board", "Authority", "Department", "Parliament", "Assembly", "Congress", "Court");
    /** Last words that make a name a place in any town: "… Square", "… Street". */
    private static final Set<String> STREET_WORDS = Set.of("Square", "Street", "Avenue", "Road", "Boulevard");

    private RelabelRules() {
    }

    /** {@link NameRules.Step#MODEL_AGREEMENT}: CoNLL says PERSON, both other models ORGANIZATION throughout → GROUP. */
    static NameRule modelAgreement() {
        return new EachSpan(EntityLabel.GROUP, (tokens, s) -> {
            boolean othersSayGroup = s.label() == EntityLabel.PERSON;
            for (int i = s.first(); i < s.end() && othersSayGroup; i++) {
                othersSayGroup = tokens.get(i).wide().equals("ORGANIZATION") && tokens.get(i).muc().equals("ORGANIZATION");
            }
            return othersSayGroup;
        });
    }

    /** {@link NameRules.Step#GIVEN_NAMES}: a multi-word group or place led by a given name another model reads as a person. */
    static NameRule givenNames(Lexicon lexicon) {
        return new EachSpan(EntityLabel.PERSON, (tokens, s) -> {
            Token first = tokens.get(s.first());
            return s.label() != EntityLabel.PERSON && s.size() > 1 && startsWithGivenName(lexicon, tokens, s)
                    && (first.wide().equals("PERSON") || first.muc().equals("PERSON"));
        });
    }

    /** {@link NameRules.Step#NO_PERSON_CUE}: a multi-word CoNLL person without a given name, ORGANIZATION to the 3-class model. */
    static NameRule noPersonCue(Lexicon lexicon) {
        return new EachSpan(EntityLabel.GROUP, (tokens, s) -> {
            boolean group = s.label() == EntityLabel.PERSON && s.size() > 1 && !startsWithGivenName(lexicon, tokens, s);
            for (int i = s.first(); i < s.end() && group; i++) {
                group = tokens.get(i).wide().equals("ORGANIZATION");
            }
            return group;
        });
    }

    /** {@link NameRules.Step#ORG_WORDS}: a person whose name ends in an organisation word, or "Ministry of …", is a GROUP. */
    static NameRule orgWords() {
        return new EachSpan(EntityLabel.GROUP, (tokens, s) -> s.label() == EntityLabel.PERSON && s.size() > 1
                && (isOrgWord(tokens.get(s.end() - 1).word())
                        || s.size() > 2 && isOrgWord(tokens.get(s.first()).word()) && tokens.get(s.first() + 1).word().equals("of")));
    }

    /** {@link NameRules.Step#COUNTRY_PLACES}: groups (and, if both other models agree, persons) named like places. */
    static NameRule countryPlaces(Lexicon lexicon) {
        return new EachSpan(EntityLabel.PLACE, (tokens, s) -> {
            String name = Spans.text(tokens, s.first(), s.end());
            boolean country = lexicon.isCountryName(name);
            boolean groupPlace = s.label() == EntityLabel.GROUP && (country || lexicon.alias(EntityLabel.PLACE, name) != null
                    || s.size() > 1 && STREET_WORDS.contains(tokens.get(s.end() - 1).word()));
            // person names such as "Jordan" or "Georgia" are also countries: both other models must agree on a place
            Token first = tokens.get(s.first());
            boolean personPlace = s.label() == EntityLabel.PERSON && country
                    && first.wide().equals("LOCATION") && first.muc().equals("LOCATION");
            return groupPlace || personPlace;
        });
    }

    /** A rule that judges each span alone: those it relabels take its label, the others stay as they are. */
    private record EachSpan(EntityLabel label, BiPredicate<List<Token>, Span> relabels) implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                out.add(Spans.relabelled(s, relabels.test(tokens, s), label));
            }
            return out;
        }
    }

    private static boolean isOrgWord(String w) {
        return ORG_WORDS.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
    }

    private static boolean startsWithGivenName(Lexicon lexicon, List<Token> tokens, Span s) {
        Token first = tokens.get(s.first());
        return first.isCapitalised() && !first.isAllCaps() && lexicon.isGivenName(first.word());
    }

    /** {@link NameRules.Step#VOTE}: every occurrence of a surface form takes the label most of its occurrences have. */
    static final class Vote implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            Map<String, Map<EntityLabel, Integer>> known = new HashMap<>();
            for (Span s : spans) {
                known.computeIfAbsent(Spans.text(tokens, s.first(), s.end()), k -> new EnumMap<>(EntityLabel.class))
                        .merge(s.label(), 1, Integer::sum);
            }
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                Map<EntityLabel, Integer> votes = known.get(Spans.text(tokens, s.first(), s.end()));
                int own = votes.get(s.label());
                EntityLabel best = Propagation.majority(votes);
                out.add(votes.get(best) > own ? new Span(s.first(), s.end(), best) : s);
            }
            return out;
        }
    }

    /** {@link NameRules.Step#SURNAME_RELABEL}: the surname of a multi-word person, alone, is a PERSON whatever a model said. */
    static final class SurnameRelabel implements NameRule {
        @Override
        public List<Span> apply(List<Token> tokens, List<Span> spans) {
            Set<String> surnames = new HashSet<>();
            for (Span s : spans) {
                if (s.label() == EntityLabel.PERSON && s.size() > 1) {
                    surnames.add(tokens.get(s.end() - 1).word());
                }
            }
            List<Span> out = new ArrayList<>();
            for (Span s : spans) {
                boolean surnameAlone = s.size() == 1 && s.label() != EntityLabel.PERSON
                        && surnames.contains(tokens.get(s.first()).word()) && !tokens.get(s.first()).isAllCaps();
                out.add(Spans.relabelled(s, surnameAlone, EntityLabel.PERSON));
            }
            return out;
        }
    }
}
