package org.newslens.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.nlp.Entity;
import org.newslens.nlp.EntityAnalysis;
import org.newslens.nlp.EntityLabel;
import org.newslens.nlp.Mention;

/**
 * Finds who is quoted saying what: quotations in quotation marks and reported statements, each with its
 * speaker, cue and kind. Works sentence by sentence on general English attribution patterns
 * ({@link Attributions}); quotations left without an attribution of their own continue the previous
 * speaker's words when they start a sentence, and are titles or scare quotes otherwise.
 */
public final class QuoteFinder {
    /** The nearest earlier statement a bare quotation may continue, in sentences. */
    private static final int CONTINUATION_SENTENCES = 4;

    public List<Quote> find(String text, EntityAnalysis analysis) {
        List<QuoteMarks.Quoted> quoted = QuoteMarks.find(text);
        List<int[]> sentences = Sentences.of(text, quoted);
        Map<String, Entity> entities = new HashMap<>();
        for (Entity e : analysis.entities()) {
            entities.put(e.id(), e);
        }
        List<Mention> mentions = new ArrayList<>(analysis.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start));
        SpeakerResolver resolver = new SpeakerResolver(text, mentions, entities, quoted, sentences);
        Attributions attributions = new Attributions(text, quoted, labelled(mentions, true), labelled(mentions, false));

        List<Quote> out = new ArrayList<>();
        List<SpeakerResolver.Said> said = new ArrayList<>();
        Set<QuoteMarks.Quoted> used = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            int[] range = sentences.get(s);
            List<Attributions.Found> found = attributions.in(range[0], range[1]);
            Attributions.Found first = null;
            for (Attributions.Found f : found) {
                Speaker speaker = f.speakerEnd() > f.speakerStart()
                        ? resolver.resolve(f.speakerStart(), f.speakerEnd(), s, said) : null;
                Speaker addressee = f.addresseeEnd() > f.addresseeStart()
                        ? resolver.resolve(f.addresseeStart(), f.addresseeEnd(), s, said) : null;
                Quote q = record(text, quoted, used, f.contentStart(), f.contentEnd(), f, speaker, addressee);
                if (q != null) {
                    out.add(q);
                    said.add(new SpeakerResolver.Said(s, speaker));
                    if (first == null) {
                        first = f;
                    }
                }
            }
            for (QuoteMarks.Quoted q : quoted) {
                if (used.contains(q) || q.open() < range[0] || q.open() >= range[1] || words(text, q) < 2) {
                    continue;
                }
                Quote lastInSentence = lastIn(out, range);
                if (lastInSentence != null && first != null && q.open() > lastInSentence.cueStart()) {
                    // "…," he said, "…": the sentence's quotations after the cue are the same speaker's (one before it
                    // and outside the statement names something: "Jordan, whose film "The Crying Game" …, said")
                    used.add(q);
                    out.add(direct(text, q, lastInSentence.cue(), lastInSentence.cueStart(), lastInSentence.cueEnd(),
                            lastInSentence.speaker(), null));
                } else if (startsSentence(text, q, range)) {
                    used.add(q);
                    Speaker speaker = continued(said, s, resolver, q.open());
                    out.add(direct(text, q, null, -1, -1, speaker, null));
                    said.add(new SpeakerResolver.Said(s, speaker));
                }
            }
        }
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    /** Offsets of the DATE mentions, or of the names (people, places, groups). */
    private static List<int[]> labelled(List<Mention> mentions, boolean dates) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean date = m.label() == EntityLabel.DATE;
            boolean name = m.label() == EntityLabel.PERSON || m.label() == EntityLabel.PLACE || m.label() == EntityLabel.GROUP;
            if (dates ? date : name) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** The speaker a quotation without attribution continues: the latest one a few sentences back, else the nearest person. */
    private static Speaker continued(List<SpeakerResolver.Said> said, int sentence, SpeakerResolver resolver, int offset) {
        for (int i = said.size() - 1; i >= 0; i--) {
            SpeakerResolver.Said s = said.get(i);
            if (s.sentence() < sentence - CONTINUATION_SENTENCES) {
                break;
            }
            if (s.speaker() != null) {
                return s.speaker();
            }
        }
        Speaker person = resolver.antecedent("he", offset, sentence, List.of());
        return person == null ? null : new Speaker(person.name(), person.entity(), -1, -1, person.unnamed());
    }

    private static Quote lastIn(List<Quote> out, int[] range) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Quote q = out.get(i);
            if (q.start() >= range[0] && q.start() < range[1]) {
                return q;
            }
        }
        return null;
    }

    private static boolean startsSentence(String text, QuoteMarks.Quoted q, int[] range) {
        return text.substring(range[0], q.open()).isBlank();
    }

    private static int words(String text, QuoteMarks.Quoted q) {
        return Words.of(text, q.innerStart(), q.innerEnd()).stream().filter(Words.Word::isWord).toList().size();
    }

    /** The statement whose content is {@code [from, to)}: direct when it is one quotation, partly direct when it holds one. */
    private static Quote record(String text, List<QuoteMarks.Quoted> quoted, Set<QuoteMarks.Quoted> used,
                                int from, int to, Attributions.Found f, Speaker speaker, Speaker addressee) {
        int[] span = trim(text, from, to);
        if (span[1] <= span[0]) {
            return null;
        }
        List<QuoteMarks.Quoted> inside = new ArrayList<>();
        for (QuoteMarks.Quoted q : quoted) {
            if (q.open() >= span[0] && q.close() < span[1]) {
                inside.add(q);
            }
        }
        if (inside.size() == 1 && inside.get(0).open() == span[0] && inside.get(0).close() == span[1] - 1) {
            used.add(inside.get(0));
            return direct(text, inside.get(0), f.cue(), f.cueStart(), f.cueEnd(), speaker, addressee);
        }
        used.addAll(inside);
        QuoteKind kind = inside.isEmpty() ? QuoteKind.REPORTED : QuoteKind.PARTLY_DIRECT;
        return new Quote(span[0], span[1], text.substring(span[0], span[1]), kind, f.cue(), f.cueStart(), f.cueEnd(),
                speaker, addressee, paragraphOf(text, span[0]));
    }

    private static Quote direct(String text, QuoteMarks.Quoted q, String cue, int cueStart, int cueEnd,
                                Speaker speaker, Speaker addressee) {
        int s = q.innerStart();
        int e = q.innerEnd();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Quote(s, e, text.substring(s, e), QuoteKind.DIRECT, cue, cueStart, cueEnd, speaker, addressee,
                paragraphOf(text, s));
    }

    /** Without surrounding spaces, and without sentence punctuation left outside any quotation mark. */
    static int[] trim(String text, int from, int to) {
        int s = from;
        int e = to;
        boolean changed = true;
        while (changed) {
            changed = false;
            while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',' || text.charAt(s) == ':')) {
                s++;
                changed = true;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:!?…—".indexOf(text.charAt(e - 1)) >= 0)) {
                e--;
                changed = true;
            }
        }
        return new int[] {s, e};
    }

    static int paragraphOf(String text, int offset) {
        int n = 1;
        int i = text.indexOf("\n\n");
        while (i >= 0 && i < offset) {
            n++;
            i = text.indexOf("\n\n", i + 2);
        }
        return n;
    }
}
