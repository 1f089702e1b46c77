package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * Turns the words at an attribution ("President George W. Bush", "he", "defence officials") into a
 * {@link Speaker}: the recognised entity heading the phrase, a pronoun's nearest compatible antecedent
 * (an earlier speaker first, then the first person or group named outside quotations, sentence by sentence
 * backwards), or the phrase itself, flagged unnamed.
 */
final class SpeakerResolver {
    private static final Set<String> CUT = Set.of("of", "from", "at", "in", "for", "with", "on", "to", "by", "who", "which", "that");
    private static final Set<String> LEADING = Set.of("and", "but", "while", "as", "so", "yet", "now", "then", "also", "with", "after", "despite", "since");
    private static final int LOOK_BACK_SENTENCES = 6;

    /** A speaker already attributed, with the sentence it was attributed in. */
    record Said(int sentence, Speaker speaker) {
    }

    private final String text;
    private final List<Mention> mentions;
    private final Map<String, Entity> entities;
    private final List<QuoteMarks.Quoted> quotes;
    private final List<int[]> sentences;

    SpeakerResolver(String text, List<Mention> mentions, Map<String, Entity> entities,
                    List<QuoteMarks.Quoted> quotes, List<int[]> sentences) {
        this.text = text;
        this.mentions = mentions;
        this.entities = entities;
        this.quotes = quotes;
        this.sentences = sentences;
    }

    /** The speaker named by the words {@code [from, to)} of sentence {@code sentence}; null when they name no one. */
    Speaker resolve(int from, int to, int sentence, List<Said> earlier) {
        List<Words.Word> words = new ArrayList<>(Words.of(text, from, to));
        while (!words.isEmpty() && (!words.get(0).isWord() || LEADING.contains(words.get(0).lower()))) {
            words.remove(0);
        }
        while (!words.isEmpty() && !words.get(words.size() - 1).isWord()) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty()) {
            return null;
        }
        int headEnd = words.get(words.size() - 1).end();
        for (int i = 1; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if ((w.text().equals(",") || CUT.contains(w.lower())) && mentionAround(w.start()) == null) {
                headEnd = words.get(i - 1).end();
                break;
            }
        }
        int headStart = words.get(0).start();
        if (headEnd == words.get(0).end() && isPronoun(words.get(0).lower())) {
            Words.Word p = words.get(0);
            Speaker antecedent = antecedent(p.lower(), p.start(), sentence, earlier);
            return antecedent == null ? null
                    : new Speaker(antecedent.name(), antecedent.entity(), p.start(), p.end(), antecedent.unnamed());
        }
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() < headStart || m.end() > headEnd || !isSpeakerLabel(m.label())) {
                continue;
            }
            if (m.label() == EntityLabel.PERSON) {
                best = m; // the last person named in the head: "Russian President Vladimir Putin"
            } else if ((best == null || best.label() != EntityLabel.PERSON) && !isModifier(m, headEnd)) {
                best = m;
            }
        }
        if (best == null) {
            // "The speaker of the parliament, Semyon Sharetsky": a person named in apposition
            for (Mention m : mentions) {
                if (m.label() == EntityLabel.PERSON && m.start() >= headEnd && m.end() <= words.get(words.size() - 1).end()
                        && text.substring(headEnd, m.start()).strip().endsWith(",")) {
                    best = m;
                    break;
                }
            }
        }
        if (best != null) {
            return new Speaker(nameOf(best), best.entity(), best.start(), best.end(), false);
        }
        String own = text.substring(headStart, headEnd);
        if (!own.codePoints().anyMatch(Character::isLetter)) {
            return null;
        }
        return new Speaker(own, null, headStart, headEnd, true);
    }

    private static boolean isSpeakerLabel(EntityLabel l) {
        return l == EntityLabel.PERSON || l == EntityLabel.GROUP || l == EntityLabel.PLACE;
    }

    /** "Afghan fighters", "Russian President", "the Taliban's spokesman": a name qualifying the head, not the head. */
    private boolean isModifier(Mention m, int headEnd) {
        if (m.end() >= headEnd) {
            return false;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 2));
        return !after.startsWith(" ") || Character.isLetter(after.length() > 1 ? after.charAt(1) : ' ') || after.startsWith("'") || after.startsWith("’");
    }

    String nameOf(Mention m) {
        Entity e = m.entity() == null ? null : entities.get(m.entity());
        return e == null ? m.text() : e.name();
    }

    private Mention mentionAround(int offset) {
        for (Mention m : mentions) {
            if (m.start() < offset && offset < m.end()) {
                return m;
            }
        }
        return null;
    }

    static boolean isPronoun(String w) {
        return switch (w) {
            case "he", "she", "they", "it", "we" -> true;
            default -> false;
        };
    }

    /** The nearest compatible speaker or name before {@code offset}, sentence by sentence backwards. */
    Speaker antecedent(String pronoun, int offset, int sentence, List<Said> earlier) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        if (!earlier.isEmpty()) {
            // in reported speech "he said" most often goes on with the last speaker; groups are rarely the topic
            // of a sentence unless they speak, so they look further back
            int back = person ? 2 : LOOK_BACK_SENTENCES;
            Speaker speaker = earlierSpeaker(pronoun, offset, sentence - back, sentence, earlier);
            if (speaker != null) {
                return speaker;
            }
        }
        for (int s = sentence; s >= 0 && s >= sentence - LOOK_BACK_SENTENCES; s--) {
            Speaker speaker = earlierSpeaker(pronoun, offset, s, s, earlier);
            if (speaker != null) {
                return speaker;
            }
            int[] range = sentences.get(s);
            for (Mention m : mentions) {
                if (m.start() < range[0] || m.end() > range[1] || m.start() >= offset || isQuoted(m.start())) {
                    continue;
                }
                if (compatible(pronoun, m)) {
                    return new Speaker(nameOf(m), m.entity(), m.start(), m.end(), false);
                }
            }
        }
        return null;
    }

    private Speaker earlierSpeaker(String pronoun, int offset, int from, int to, List<Said> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Said said = earlier.get(i);
            if (said.sentence() >= from && said.sentence() <= to && said.speaker() != null
                    && said.speaker().start() < offset && compatible(pronoun, said.speaker())) {
                return said.speaker();
            }
        }
        return null;
    }

    private boolean compatible(String pronoun, Mention m) {
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        if (person) {
            return m.label() == EntityLabel.PERSON;
        }
        return m.label() == EntityLabel.GROUP && !isAdjectival(m);
    }

    private boolean compatible(String pronoun, Speaker s) {
        if (s.entity() == null) {
            boolean plural = s.name().toLowerCase(Locale.ROOT).endsWith("s");
            return pronoun.equals("they") ? plural : !plural && (pronoun.equals("he") || pronoun.equals("she"));
        }
        Entity e = entities.get(s.entity());
        if (e == null) {
            return false;
        }
        boolean person = pronoun.equals("he") || pronoun.equals("she");
        return person ? e.label() == EntityLabel.PERSON : e.label() == EntityLabel.GROUP;
    }

    /** A nationality-like group word used as an adjective: "Afghan fighters", "Russian President Putin". */
    private boolean isAdjectival(Mention m) {
        int i = m.end();
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        char next = text.charAt(i + 1);
        if (Character.isUpperCase(next)) {
            return true;
        }
        String before = text.substring(Math.max(0, m.start() - 4), m.start()).toLowerCase(Locale.ROOT);
        return Character.isLowerCase(next) && !before.endsWith("the ") && m.text().matches("\\p{L}+(an|ian|ese|ish|ic|i)");
    }

    boolean isQuoted(int offset) {
        for (QuoteMarks.Quoted q : quotes) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
