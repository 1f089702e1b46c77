package org.newslens.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The attribution patterns of one sentence, found on words outside quotation marks:
 * <ul>
 *   <li>before the statement: {@code X said (that) …}, {@code X told Y (that) …}, {@code X said: "…"};</li>
 *   <li>after it: {@code …, X said.}, {@code "…," said X.};</li>
 *   <li>inside it: {@code A, X said, B.} (the whole sentence is the statement);</li>
 *   <li>{@code according to X}, before, inside or after the statement; {@code …, saying …} (the subject speaks);</li>
 *   <li>{@code Z quoted X as saying …}, {@code X was quoted as telling Y …} ({@link QuotedAs}).</li>
 * </ul>
 * Each pattern family has its own class: {@link CueVerbAttribution} (with {@link LeadingAttribution} and
 * {@link TrailingAttribution}), {@link AccordingTo} and {@link SayingClause}; this class finds the cues and
 * keeps the statements of one sentence from overlapping.
 */
final class Attributions {
    /** One attribution: where its statement, speaker words, addressee words and cue are. Empty ranges are start == end. */
    record Found(int contentStart, int contentEnd, int speakerStart, int speakerEnd, int addresseeStart, int addresseeEnd,
                 String cue, int cueStart, int cueEnd) {
        Found withContentEnd(int end) {
            return new Found(contentStart, end, speakerStart, speakerEnd, addresseeStart, addresseeEnd, cue, cueStart, cueEnd);
        }
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be", "being", "is", "are", "to");
    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "amid", "over", "of", "these", "those", "such", "any", "no", "some", "many", "new", "growing", "this", "that");
    private static final Set<String> CONJUNCTIONS = Set.of("while", "but", "and", "whereas");

    private final AttributionText text;
    private final AccordingTo accordingTo;
    private final CueVerbAttribution cueVerb;
    private final QuotedAs quotedAs;

    Attributions(String text, List<QuoteMarks.Quoted> quoted, List<int[]> dates, List<int[]> names) {
        this.text = new AttributionText(text, quoted, dates, names);
        this.accordingTo = new AccordingTo(this.text);
        LeadingAttribution leading = new LeadingAttribution(this.text);
        this.cueVerb = new CueVerbAttribution(this.text, leading, new TrailingAttribution(this.text));
        this.quotedAs = new QuotedAs(leading);
    }

    List<Found> in(int start, int end) {
        List<Words.Word> all = text.words(start, end);
        List<Words.Word> w = new ArrayList<>();
        for (Words.Word x : all) {
            if (!text.isQuoted(x.start())) {
                w.add(x);
            }
        }
        List<Found> out = new ArrayList<>();
        for (int c = 0; c < w.size(); c++) {
            Found f = match(w, c, start, end);
            if (f == null) {
                continue;
            }
            Found previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && f.cueStart() < previous.contentEnd() && f.cueStart() > previous.contentStart()) {
                int split = conjunctionSplit(w, f);
                if (split < 0) {
                    continue; // a cue inside another statement: "He said officials said …"
                }
                out.set(out.size() - 1, previous.withContentEnd(split));
            }
            if (previous != null && f.cueStart() < previous.cueEnd()) {
                continue;
            }
            if (previous != null && f.contentStart() < previous.contentEnd() && f.cueStart() >= previous.contentEnd()) {
                f = new Found(previous.contentEnd(), Math.max(previous.contentEnd(), f.contentEnd()), f.speakerStart(), f.speakerEnd(),
                        f.addresseeStart(), f.addresseeEnd(), f.cue(), f.cueStart(), f.cueEnd());
            }
            out.add(f);
        }
        return out;
    }

    /** Where the earlier statement ends when this attribution starts a clause of its own: ", while X said …". */
    private int conjunctionSplit(List<Words.Word> w, Found f) {
        for (int i = 1; i < w.size() - 1; i++) {
            if (w.get(i).start() >= f.speakerStart() && w.get(i).start() < f.cueStart() || w.get(i + 1).start() == f.speakerStart()) {
                if (w.get(i).start() == f.speakerStart() && i >= 2 && CONJUNCTIONS.contains(w.get(i - 1).lower())
                        && w.get(i - 2).text().equals(",")) {
                    return w.get(i - 2).start();
                }
            }
        }
        return -1;
    }

    private Found match(List<Words.Word> w, int c, int sStart, int sEnd) {
        Words.Word cue = w.get(c);
        if (cue.is("according") && c + 1 < w.size() && w.get(c + 1).is("to")) {
            return accordingTo.find(w, c, sStart, sEnd);
        }
        if (!CueVerbs.isCue(cue.text()) || !cue.text().equals(cue.lower()) && c > 0) {
            return null;
        }
        boolean progressive = cue.lower().endsWith("ing");
        if (c > 0 && (PASSIVE.contains(w.get(c - 1).lower()) && !(progressive && !w.get(c - 1).is("to")) || NOUN_BEFORE.contains(w.get(c - 1).lower())
                || w.get(c - 1).lower().endsWith("'s") || w.get(c - 1).lower().endsWith("’s"))) {
            return null;
        }
        if (progressive && c >= 2 && w.get(c - 1).is("as")) {
            return quotedAs.find(w, c, sEnd);
        }
        if (cue.is("saying") || cue.is("adding")) {
            return c > 0 && w.get(c - 1).text().equals(",") ? SayingClause.find(w, c, sEnd) : null;
        }
        return cueVerb.find(w, c, sStart, sEnd);
    }
}
