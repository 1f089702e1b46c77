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
 *   <li>{@code according to X}, before, inside or after the statement; {@code …, saying …} (the subject speaks).</li>
 * </ul>
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
    private static final Set<String> BETWEEN = Set.of("has", "have", "had", "will", "would", "also", "again", "later",
            "previously", "repeatedly", "once", "then", "earlier", "could", "might", "may", "did", "does", "do", "not",
            "never", "can", "should", "must", "still", "already", "always", "often", "just", "having", "is", "are", "was", "were", "been");
    private static final Set<String> STOP = Set.of("that", "which", "who", "whom", "and", "but", "while", "as", "because",
            "when", "if", "whether", "although", "though", "since", "so", "where", "after", "before", "than", "whereas");
    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "will", "would",
            "can", "could", "may", "might", "must", "should", "did", "does", "do", "shall");
    private static final Set<String> CONJUNCTIONS = Set.of("while", "but", "and", "whereas");
    private static final Set<String> NOT_CLAUSE_START = Set.of("to", "of", "for", "about", "with", "by", "from", "into",
            "up", "out", "off", "so", "yes", "no", "goodbye", "hello", "nothing", "anything", "something", "as");
    private static final int MAX_SPEAKER_WORDS = 10;
    private static final int THAT_WITHIN = 12;

    private final String text;
    private final List<QuoteMarks.Quoted> quoted;
    private final List<int[]> dates;
    private final List<int[]> names;

    Attributions(String text, List<QuoteMarks.Quoted> quoted, List<int[]> dates, List<int[]> names) {
        this.text = text;
        this.quoted = quoted;
        this.dates = dates;
        this.names = names;
    }

    List<Found> in(int start, int end) {
        List<Words.Word> all = Words.of(text, start, end);
        List<Words.Word> w = new ArrayList<>();
        for (Words.Word x : all) {
            if (!isQuoted(x.start())) {
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
            return according(w, c, sStart, sEnd);
        }
        if (!CueVerbs.isCue(cue.text()) || !cue.text().equals(cue.lower()) && c > 0) {
            return null;
        }
        boolean progressive = cue.lower().endsWith("ing");
        if (c > 0 && (PASSIVE.contains(w.get(c - 1).lower()) && !(progressive && !w.get(c - 1).is("to")) || NOUN_BEFORE.contains(w.get(c - 1).lower())
                || w.get(c - 1).lower().endsWith("'s") || w.get(c - 1).lower().endsWith("’s"))) {
            return null;
        }
        if (cue.is("saying") || cue.is("adding")) {
            return c > 0 && w.get(c - 1).text().equals(",") ? saying(w, c, sStart, sEnd) : null;
        }
        int j = c - 1;
        while (j >= 0 && (BETWEEN.contains(w.get(j).lower()) || w.get(j).lower().endsWith("ly") && w.get(j).text().equals(w.get(j).lower()))) {
            j--;
        }
        int[] speakerRange = null;
        int b = j;
        while (b >= 0 && w.get(b).isWord() && !STOP.contains(w.get(b).lower()) && j - b < MAX_SPEAKER_WORDS) {
            b--;
        }
        if (b >= 0 && w.get(b).isWord() && !STOP.contains(w.get(b).lower())) {
            return null; // too long to be the speaker's name
        }
        if (j == b && b >= 2 && w.get(b).text().equals(",")) {
            // "Edberg, who has announced that …, said": the speaker stands before the relative clause
            for (int r = b - 1; r >= 1 && b - r <= 25; r--) {
                if ((w.get(r).is("who") || w.get(r).is("whose")) && w.get(r - 1).text().equals(",")) {
                    int np = r - 2;
                    int nb = np;
                    while (nb >= 0 && w.get(nb).isWord() && !STOP.contains(w.get(nb).lower()) && np - nb < MAX_SPEAKER_WORDS) {
                        nb--;
                    }
                    if (nb < np) {
                        j = np;
                        b = nb;
                        if (b >= 0 && isCommaOrClose(w.get(b)) && (b > 0 || isCloseMark(w.get(0)))) {
                            return after(w, b, c, sStart, sEnd, w.get(b + 1).start(), w.get(j).end());
                        }
                        return before(w, c, sEnd, w.get(b + 1).start(), w.get(j).end());
                    }
                    break;
                }
                if (isQuoteMarkOrStop(w.get(r))) {
                    break;
                }
            }
        }
        if (b >= 2 && w.get(b).text().equals(",") && j > b) {
            // "'…,' Sergei Posukhov, the president's adviser, told Reuters": the name before the appositive speaks
            int n = b - 1;
            while (n >= 0 && w.get(n).isWord() && b - n <= 5) {
                n--;
            }
            if (n >= 0 && n < b - 1 && isCloseMark(w.get(n))) {
                speakerRange = new int[] {w.get(n + 1).start(), w.get(j).end()};
                b = n;
            }
        }
        boolean boundaryIsComma = b >= 0 && isCommaOrClose(w.get(b));
        boolean somethingBefore = b > 0 || b == 0 && isCloseMark(w.get(0));
        if (j == b && b > 0 && w.get(b).text().equals(",") && clauseFollows(w, c)) {
            // "Xiao Qiang, director of the group, said Wang's arrest …": the sentence opens with the speaker
            Found f = before(w, c, sEnd, sStart, w.get(b).start());
            if (f != null) {
                return f;
            }
        }
        if (j == b) {
            // nothing between boundary and cue: "…," said X.
            if (!boundaryIsComma || !somethingBefore) {
                return null;
            }
            int k = c + 1;
            while (k < w.size() && (w.get(k).isWord() || w.get(k).text().equals(",") && k + 1 < w.size() && nameEnd(w.get(k + 1).start()) > 0)) {
                k++; // "said the tourist, Khaled Hijazi"
            }
            if (k == c + 1 || w.get(c + 1).lower().equals("that") || isPreposition(w.get(c + 1))) {
                return null;
            }
            return new Found(sStart, contentEndBefore(w.get(b)), w.get(c + 1).start(), w.get(k - 1).end(), 0, 0,
                    cue.text(), cue.start(), cue.end());
        }
        int speakerStart = speakerRange == null ? w.get(b + 1).start() : speakerRange[0];
        int speakerEnd = speakerRange == null ? w.get(j).end() : speakerRange[1];
        if (boundaryIsComma && somethingBefore && !introducesClause(w, c)) {
            return after(w, b, c, sStart, sEnd, speakerStart, speakerEnd);
        }
        Found f = before(w, c, sEnd, speakerStart, speakerEnd);
        if (f != null && subordinate(w, b, c)) {
            // "with X having announced that …, the main clause": the statement ends with the phrase
            for (Words.Word x : w) {
                if (x.start() > f.contentStart() && x.text().equals(",") && !isQuoted(x.start())) {
                    return f.withContentEnd(x.start());
                }
            }
        }
        return f;
    }

    /** The cue is followed, before any comma, by "that" or an opening quotation mark: "X said that …". */
    private static boolean introducesClause(List<Words.Word> w, int c) {
        for (int k = c + 1; k < w.size() && k <= c + THAT_WITHIN; k++) {
            Words.Word x = w.get(k);
            if (x.is("that") || isOpenMark(x) || x.text().equals(":")) {
                return true;
            }
            if (!x.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Past the addressee of "told": a name (with "the"), a pronoun, or up to three words before "that" or a preposition. */
    private int addresseeEnd(List<Words.Word> w, int k) {
        int at = k < w.size() && (w.get(k).is("the") || w.get(k).is("a")) ? k + 1 : k;
        if (at < w.size()) {
            int nameEnd = nameEnd(w.get(at).start());
            if (nameEnd > 0) {
                int a = at;
                while (a < w.size() && w.get(a).start() < nameEnd) {
                    a++;
                }
                while (a < w.size() && a - at < 4 && w.get(a).isWord() && w.get(a).text().equals(w.get(a).lower())
                        && !w.get(a).is("that") && !w.get(a).is("the") && !isPreposition(w.get(a)) && !startsDate(w.get(a))) {
                    a++; // "German radio"
                }
                return a;
            }
        }
        if (k < w.size() && switch (w.get(k).lower()) {
            case "him", "her", "them", "us", "me", "you" -> true;
            default -> false;
        }) {
            return k + 1;
        }
        int a = k;
        while (a < w.size() && a - k < 3 && w.get(a).isWord() && !w.get(a).is("that") && !startsDate(w.get(a))
                && !(isPreposition(w.get(a)) && a > k)) {
            a++;
        }
        return a;
    }

    private int nameEnd(int offset) {
        for (int[] n : names) {
            if (n[0] == offset) {
                return n[1];
            }
        }
        return -1;
    }

    /** After the cue comes "that", an addressee or a run of at least four words: a statement, not a name. */
    private static boolean clauseFollows(List<Words.Word> w, int c) {
        if (introducesClause(w, c) || CueVerbs.isTell(w.get(c).text())) {
            return true;
        }
        int k = c + 1;
        while (k < w.size() && w.get(k).isWord()) {
            k++;
        }
        return k - c - 1 >= 4;
    }

    /** The attribution sits in a fronted phrase: "with X having said …", "after X said …". */
    private static boolean subordinate(List<Words.Word> w, int b, int c) {
        return w.get(c - 1).is("having") || b + 1 < c && switch (w.get(b + 1).lower()) {
            case "with", "after", "despite", "since", "as" -> true;
            default -> false;
        };
    }

    /** {@code …, X said.} / {@code A, X said, B.} / {@code Now, X fear, B.} */
    private Found after(List<Words.Word> w, int b, int c, int sStart, int sEnd, int speakerStart, int speakerEnd) {
        Words.Word cue = w.get(c);
        int k = c + 1;
        int addresseeStart = 0;
        int addresseeEnd = 0;
        if (CueVerbs.isTell(cue.text()) && k < w.size() && w.get(k).isWord()) {
            int a = k;
            while (a < w.size() && w.get(a).isWord() && !isPreposition(w.get(a)) && !startsDate(w.get(a))) {
                a++;
            }
            if (a > k) {
                addresseeStart = w.get(k).start();
                addresseeEnd = w.get(a - 1).end();
            }
            k = a;
        }
        int adverbial = k;
        while (k < w.size() && w.get(k).isWord()) {
            k++; // "on Saturday", "in a statement"
        }
        if (k > adverbial && (!(isPreposition(w.get(adverbial)) || startsDate(w.get(adverbial))) || k - adverbial > 14)) {
            return null; // "…, Washington has asked neighbours to take them in": not an attribution
        }
        boolean continues = k < w.size() - 1 && w.get(k).text().equals(",") && w.get(k + 1).isWord();
        int beforeEnd = contentEndBefore(w.get(b));
        if (continues) {
            String next = w.get(k + 1).lower();
            boolean shortLead = b <= 3 && !isCloseMark(w.get(b)) && !quotedOnly(sStart, beforeEnd);
            if (shortLead && !AUX.contains(next) && !next.endsWith("ed")) {
                return new Found(w.get(k + 1).start(), sEnd, speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                        cue.text(), cue.start(), cue.end());
            }
            if (!quotedOnly(sStart, beforeEnd)) {
                return new Found(sStart, sEnd, speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                        cue.text(), cue.start(), cue.end());
            }
        }
        return new Found(sStart, beforeEnd, speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                cue.text(), cue.start(), cue.end());
    }

    /** {@code X said (that) …}, {@code X told Y that …}, {@code X said: "…"}. */
    private Found before(List<Words.Word> w, int c, int sEnd, int speakerStart, int speakerEnd) {
        Words.Word cue = w.get(c);
        int k = c + 1;
        int addresseeStart = 0;
        int addresseeEnd = 0;
        if (CueVerbs.isTell(cue.text())) {
            int a = addresseeEnd(w, k);
            if (a == k) {
                return null;
            }
            addresseeStart = w.get(k).start();
            addresseeEnd = w.get(a - 1).end();
            k = a;
        }
        boolean adverbialFirst = k < w.size() && (w.get(k).is("that") || isPreposition(w.get(k)) || startsDate(w.get(k))
                || w.get(k).lower().endsWith("ly") && w.get(k).text().equals(w.get(k).lower()));
        for (int t = k; adverbialFirst && t < w.size() && t - k <= THAT_WITHIN; t++) {
            Words.Word x = w.get(t);
            if (x.is("that")) {
                return t + 1 < w.size() ? new Found(w.get(t + 1).start(), contrastEnd(w, t + 1, sEnd), speakerStart, speakerEnd,
                        addresseeStart, addresseeEnd, cue.text(), cue.start(), cue.end()) : null;
            }
            if (!x.isWord()) {
                break;
            }
        }
        if (k < w.size() && (w.get(k).text().equals(":") || w.get(k).text().equals(",")) && k + 1 < w.size()) {
            k++;
        }
        if (k >= w.size()) {
            return null;
        }
        if (isOpenMark(w.get(k))) {
            QuoteMarks.Quoted q = quotedAt(w.get(k).start());
            return new Found(w.get(k).start(), q == null ? sEnd : q.close() + 1, speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                    cue.text(), cue.start(), cue.end());
        }
        if (!CueVerbs.takesBareClause(cue.text())) {
            return null;
        }
        k = skipDate(w, k);
        if (k >= w.size() - 3) {
            return null;
        }
        String first = w.get(k).lower();
        if (!w.get(k).isWord() || NOT_CLAUSE_START.contains(first) || AUX.contains(first) || isPreposition(w.get(k))
                ) {
            return null;
        }
        return new Found(w.get(k).start(), contrastEnd(w, k, sEnd), speakerStart, speakerEnd, addresseeStart, addresseeEnd,
                cue.text(), cue.start(), cue.end());
    }

    /** A statement introduced before its words ends where ", while …" or ", whereas …" opens a contrast. */
    private int contrastEnd(List<Words.Word> w, int from, int sEnd) {
        for (int i = from; i + 1 < w.size(); i++) {
            if (w.get(i).text().equals(",") && (w.get(i + 1).is("while") || w.get(i + 1).is("whereas"))) {
                return w.get(i).start();
            }
        }
        return sEnd;
    }

    private Found according(List<Words.Word> w, int c, int sStart, int sEnd) {
        int k = c + 2;
        while (k < w.size() && w.get(k).isWord()) {
            k++;
        }
        if (k == c + 2) {
            return null;
        }
        int speakerStart = w.get(c + 2).start();
        int speakerEnd = w.get(k - 1).end();
        Words.Word a = w.get(c);
        int cueEnd = w.get(c + 1).end();
        String cue = text.substring(a.start(), cueEnd);
        boolean atEnd = k >= w.size() || k == w.size() - 1 && !w.get(k).text().equals(",");
        if (c == 0 && k < w.size() && w.get(k).text().equals(",")) {
            return new Found(w.get(k).end(), sEnd, speakerStart, speakerEnd, 0, 0, cue, a.start(), cueEnd);
        }
        if (atEnd && c > 0 && w.get(c - 1).text().equals(",")) {
            return new Found(sStart, w.get(c - 1).start(), speakerStart, speakerEnd, 0, 0, cue, a.start(), cueEnd);
        }
        return new Found(sStart, sEnd, speakerStart, speakerEnd, 0, 0, cue, a.start(), cueEnd);
    }

    /** {@code X did Y, saying (that) …}: the sentence's subject speaks. */
    private Found saying(List<Words.Word> w, int c, int sStart, int sEnd) {
        int from = 0;
        for (int i = 0; i < c - 1; i++) {
            if (w.get(i).text().equals(",") && i <= 4) {
                from = i + 1; // "On Wednesday, …"
                break;
            }
        }
        int to = from;
        while (to < c && w.get(to).isWord() && !AUX.contains(w.get(to).lower())
                && !(w.get(to).lower().endsWith("ed") && w.get(to).text().equals(w.get(to).lower()))) {
            to++;
        }
        int k = c + 1;
        if (k < w.size() && w.get(k).is("that")) {
            k++;
        }
        if (k >= w.size() || to == from) {
            return null;
        }
        Words.Word cue = w.get(c);
        return new Found(w.get(k).start(), sEnd, w.get(from).start(), w.get(to - 1).end(), 0, 0,
                cue.text(), cue.start(), cue.end());
    }

    private int skipDate(List<Words.Word> w, int k) {
        int i = k;
        if (i < w.size() && isPreposition(w.get(i)) && i + 1 < w.size() && startsDate(w.get(i + 1))) {
            i++;
        }
        if (i < w.size() && startsDate(w.get(i))) {
            int end = dateEnd(w.get(i).start());
            while (i < w.size() && w.get(i).start() < end) {
                i++;
            }
            if (i < w.size() && w.get(i).text().equals(",")) {
                i++;
            }
            return i;
        }
        return k;
    }

    private boolean startsDate(Words.Word x) {
        return dateEnd(x.start()) > 0;
    }

    private int dateEnd(int offset) {
        for (int[] d : dates) {
            if (d[0] == offset) {
                return d[1];
            }
        }
        return -1;
    }

    private static boolean isPreposition(Words.Word x) {
        return switch (x.lower()) {
            case "on", "in", "at", "of", "during", "after", "before", "to", "for", "with", "by", "from", "late", "early",
                 "last", "this", "yesterday", "today", "earlier" -> true;
            default -> false;
        };
    }

    private boolean quotedOnly(int from, int to) {
        int[] span = QuoteFinder.trim(text, from, to);
        for (QuoteMarks.Quoted q : quoted) {
            if (q.open() == span[0] && q.close() == span[1] - 1) {
                return true;
            }
        }
        return false;
    }

    /** The statement before a comma ends there; before a closing mark, it ends with the mark. */
    private static int contentEndBefore(Words.Word boundary) {
        return isCloseMark(boundary) ? boundary.end() : boundary.start();
    }

    private static boolean isQuoteMarkOrStop(Words.Word x) {
        return x.text().equals(".") || x.text().equals(";");
    }

    private static boolean isCommaOrClose(Words.Word x) {
        return x.text().equals(",") || isCloseMark(x);
    }

    private static boolean isCloseMark(Words.Word x) {
        return x.text().equals("\"") || x.text().equals("”") || x.text().equals("’") || x.text().equals("»");
    }

    private static boolean isOpenMark(Words.Word x) {
        return x.text().equals("\"") || x.text().equals("“") || x.text().equals("‘") || x.text().equals("«");
    }

    private QuoteMarks.Quoted quotedAt(int open) {
        for (QuoteMarks.Quoted q : quoted) {
            if (q.open() == open) {
                return q;
            }
        }
        return null;
    }

    private boolean isQuoted(int offset) {
        for (QuoteMarks.Quoted q : quoted) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
